/**
 * Which panel's catalog the background refreshes on its own next: one panel per run, the
 * oldest catalog first (a panel never fetched is the oldest), only once it is older than the
 * TTL, and never a panel asked within the last hour (answered or not), one whose key was
 * refused, or one the poller is backing off from: catalogs are large and panels rate-limit.
 * A panel that keeps failing therefore takes its turn after the others. Pure.
 */
export interface CatalogTimes {
  /** The background last asked the panel for its catalog (0: never). */
  askedAt: number;
  /** The stored catalog's time; null: none stored. */
  fetchedAt: number | null;
}

/** At most one catalog request per panel per hour from the background's own refresh. */
export const CATALOG_ASK_GAP_MS = 3_600_000;

export function nextCatalogRefresh(
  panelIds: readonly string[],
  times: ReadonlyMap<string, CatalogTimes>,
  blocked: ReadonlySet<string>,
  ttlMs: number,
  now: number,
): string | null {
  let best: { id: string; fetchedAt: number } | null = null;
  for (const id of panelIds) {
    if (blocked.has(id)) continue;
    const t = times.get(id) ?? { askedAt: 0, fetchedAt: null };
    if (now - t.askedAt < CATALOG_ASK_GAP_MS) continue;
    const fetchedAt = t.fetchedAt ?? -Infinity;
    if (now - fetchedAt < ttlMs) continue;
    if (!best || fetchedAt < best.fetchedAt) best = { id, fetchedAt };
  }
  return best?.id ?? null;
}
