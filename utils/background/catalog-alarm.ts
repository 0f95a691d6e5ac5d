/**
 * The background refreshes catalogs on its own: an alarm of its own, checked hourly (every
 * minute in the e2e build), refreshes the oldest catalog past the TTL, one panel per run
 * (utils/catalog/refresh-plan.ts). Reconciled at every worker start like the poll alarm: the
 * worker may be killed at any moment, and the alarm and the times in storage are all that
 * carries over. The refresh itself is the page's (`refreshCatalog`): it diffs and notifies.
 */
import { nextCatalogRefresh } from '../catalog/refresh-plan';
import { own } from '../own';
import { panelsItem, settingsItem, trackerStateItem } from '../storage';
import { refreshCatalog } from './catalog';
import { catalogTimesOf, noteCatalogTimes } from './catalog-times';
import { reconcileAlarm, registerPeriodicJob } from './periodic-alarm';
import { keyLockStatus } from './key-vault';

export const CATALOG_ALARM = 'panelpilot-catalogs';
const PERIOD_MINUTES = import.meta.env.MODE === 'e2e' ? 1 : 60;

export const reconcileCatalogAlarm = (): Promise<void> => reconcileAlarm(CATALOG_ALARM, PERIOD_MINUTES);

/** One run: the panel due first, if any, is refreshed. Returns its id (null: none was due). */
export async function refreshDueCatalog(now = Date.now()): Promise<string | null> {
  // While the keys are locked no panel can be asked: nothing is marked as tried.
  if ((await keyLockStatus()).locked) return null;
  const [panels, settings, tracker] = await Promise.all([panelsItem.getValue(), settingsItem.getValue(), trackerStateItem.getValue()]);
  const ids = panels.map((p) => p.id);
  // The panel's own limits, as the poller learned them: a refused key, a back-off or Retry-After.
  const blocked = new Set(ids.filter((id) => {
    const poll = own(tracker.panels, id);
    return !!poll && (poll.pausedForAuth || (poll.nextAttemptAt !== null && poll.nextAttemptAt > now));
  }));
  const due = nextCatalogRefresh(ids, await catalogTimesOf(ids), blocked, settings.catalogTtlHours * 3_600_000, now);
  if (!due) return null;
  // Written before asking: a worker killed mid-download does not ask again at once.
  await noteCatalogTimes(due, { askedAt: now });
  const result = await refreshCatalog(due, now);
  if (!result.ok) console.warn(`PanelPilot: the scheduled catalog refresh failed: ${result.error.message}`);
  return due;
}

/** Registered synchronously at worker start. */
export function registerCatalogAlarm(): void {
  // i18n-exempt: a log label (console only)
  registerPeriodicJob({ name: CATALOG_ALARM, periodMinutes: PERIOD_MINUTES, what: 'the scheduled catalog refresh', run: () => refreshDueCatalog() });
}
