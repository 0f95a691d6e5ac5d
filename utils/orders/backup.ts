/**
 * The JSON backup of everything PanelPilot keeps — except API keys, which never leave the
 * extension's storage. Panels are copied field by field from a fixed list, so a key added to
 * a profile by mistake later still cannot end up in a file.
 *
 * Restore reads the file strictly: anything wrong is reported with where it is and what to do,
 * and nothing is written unless the whole file is good. Its messages are shown at once by the
 * page that asked, so they are made in the reader's language here (the schema's own words
 * about a value are English until utils/schema is translated).
 */
import { t } from '../i18n/messages';
import { own } from '../own';
import { PANEL, PANEL_LIST } from '../panels/schema';
import type { PanelProfile } from '../panels/types';
import { SchemaError, isObject } from '../schema/fields';
import { readStored, readStrict, storable } from '../schema/read';
import { DEFAULT_SETTINGS, SETTINGS, type Settings } from '../settings';
import { PINNED_SERVICES, PINS_KEPT } from '../catalog/schema';
import { AUTO_REFILL_CHOICES, EMPTY_AUTO_REFILL_CHOICES, type AutoRefillChoices } from './auto-refill-knobs';
import { ORDER, RECENT_SERVICES, UNCONFIRMED_LIST } from './schema';
import type { TrackedOrder, UnconfirmedAttempt } from './types';

export const BACKUP_FORMAT = 'panelpilot-backup';
export const BACKUP_VERSION = 1;

export interface BackupData {
  panels: PanelProfile[];
  settings: Settings;
  orders: Record<string, TrackedOrder>;
  unconfirmed: UnconfirmedAttempt[];
  recentServices: Record<string, string[]>;
  /** "Pin service": panelId → pinned service ids. The user's choice, so it travels with the backup. */
  pinnedServices: Record<string, string[]>;
  /** "Auto-refill while the guarantee lasts", on/off per panel, service and order (its knobs are in `settings`). */
  autoRefillChoices: AutoRefillChoices;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** Said in the file so nobody wonders whether their keys are in it. */
  note: string;
  data: BackupData;
}

export function buildBackup(data: BackupData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    // In the language of whoever made it: it is for the person who opens the file.
    note: t('imports_backupNote'),
    // Field by field from the panel's definition: a key added to a profile by mistake later
    // still cannot end up in the file.
    data: { ...data, panels: data.panels.map((p) => storable(PANEL, p)) },
  };
}

export type ParsedBackup = { ok: true; data: BackupData; exportedAt: string } | { ok: false; message: string };

const orderLabel = (i: number, raw: unknown) => (isObject(raw) && raw.orderId !== undefined ? t('imports_backupEntryWithId', i + 1, String(raw.orderId)) : t('imports_backupEntry', i + 1));

/**
 * Orders, panels and unconfirmed attempts are read strictly (their definitions, in
 * utils/orders/schema.ts and utils/panels/schema.ts): the first unusable value stops the
 * restore with where it is and what it must be. Settings, recent and pinned services and the
 * auto-refill choices are read as storage reads them: a bad one is its default, and a backup
 * made before pins and auto-refill existed restores with none.
 */
function readData(data: Record<string, unknown>): BackupData {
  const orderList = isObject(data.orders) ? Object.values(data.orders) : data.orders === undefined ? [] : data.orders;
  if (!Array.isArray(orderList)) throw new SchemaError(t('imports_backupOrdersNotList'));
  const orders: Record<string, TrackedOrder> = {};
  orderList.forEach((raw, i) => {
    const order = readStrict(ORDER, raw, orderLabel(i, raw));
    Object.defineProperty(orders, order.key, { value: order, enumerable: true, writable: true, configurable: true });
  });
  return {
    panels: readStrict(PANEL_LIST, data.panels),
    settings: readStored(SETTINGS, data.settings, DEFAULT_SETTINGS).value,
    orders,
    unconfirmed: readStrict(UNCONFIRMED_LIST, data.unconfirmed),
    recentServices: readStored(RECENT_SERVICES, data.recentServices, {}).value,
    pinnedServices: readStored(PINNED_SERVICES, data.pinnedServices, {}).value,
    autoRefillChoices: readStored(AUTO_REFILL_CHOICES, data.autoRefillChoices, EMPTY_AUTO_REFILL_CHOICES).value,
  };
}

