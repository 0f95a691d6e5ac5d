/**
 * After a new catalog is stored: what changed for the services the user watches (ordered on
 * the panel in the last 90 days, or pinned), kept for "back again" and the "Catalog changes"
 * list, and told in ONE notification per refresh and panel. Services nobody uses are
 * counted, not listed. Runs for every refresh, the background's own and a page's.
 */
import { browser } from 'wxt/browser';
import { diffCatalogs, summarizeWatched, type CatalogDiff, type ServiceDiff } from '../catalog/catalog-diff';
import { appendChanges, describeChange, unlogged } from '../catalog/change-log';
import { CATALOG_REMOVED, CHANGE_LOG } from '../catalog/schema';
import { watchedServices } from '../orders/watched-services';
import { own } from '../own';
import type { Service } from '../panel-api/types';
import { storable } from '../schema/read';
import { readAllOrders } from '../orders/read-all';
import { balancesItem, catalogChangesItem, catalogRemovedItem, panelsItem, pinnedServicesItem, settingsItem } from '../storage';
import { ICON, PREFIX } from './tracker/notifications';
import { ordersPagePath } from '../page-urls';
import { withLock } from './lock';
import { plural, t } from '../i18n/messages';
import { languageReady } from '../i18n/worker-language';

/** The orders page opened on its "Catalog changes" view. */
export const CATALOG_CHANGES_PAGE = ordersPagePath({ view: 'catalog' });
const LINES_SHOWN = 4;

/** The notification's text: "Panel A: 1 price rise, 1 removed" and the first changes, one a line. */
export function catalogNoticeText(panelName: string, diffs: readonly ServiceDiff[], currency: string | null): { title: string; message: string } {
  const lines = diffs.slice(0, LINES_SHOWN).map((d) => t('catalog_noticeLine', d.serviceId, d.name, d.changes.map((c) => describeChange(c, currency)).join('; ')));
  if (diffs.length > LINES_SHOWN) lines.push(plural('catalog_noticeMore', diffs.length - LINES_SHOWN));
  return { title: t('catalog_noticeTitle', panelName, summarizeWatched(diffs)), message: lines.join('\n') };
}

export async function recordCatalogChanges(panelId: string, before: readonly Service[], after: readonly Service[], now: number): Promise<CatalogDiff> {
  const diff = await withLock('catalogChanges', async () => {
    const [orders, pinned, removed, log] = await Promise.all([readAllOrders(), pinnedServicesItem.getValue(), catalogRemovedItem.getValue(), catalogChangesItem.getValue()]);
    const watched = watchedServices(Object.values(orders), panelId, own(pinned, panelId) ?? [], now);
    const previous = own(removed, panelId) ?? {};
    const diff = diffCatalogs(before, after, watched, previous, now);
    // Written as they read back (texts capped), so the next read is never a repair.
    if (!sameKeys(previous, diff.removed)) await catalogRemovedItem.setValue(storable(CATALOG_REMOVED, { ...removed, [panelId]: diff.removed }));
    const fresh = { ...diff, watched: unlogged(log, panelId, diff.watched) };
    const next = appendChanges(log, panelId, fresh, now);
    if (next !== log) await catalogChangesItem.setValue(storable(CHANGE_LOG, next));
    return fresh;
  });
  if (diff.watched.length) await notifyCatalogChanges(panelId, diff.watched, now);
  return diff;
}

/** The removed set is only ever added to or taken from: the same ids are the same set. */
function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k));
}

async function notifyCatalogChanges(panelId: string, diffs: readonly ServiceDiff[], now: number): Promise<void> {
  const [settings, panels, balances] = await Promise.all([settingsItem.getValue(), panelsItem.getValue(), balancesItem.getValue(), languageReady()]);
  if (!settings.notify.catalogChanges) return;
  const name = panels.find((p) => p.id === panelId)?.name ?? t('catalog_aPanel');
  const { title, message } = catalogNoticeText(name, diffs, own(balances, panelId)?.last?.currency ?? null);
  // The click target rides in the id (utils/tracker/notifications.ts): it works after a worker restart.
  const id = `${PREFIX}${CATALOG_CHANGES_PAGE}|catalog:${panelId}|${now}`;
  try {
    await browser.notifications.create(id, { type: 'basic', iconUrl: ICON, title, message, priority: 0 });
  } catch (error) {
    console.warn('PanelPilot: notification failed', error instanceof Error ? error.message : error);
  }
}
