/**
 * Backup and restore of everything PanelPilot keeps, API keys excepted (utils/orders/backup.ts
 * builds and checks the file). Restore writes only after the whole file was read successfully.
 */
import type { BackupRestoreOutcome, MessageHandlers } from '../messaging';
import { buildBackup, mergeBackup, mergeChoices, mergePins, parseBackup, type BackupData } from '../orders/backup';
import { exportFileName } from '../orders/csv';
import { autoRefillChoicesItem, panelsItem, pinnedServicesItem, recentServicesItem, settingsItem, unconfirmedItem } from '../storage';
import { languageReady } from '../i18n/worker-language';
import { t } from '../i18n/messages';
import { dropKeys, readKeys } from './key-vault';
import { withLock } from './lock';
import { own } from '../own';
import { updateUnconfirmed } from './orders-store';
import { updateOrdersWithArchived } from './orders-archive';
import { readAllOrders } from '../orders/read-all';
import { saveSettings } from './settings';

async function currentData(): Promise<BackupData> {
  const [panels, settings, orders, unconfirmed, recentServices, pinnedServices, autoRefillChoices] = await Promise.all([
    panelsItem.getValue(),
    settingsItem.getValue(),
    readAllOrders(),
    unconfirmedItem.getValue(),
    recentServicesItem.getValue(),
    pinnedServicesItem.getValue(),
    autoRefillChoicesItem.getValue(),
  ]);
  return { panels, settings, orders, unconfirmed, recentServices, pinnedServices, autoRefillChoices };
}

export async function exportBackup(now = Date.now()): Promise<{ json: string; fileName: string }> {
  const [data] = await Promise.all([currentData(), languageReady()]); // the file's note is in the user's language
  return { json: JSON.stringify(buildBackup(data, now), null, 2), fileName: exportFileName('backup', now, 'json') };
}

export async function restoreBackup(text: string): Promise<BackupRestoreOutcome> {
  // Its messages are shown at once by the page: made in the user's language, which a worker
  // just woken by this message may still be loading.
  await languageReady();
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const backup = parsed.data;
  const merged = mergeBackup(await currentData(), backup);
  // Panels first, each item under the same lock its other writers use. A panel the backup
  // brings back never inherits a key stored under its id (one left behind by an older
  // version, or a sealed one that cannot be looked at): such keys are dropped first, and
  // while the lock is closed nothing is restored at all.
  const panelsWithoutKey = await withLock('panels', async () => {
    const current = await panelsItem.getValue();
    const known = new Set(current.map((p) => p.id));
    const returning = backup.panels.filter((p) => !known.has(p.id)).map((p) => p.id);
    if (returning.length && !(await dropKeys(returning)).ok) return null;
    const panels = mergeBackup({ ...merged, panels: current }, backup).panels;
    await panelsItem.setValue(panels);
    // Locked keys cannot be looked at: then no panel is reported as missing its key.
    const ring = await readKeys();
    return ring.locked ? [] : panels.filter((p) => !own(ring.keys, p.id)).map((p) => p.name);
  });
  if (panelsWithoutKey === null) return { ok: false, message: t('imports_backupLocked') };
  // Archived orders the file also holds are merged where they are kept, never duplicated.
  await updateOrdersWithArchived(Object.keys(backup.orders), (current) => ({ orders: mergeBackup({ ...merged, orders: current }, backup).orders, result: null }));
  await updateUnconfirmed((list) => ({ list: mergeBackup({ ...merged, unconfirmed: list }, backup).unconfirmed, result: null }));
  // The settings form's rule: a file cannot set a poll every second or a day-long cache of a year.
  await saveSettings(merged.settings);
  await withLock('recentServices', async () => recentServicesItem.setValue({ ...(await recentServicesItem.getValue()), ...backup.recentServices }));
  // Under the locks of `service.pin` and `autoRefill.choose`, merged with what is stored then.
  await withLock('pinnedServices', async () => pinnedServicesItem.setValue(mergePins(await pinnedServicesItem.getValue(), backup.pinnedServices)));
  await withLock('autoRefillChoices', async () => autoRefillChoicesItem.setValue(mergeChoices(await autoRefillChoicesItem.getValue(), backup.autoRefillChoices)));
  return { ok: true, orders: Object.keys(backup.orders).length, panels: backup.panels.length, panelsWithoutKey };
}

export const backupHandlers: Pick<MessageHandlers, 'backup.export' | 'backup.restore'> = {
  'backup.export': () => exportBackup(),
  'backup.restore': ({ text }) => restoreBackup(text),
};