export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: t('imports_backupNotJson', error instanceof Error ? error.message : t('imports_backupUnreadable'), t('imports_backupChooseFile')) };
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT) return { ok: false, message: t('imports_backupNotOurs', t('imports_backupChooseFile')) };
  if (typeof json.version !== 'number' || json.version > BACKUP_VERSION) {
    return { ok: false, message: t('imports_backupNewer', String(json.version)) };
  }
  if (!isObject(json.data)) return { ok: false, message: t('imports_backupNoData', t('imports_backupChooseFile')) };
  try {
    return { ok: true, exportedAt: typeof json.exportedAt === 'string' ? json.exportedAt : '', data: readData(json.data) };
  } catch (error) {
    if (error instanceof SchemaError) return { ok: false, message: t('imports_backupInvalid', error.message) };
    throw error;
  }
}

/** The copy the panel answered about last: a backup must not roll a tracked order back. */
function newerOrder(stored: TrackedOrder | undefined, restored: TrackedOrder): TrackedOrder {
  if (!stored) return restored;
  const seen = (o: TrackedOrder) => o.lastCheckedAt ?? o.createdAt;
  return seen(stored) > seen(restored) ? stored : restored;
}

/**
 * Restoring merges: everything in the backup is put back, and anything stored that the backup
 * does not have is kept (nothing stored is lost). A panel that exists keeps its stored profile
 * (an old backup must not move a stored key to the address the panel had then), and an order
 * keeps whichever copy is newer.
 */
export function mergeBackup(current: BackupData, backup: BackupData): BackupData {
  const panelIds = new Set(backup.panels.map((p) => p.id));
  const storedPanels = new Map(current.panels.map((p) => [p.id, p]));
  const panels = [...backup.panels.map((p) => storedPanels.get(p.id) ?? p), ...current.panels.filter((p) => !panelIds.has(p.id))];
  const defaultId = panels.find((p) => p.isDefault)?.id ?? panels[0]?.id;
  const unconfirmedIds = new Set(backup.unconfirmed.map((a) => a.id));
  return {
    panels: panels.map((p) => ({ ...p, isDefault: p.id === defaultId })),
    settings: backup.settings,
    orders: { ...current.orders, ...Object.fromEntries(Object.entries(backup.orders).map(([key, o]) => [key, newerOrder(own(current.orders, key), o)])) },
    unconfirmed: [...backup.unconfirmed, ...current.unconfirmed.filter((a) => !unconfirmedIds.has(a.id))],
    recentServices: { ...current.recentServices, ...backup.recentServices },
    pinnedServices: mergePins(current.pinnedServices, backup.pinnedServices),
    autoRefillChoices: mergeChoices(current.autoRefillChoices, backup.autoRefillChoices),
  };
}

/** Each panel's pins: the stored ones kept, the backup's added after them (within the cap). */
export function mergePins(current: Record<string, string[]>, backup: Record<string, string[]>): Record<string, string[]> {
  const merged = new Map(Object.entries(current));
  for (const [panelId, ids] of Object.entries(backup)) {
    const kept = merged.get(panelId) ?? [];
    merged.set(panelId, [...kept, ...ids.filter((id) => !kept.includes(id))].slice(0, PINS_KEPT));
  }
  // Built from entries: a panel id like "__proto__" stays an ordinary key.
  return Object.fromEntries(merged);
}

/** Each choice of the backup put back; a choice only stored stays (as settings, the backup wins where both have one). */
export function mergeChoices(current: AutoRefillChoices, backup: AutoRefillChoices): AutoRefillChoices {
  const scope = (k: keyof AutoRefillChoices) => Object.fromEntries([...Object.entries(current[k]), ...Object.entries(backup[k])]);
  return { panels: scope('panels'), services: scope('services'), orders: scope('orders') };
}
