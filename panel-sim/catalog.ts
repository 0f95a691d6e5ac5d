/** The simulator's service catalog: a real fixture by default, kept in the panel's raw shape. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toUnits } from './money';

export const DEFAULT_CATALOG = fileURLToPath(new URL('../tests/fixtures/catalogs/justanotherpanel-2020-07-16.json', import.meta.url));

export interface SimService {
  id: string;
  type: string;
  rate: bigint;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  raw: Record<string, unknown>;
}

const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 'true';

export function loadCatalog(path: string | undefined, inline: unknown[] | undefined): SimService[] {
  const raw = inline ?? (JSON.parse(readFileSync(path ?? DEFAULT_CATALOG, 'utf8')) as unknown[]);
  const services: SimService[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const r = item as Record<string, unknown>;
    const rate = toUnits(r.rate);
    if (r.service === undefined || rate === null) continue;
    services.push({
      id: String(r.service),
      type: typeof r.type === 'string' ? r.type : 'Default',
      rate,
      min: Number(r.min ?? 1) || 1,
      max: Number(r.max ?? 1_000_000) || 1_000_000,
      refill: truthy(r.refill),
      // Older panels omit `cancel`; the simulator allows it then.
      cancel: r.cancel === undefined ? true : truthy(r.cancel),
      dripfeed: r.dripfeed === undefined ? true : truthy(r.dripfeed),
      raw: r,
    });
  }
  return services;
}

/** The catalog as `action=services` answers it: strings like the seed, or JSON numbers. */
export function catalogAnswer(services: SimService[], numbers: boolean, currency?: string): unknown[] {
  return services.map(({ raw }) => ({
    ...(numbers
      ? { ...raw, service: Number(raw.service), rate: Number(raw.rate), min: Number(raw.min), max: Number(raw.max) }
      : { ...raw, service: raw.service, rate: String(raw.rate), min: String(raw.min), max: String(raw.max) }),
    ...(currency ? { currency } : {}),
  }));
}
