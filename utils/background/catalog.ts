/** Fetches and caches a panel's service catalog (panels recommend caching it ≥ 24 h). */
import type { MessageHandlers } from '../messaging';
import type { Result } from '../panel-api/types';
import { catalogItem } from '../storage';
import { recordCatalogChanges } from './catalog-refresh';
import { noteCatalogTimes } from './catalog-times';
import { noClientError, openPanel } from './panel-client';

const inFlight = new Map<string, Promise<Result<{ count: number; fetchedAt: number }>>>();

export function refreshCatalog(panelId: string, now = Date.now()): Promise<Result<{ count: number; fetchedAt: number }>> {
  // Two pages opening at once share one request: catalogs are large and rate-limited.
  let running = inFlight.get(panelId);
  if (!running) {
    running = (async () => {
      const opened = await openPanel(panelId);
      if (!opened) return { ok: false as const, error: await noClientError() };
      const result = await opened.client.services();
      if (!result.ok) return result;
      const before = await catalogItem(panelId).getValue();
      // The changes are listed BEFORE the new catalog replaces the old one: a worker killed in
      // between finds the old catalog at the next refresh and diffs again (a change already
      // listed is not listed twice). The other way round the old catalog, and with it the
      // changes, would be gone. The catalog is stored whatever the diff does: a failed diff is
      // logged, not the refresh's error.
      try {
        await recordCatalogChanges(panelId, before?.services ?? [], result.value, now);
      } catch (error) {
        console.warn('PanelPilot: recording catalog changes failed:', error instanceof Error ? error.message : String(error));
      }
      await catalogItem(panelId).setValue({ panelId, fetchedAt: now, services: result.value });
      await noteCatalogTimes(panelId, { fetchedAt: now });
      return { ok: true as const, value: { count: result.value.length, fetchedAt: now } };
    })().finally(() => inFlight.delete(panelId));
    inFlight.set(panelId, running);
  }
  return running;
}

export const catalogHandlers: Pick<MessageHandlers, 'catalog.refresh'> = {
  'catalog.refresh': ({ panelId }) => refreshCatalog(panelId),
};
