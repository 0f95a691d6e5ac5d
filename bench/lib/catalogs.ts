/**
 * The 8,536 real services of tests/fixtures/catalogs, as one large panel catalog. Each file
 * is parsed and normalized by the client's own code (normalizeServices), as the background
 * does with a panel's `services` answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeServices } from '../../utils/panel-api/normalize';
import type { Service } from '../../utils/panel-api/types';
import { ROOT } from './node-runner';

const DIR = join(ROOT, 'tests/fixtures/catalogs');

/** The raw answers, as text (reading the disk is not what the figures are about). */
export function catalogTexts(): { file: string; text: string }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') }));
}

export function parseCatalog(text: string): Service[] {
  const result = normalizeServices(JSON.parse(text));
  if (!result.ok) throw new Error(`catalog did not normalize: ${result.error.message}`);
  return result.value;
}

/**
 * The files' ids overlap (975 ids appear in more than one panel): one panel's catalog has
 * unique ids, so later files' colliding ids get a per-file offset.
 */
export function asOnePanel(lists: Service[][]): Service[] {
  const seen = new Set<string>();
  const out: Service[] = [];
  lists.forEach((list, k) => {
    for (const s of list) {
      const id = seen.has(s.id) ? String(Number(s.id) + 10_000_000 * (k + 1)) : s.id;
      seen.add(id);
      out.push(id === s.id ? s : { ...s, id });
    }
  });
  return out;
}

/** The same catalog in the panels' raw shape (what a simulator answers to `services`). */
export function largeRawCatalog(): Record<string, unknown>[] {
  const seen = new Set<string>();
  return catalogTexts().flatMap(({ text }, k) =>
    (JSON.parse(text) as Record<string, unknown>[]).map((raw) => {
      const id = String(raw.service);
      const unique = seen.has(id) ? String(Number(id) + 10_000_000 * (k + 1)) : id;
      seen.add(unique);
      return unique === id ? raw : { ...raw, service: unique };
    }),
  );
}

export function largeCatalog(): Service[] {
  return asOnePanel(catalogTexts().map(({ text }) => parseCatalog(text)));
}
