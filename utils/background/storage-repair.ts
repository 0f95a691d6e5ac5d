/**
 * The one place stored data is repaired: the background. A read anywhere gives the readable
 * part of a bad value; here, and only here, the raw value is copied (once per blob, capped:
 * utils/storage-backups.ts), the repaired value is written under the item's own lock from a
 * value read inside that lock (never from one read earlier: an order placed in between
 * would be deleted), and the user is told.
 */
import { browser } from 'wxt/browser';
import type { MessageHandlers } from '../messaging';
import {
  autoRefillChoicesItem,
  autoRefillItem,
  balancesItem,
  handleLostValues,
  liveOrdersItem,
  ordersItem,
  panelSecretsItem,
  panelsItem,
  recentServicesItem,
  pinnedServicesItem,
  catalogRemovedItem,
  catalogChangesItem,
  catalogTimesItem,
  settingsItem,
  storageBackupsItem,
  storageNoticesItem,
  trackerStateItem,
  unconfirmedItem,
  archiveChunkIdOf,
  archiveChunkItem,
  ordersArchiveIndexItem,
  type CheckedItem,
} from '../storage';
import { blobHash, planBackup, readBackupIndex } from '../storage-backups';
import { detached } from './detached';
import { withLock } from './lock';
import { oncePerSession } from './once-per-session';
import { isOwnOrdersWrite } from './orders-store';

export const CHECKED_ITEMS: readonly CheckedItem<unknown>[] = [
  panelsItem,
  panelSecretsItem,
  settingsItem,
  balancesItem,
  ordersItem,
  liveOrdersItem,
  unconfirmedItem,
  trackerStateItem,
  recentServicesItem,
  autoRefillItem,
  autoRefillChoicesItem,
  pinnedServicesItem,
  catalogRemovedItem,
  catalogChangesItem,
  catalogTimesItem,
] as CheckedItem<unknown>[];

/** Copies `raw` aside (unless this very blob is already kept) and says so in the notices. */
export function keepBackup(item: CheckedItem<unknown>, raw: unknown, now = Date.now()): Promise<void> {
  return withLock('storageBackups', async () => {
    const plan = planBackup(readBackupIndex(await storageBackupsItem.getValue()), item.name, blobHash(raw), now);
    if (!plan.add) return;
    await browser.storage.local.set({ [plan.add.key]: raw });
    if (plan.remove.length) await browser.storage.local.remove(plan.remove);
    await storageBackupsItem.setValue(plan.index);
    const notices = await storageNoticesItem.getValue();
    await storageNoticesItem.setValue([...notices.filter((n) => n.item !== item.name), { item: item.name, backupKey: plan.add.key, at: now }]);
  });
}

/** Under the item's lock: read it again, and if it still needs repair, keep a copy and write the repair. */
export function repairItem(item: CheckedItem<unknown>): Promise<void> {
  return withLock(item.lock, async () => {
    const raw = await item.getRaw();
    const result = item.check(raw);
    if (!result.lost) return;
    await keepBackup(item, raw);
    await item.setValue(result.value);
  });
}

/** Resolves once the repairs queued for `item` so far are written. */
export const whenRepaired = (item: CheckedItem<unknown>): Promise<void> => withLock(item.lock, async () => undefined);

/** Reads these checked items (all by default, the archive's chunks too): anything unreadable is repaired. */
export async function checkStoredItems(items?: readonly CheckedItem<unknown>[]): Promise<void> {
  const chunks = items ? [] : (await ordersArchiveIndexItem.getValue()).map(archiveChunkItem);
  await Promise.all([...(items ?? CHECKED_ITEMS), ...chunks].map((item) => item.getValue()));
}

/**
 * Checked once per browser session (the first worker start after the browser or the extension
 * started; a bad value written later is repaired as it lands, by the watch below). Not the
 * orders and their slice: the slice's once-per-session catch-up reads both
 * (utils/background/live-orders.ts), through the same repair, and a second read of 10,000
 * orders would double that start's cost.
 */
const CHECKED_AT_START = CHECKED_ITEMS.filter((item) => item !== ordersItem && item !== liveOrdersItem);

/**
 * A read in the background that finds a bad value keeps its copy at once (the caller may
 * write a value derived from the repaired one next) and queues the repair behind the item's lock.
 */
export function repairLostValues(): void {
  handleLostValues(async (item, raw) => {
    await keepBackup(item, raw);
    detached(`repairing the stored ${item.name}`, repairItem(item)); // i18n-exempt: a log label (console only)
  });
}

/**
 * Worker start, synchronously: reads repair (above), a bad value written by anyone is
 * repaired as it lands, and what was stored before this browser session is checked once.
 */
export function registerStorageRepairs(): void {
  repairLostValues();
  // One listener for every checked item (not a WXT watch each: that deep-compares old and new
  // values first). The worker's own writes of the orders are shaped by construction: skipped.
  browser.storage.local.onChanged.addListener((changes) => {
    // The worker's own write of the orders brings them and their view shaped by construction;
    // anything else in the same write (tracker state, lists) is still checked as it lands.
    const own = isOwnOrdersWrite(changes);
    for (const item of CHECKED_ITEMS) {
      if (own && (item === ordersItem || item === liveOrdersItem)) continue;
      const change = changes[item.key.slice('local:'.length)];
      if (change && item.check(change.newValue ?? null).lost) detached(`repairing the stored ${item.name}`, repairItem(item)); // i18n-exempt: a log label (console only)
    }
    // The archive's chunks (written by the background alone, but checked as they land like the rest).
    for (const [key, change] of Object.entries(changes)) {
      const id = archiveChunkIdOf(key);
      if (id === null || change.newValue === undefined) continue;
      const item = archiveChunkItem(id) as CheckedItem<unknown>;
      if (item.check(change.newValue).lost) detached(`repairing the stored ${item.name}`, repairItem(item)); // i18n-exempt: a log label (console only)
    }
  });
  detached('checking stored data', oncePerSession('storageCheck', () => checkStoredItems(CHECKED_AT_START)));
}

export const storageRepairHandlers: Pick<MessageHandlers, 'storage.check' | 'storage.dismissNotices'> = {
  'storage.check': async () => {
    await checkStoredItems();
    return { ok: true };
  },
  'storage.dismissNotices': async () => {
    await withLock('storageBackups', () => storageNoticesItem.setValue([]));
    return { ok: true };
  },
};
