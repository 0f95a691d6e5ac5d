/** What every figure module returns: rows of the one table `npm run bench` prints. */

export interface Target {
  /** Pass when value <= limit (`max`), or value === limit (`exact`). */
  kind: 'max' | 'exact';
  limit: number;
}

export interface Row {
  /** Figure number in the brief (1–7) and a short label. */
  figure: string;
  label: string;
  /** null when the measurement did not produce a number. */
  value: number | null;
  unit: string;
  target: Target | null;
  /** Anything a reader needs to trust the number: sample count, spread, inputs. */
  detail: string;
  /** Where the time goes (measured): shown under the table for every miss, in the details otherwise. */
  breakdown?: string;
  /** Every sample, for the JSON file. */
  samples?: number[];
  error?: string;
}

export function verdict(row: Row): 'pass' | 'FAIL' | 'ERROR' | '' {
  if (row.error) return 'ERROR';
  if (!row.target || row.value === null) return '';
  const ok = row.target.kind === 'max' ? row.value <= row.target.limit : row.value === row.target.limit;
  return ok ? 'pass' : 'FAIL';
}

export function targetText(row: Row): string {
  if (!row.target) return '';
  return `${row.target.kind === 'max' ? '≤' : '='} ${row.target.limit}${row.unit && row.unit !== '×' ? ` ${row.unit}` : row.unit}`;
}
