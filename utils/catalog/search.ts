/**
 * Service search over a panel's catalog (up to 10,000 services): fuzzy over id, name and
 * category with uFuzzy, prefiltered by platform. The index is built once per catalog; each
 * keystroke then costs a filter over precomputed lowercase haystacks (the bench holds it to
 * p95 ≤ 8 ms over 8,536 real services).
 */
import uFuzzy from '@leeoniya/ufuzzy';
import type { Service } from '../panel-api/types';
import { serviceMatchesPlatform, type Platform } from './platform';

export interface CatalogIndex {
  services: Service[];
  haystack: string[];
  /** Services per platform id, computed lazily and kept. */
  byPlatform: Map<string, number[]>;
  byId: Map<string, number>;
}

const fuzzy = new uFuzzy({ intraMode: 1, intraIns: 1 });
/** Above this many matches, uFuzzy's ranking pass costs more than it helps: keep panel order. */
const RANK_LIMIT = 1500;

export function buildIndex(services: Service[]): CatalogIndex {
  const haystack = services.map((s) => `${s.id} ${s.name} ${s.category}`.toLowerCase());
  // Made on first use: the quick-order form's first paint needs no lookup by id (its few
  // recent ids are found by a scan), and 8,536 entries are ~5 ms there (npm run bench, figure 3).
  let byId: Map<string, number> | null = null;
  return {
    services,
    haystack,
    byPlatform: new Map(),
    get byId() {
      return (byId ??= new Map(services.map((s, i) => [s.id, i])));
    },
  };
}

export function platformIndices(index: CatalogIndex, platform: Platform | null): number[] | null {
  if (!platform) return null;
  let idxs = index.byPlatform.get(platform.id);
  if (!idxs) {
    idxs = [];
    for (let i = 0; i < index.haystack.length; i++) if (serviceMatchesPlatform(index.haystack[i]!, platform)) idxs.push(i);
    index.byPlatform.set(platform.id, idxs);
  }
  return idxs;
}

export interface SearchOptions {
  platform?: Platform | null;
  /** Service ids to show first when there is no query (most recent first). */
  recent?: readonly string[];
}

/** Indices into `index.services`, best first. */
export function searchServices(index: CatalogIndex, query: string, options: SearchOptions = {}): number[] {
  const scope = platformIndices(index, options.platform ?? null);
  const needle = query.trim().toLowerCase();
  if (!needle) {
    const base = scope ?? index.services.map((_, i) => i);
    const recent = (options.recent ?? []).map((id) => indexOfId(index, id)).filter((i): i is number => i !== undefined && (!scope || scope.includes(i)));
    if (recent.length === 0) return base;
    const first = new Set(recent);
    return [...recent, ...base.filter((i) => !first.has(i))];
  }
  const exact = /^\d+$/.test(needle) ? index.byId.get(needle) : undefined;
  const found = fuzzy.filter(index.haystack, needle, scope ?? undefined) ?? [];
  let ranked = found;
  if (found.length > 0 && found.length <= RANK_LIMIT) {
    const info = fuzzy.info(found, index.haystack, needle);
    ranked = fuzzy.sort(info, index.haystack, needle).map((i) => info.idx[i]!);
  }
  if (exact !== undefined && (!scope || scope.includes(exact))) return [exact, ...ranked.filter((i) => i !== exact)];
  return ranked;
}

/** A recent service's place: a scan for each of a few ids costs less than making the map in the first render. */
function indexOfId(index: CatalogIndex, id: string): number | undefined {
  const i = index.services.findIndex((s) => s.id === id);
  return i < 0 ? undefined : i;
}
