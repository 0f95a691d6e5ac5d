/**
 * A catalog's services as stored: one JSON text of rows (arrays, not objects) with the
 * categories and types listed once, about half the size of the plain list.
 *
 * Why: the quick-order page cannot show its preselected service or its list before the
 * catalog has been read, and reading it is the page's longest wait. chrome.storage keeps a
 * value as JSON and hands it to a page through the browser process, so the time grows with
 * the stored text: 8,536 services are 1.69 MB as a plain list (1.94 MB once escaped inside the
 * stored value, every quote doubled) and about half that here, where only ids, names and
 * rates are quoted. Unpacking 8,536 rows into objects takes ~2 ms.
 *
 * Every field survives: the fixed ones have a place in the row, and any other field of a
 * service (step, currency, description, averageDelivery, and whatever a later version adds)
 * rides along in an object at the row's end, in its order. Each service comes back with its
 * keys in the order the client's normalizer writes them.
 */
import type { Service } from '../panel-api/types';

const FORMAT = 1;

/** [id, name, category index, type index, rate, min, max, flags, extra fields?] */
type Row = [string, string, number, number, string, number, number, number, Record<string, unknown>?];

interface Packed {
  v: typeof FORMAT;
  categories: string[];
  types: string[];
  rows: Row[];
}

/** unknown (null), false, true → 0, 1, 2: refill, cancel and dripfeed in one number (base 3). */
const flag = (value: boolean | null) => (value === null ? 0 : value ? 2 : 1);
const unflag = (digit: number) => (digit === 0 ? null : digit === 2);

function indexer(): { list: string[]; of(text: string): number } {
  const list: string[] = [];
  const seen = new Map<string, number>();
  return {
    list,
    of(text) {
      let i = seen.get(text);
      if (i === undefined) seen.set(text, (i = list.push(text) - 1));
      return i;
    },
  };
}

export function packServices(services: readonly Service[]): string {
  const categories = indexer();
  const types = indexer();
  const rows = services.map((service): Row => {
    const { id, name, type, category, rate, min, max, refill, cancel, dripfeed, ...extra } = service;
    const row: Row = [id, name, categories.of(category), types.of(type), rate, min, max, flag(refill) + 3 * flag(cancel) + 9 * flag(dripfeed)];
    if (Object.keys(extra).length) row.push(extra);
    return row;
  });
  const packed: Packed = { v: FORMAT, categories: categories.list, types: types.list, rows };
  return JSON.stringify(packed);
}

/** The services, or null when the text is not a packed list this version can read. */
export function unpackServices(text: string): Service[] | null {
  let packed: Packed;
  try {
    packed = JSON.parse(text) as Packed;
  } catch {
    return null;
  }
  if (packed?.v !== FORMAT || !Array.isArray(packed.rows) || !Array.isArray(packed.categories) || !Array.isArray(packed.types)) return null;
  const { categories, types, rows } = packed;
  const services = new Array<Service>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!Array.isArray(row) || row.length < 8) return null;
    // Indexed, not destructured: an array pattern goes through the iterator (slower by far here).
    const flags = row[7];
    const service: Service = {
      id: row[0],
      name: row[1],
      type: types[row[3]]!,
      category: categories[row[2]]!,
      rate: row[4],
      min: row[5],
      max: row[6],
      refill: unflag(flags % 3),
      cancel: unflag(((flags / 3) | 0) % 3),
      dripfeed: unflag(((flags / 9) | 0) % 3),
    };
    if (typeof service.type !== 'string' || typeof service.category !== 'string') return null;
    const extra = row[8];
    if (extra) Object.assign(service, extra);
    services[i] = service;
  }
  return services;
}
