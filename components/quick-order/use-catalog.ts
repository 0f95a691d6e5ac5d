import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { buildIndex, type CatalogIndex } from '@/utils/catalog/search';
import { noAnswerFromBackground, type MessageOut } from '@/utils/messaging';
import type { PanelError } from '@/utils/panel-api/errors';
import type { CachedCatalog } from '@/utils/storage';
import type { CatalogActions } from './actions';

export interface CatalogState {
  /** The catalog of `panelId` only: never another panel's while this one loads. */
  index: CatalogIndex | null;
  fetchedAt: number | null;
  loading: boolean;
  error: PanelError | null;
  refresh: () => void;
}

/** One index per catalog version, kept while the page is open (switching panels is instant). */
const indexes = new Map<string, { fetchedAt: number; index: CatalogIndex }>();

function indexFor(panelId: string, cached: CachedCatalog): CatalogIndex {
  let entry = indexes.get(panelId);
  if (!entry || entry.fetchedAt !== cached.fetchedAt) {
    entry = { fetchedAt: cached.fetchedAt, index: buildIndex(cached.services) };
    indexes.set(panelId, entry);
  }
  return entry.index;
}

/** Catalog reads started before the page rendered (preloadCatalog), each taken once. */
const preloads = new Map<string, Promise<CachedCatalog | null>>();

/**
 * Starts reading (and indexing) a panel's cached catalog now, for the first useCatalog of
 * that panel: the page entry calls it as soon as it knows the panel, so the 2 MB read runs
 * beside the page's other reads instead of after its first render.
 */
export function preloadCatalog(panelId: string, readCatalog: CatalogActions['readCatalog']): void {
  if (preloads.has(panelId)) return;
  const read = readCatalog(panelId).then((cached) => {
      if (cached) indexFor(panelId, cached);
      return cached;
    });
  // A failed early read is read again the usual way.
  preloads.set(panelId, read.catch(() => readCatalog(panelId)));
}

function cachedCatalog(panelId: string, readCatalog: CatalogActions['readCatalog']): Promise<CachedCatalog | null> {
  const early = preloads.get(panelId);
  preloads.delete(panelId);
  return early ?? readCatalog(panelId);
}

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work, 50);
}

const EMPTY = { index: null, fetchedAt: null, loading: true, error: null };

/** Reads a panel's cached catalog; asks the background to fetch it when missing or older than the TTL. */
export function useCatalog(panelId: string | null, ttlHours: number, { readCatalog, refreshCatalog }: CatalogActions): CatalogState {
  const [state, setState] = useState<Omit<CatalogState, 'refresh'> & { panelId: string | null }>({ ...EMPTY, panelId });
  // The panel the page shows now: answers for any other panel arrive late and are dropped.
  const current = useRef(panelId);
  current.current = panelId;

  const load = useCallback(
    async (force: boolean) => {
      if (!panelId) return;
      const mine = () => current.current === panelId;
      // Another panel's services must not stay pickable while this panel's load.
      setState((s) => (s.panelId === panelId ? { ...s, loading: true, error: null } : { ...EMPTY, panelId }));
      let cached = await cachedCatalog(panelId, readCatalog);
      const stale = !cached || Date.now() - cached.fetchedAt > ttlHours * 3600_000;
      if (force || stale) {
        const result = await refreshCatalog(panelId).catch((): MessageOut<'catalog.refresh'> => ({ ok: false, error: noAnswerFromBackground() }));
        if (!mine()) return;
        if (!result.ok && !cached) {
          setState({ index: null, fetchedAt: null, loading: false, error: result.error, panelId });
          return;
        }
        cached = await readCatalog(panelId);
        if (!result.ok) setState((s) => ({ ...s, error: result.error }));
      }
      if (!cached || !mine()) return;
      const index = indexFor(panelId, cached);
      const fetchedAt = cached.fetchedAt;
      setState((s) => ({ index, fetchedAt, loading: false, error: s.panelId === panelId ? s.error : null, panelId }));
      // The lookup by id (a typed id, the mass order's lines) is made when the page is idle,
      // after the first paint, not in it and not at the first keystroke.
      whenIdle(() => index.byId);
    },
    [panelId, ttlHours, readCatalog, refreshCatalog],
  );

  // Started before the first paint, not a frame after it: the catalog read is the long pole.
  useLayoutEffect(() => {
    void load(false);
  }, [load]);

  // During the render that follows a panel switch, the state still holds the old panel's.
  const shown = state.panelId === panelId ? state : { ...EMPTY, panelId };
  return { index: shown.index, fetchedAt: shown.fetchedAt, loading: shown.loading, error: shown.error, refresh: () => void load(true) };
}
