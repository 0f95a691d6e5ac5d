import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { buildIndex, type CatalogIndex } from '@/utils/catalog/search';
import { sendToBackground } from '@/utils/messaging';
import type { PanelError } from '@/utils/panel-api/errors';
import { catalogItem } from '@/utils/storage';

export interface CatalogState {
  index: CatalogIndex | null;
  fetchedAt: number | null;
  loading: boolean;
  error: PanelError | null;
  refresh: () => void;
}

/** One index per catalog version, kept while the page is open (switching panels is instant). */
const indexes = new Map<string, { fetchedAt: number; index: CatalogIndex }>();

/** Reads a panel's cached catalog; asks the background to fetch it when missing or older than the TTL. */
export function useCatalog(panelId: string | null, ttlHours: number): CatalogState {
  const [state, setState] = useState<Omit<CatalogState, 'refresh'>>({ index: null, fetchedAt: null, loading: true, error: null });

  const load = useCallback(
    async (force: boolean) => {
      if (!panelId) return;
      setState((s) => ({ ...s, loading: true, error: null }));
      let cached = await catalogItem(panelId).getValue();
      const stale = !cached || Date.now() - cached.fetchedAt > ttlHours * 3600_000;
      if (force || stale) {
        const result = await sendToBackground('catalog.refresh', { panelId });
        if (!result.ok && !cached) {
          setState({ index: null, fetchedAt: null, loading: false, error: result.error });
          return;
        }
        cached = await catalogItem(panelId).getValue();
        if (!result.ok) setState((s) => ({ ...s, error: result.error }));
      }
      if (!cached) return;
      let entry = indexes.get(panelId);
      if (!entry || entry.fetchedAt !== cached.fetchedAt) {
        entry = { fetchedAt: cached.fetchedAt, index: buildIndex(cached.services) };
        indexes.set(panelId, entry);
      }
      setState((s) => ({ index: entry.index, fetchedAt: cached.fetchedAt, loading: false, error: s.error }));
    },
    [panelId, ttlHours],
  );

  // Started before the first paint, not a frame after it: the catalog read is the long pole.
  useLayoutEffect(() => {
    void load(false);
  }, [load]);

  return { ...state, refresh: () => void load(true) };
}
