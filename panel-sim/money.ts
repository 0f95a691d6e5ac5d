/** Exact money for the simulator: BigInt units of 10⁻⁷ (the finest precision panels use). */
export const SCALE = 10_000_000n;

export function toUnits(value: unknown): bigint | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && !match[3])) return null;
  const frac = (match[3] ?? '').slice(0, 7).padEnd(7, '0');
  const units = BigInt(match[2] || '0') * SCALE + BigInt(frac);
  return match[1] ? -units : units;
}

/** Rounds to `decimals` places, half up, as panels do for charges (5) and balances. */
export function roundUnits(units: bigint, decimals = 5): bigint {
  const step = 10n ** BigInt(7 - decimals);
  const half = step / 2n;
  return units >= 0n ? ((units + half) / step) * step : -((-units + half) / step) * step;
}

export function formatUnits(units: bigint, decimals = 5): string {
  const rounded = roundUnits(units, decimals);
  const negative = rounded < 0n;
  const abs = negative ? -rounded : rounded;
  const int = abs / SCALE;
  const frac = (abs % SCALE).toString().padStart(7, '0').slice(0, decimals);
  return `${negative ? '-' : ''}${int}${decimals > 0 ? `.${frac}` : ''}`;
}

/** rate per 1000 × quantity / 1000, rounded to 5 decimals. */
export function chargeUnits(rateUnits: bigint, quantity: number): bigint {
  return roundUnits((rateUnits * BigInt(quantity)) / 1000n);
}
