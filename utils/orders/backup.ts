/**
 * The JSON backup of everything PanelPilot keeps — except API keys, which never leave the
 * extension's storage. Panels are copied field by field from a fixed list, so a key added to
 * a profile by mistake later still cannot end up in a file.
 *
 * Restore reads the file strictly: anything wrong is reported with where it is and what to do,
 * and nothing is written unless the whole file is good.
 */
import { parseMoney } from '../money';
import { ORDER_STATUSES, REFILL_STATUSES, type OrderStatus, type RefillStatus } from '../panel-api/types';
import type { PanelProfile } from '../panels/types';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { ORDER_SOURCES, type OrderServiceSnapshot, type RefillRecord, type StatusChange, type TrackedOrder, type UnconfirmedAttempt } from './types';

export const BACKUP_FORMAT = 'panelpilot-backup';
export const BACKUP_VERSION = 1;

export interface BackupData {
  panels: PanelProfile[];
  settings: Settings;
  orders: Record<string, TrackedOrder>;
  unconfirmed: UnconfirmedAttempt[];
  recentServices: Record<string, string[]>;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** Said in the file so nobody wonders whether their keys are in it. */
  note: string;
  data: BackupData;
}

const publicPanel = (p: PanelProfile): PanelProfile => ({
  id: p.id,
  name: p.name,
  apiUrl: p.apiUrl,
  isDefault: p.isDefault,
  lowBalanceThreshold: p.lowBalanceThreshold,
  createdAt: p.createdAt,
});

export function buildBackup(data: BackupData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    note: 'PanelPilot backup. API keys are not included: after restoring, enter each panel’s key in Settings.',
    data: { ...data, panels: data.panels.map(publicPanel) },
  };
}

export type ParsedBackup = { ok: true; data: BackupData; exportedAt: string } | { ok: false; message: string };

/** Thrown inside the reader, turned into the message; never escapes this file. */
class Bad extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function need<T>(ok: boolean, value: T, where: string, what: string): T {
  if (!ok) throw new Bad(`${where}: ${what}.`);
  return value;
}
const str = (o: Obj, k: string, where: string): string => need(typeof o[k] === 'string' && (o[k] as string) !== '', o[k] as string, where, `“${k}” must be a non-empty text`);
const optStr = (o: Obj, k: string, where: string): string | null => (o[k] === null || o[k] === undefined ? null : need(typeof o[k] === 'string', o[k] as string, where, `“${k}” must be text or null`));
const num = (o: Obj, k: string, where: string): number => need(typeof o[k] === 'number' && Number.isFinite(o[k]), o[k] as number, where, `“${k}” must be a number`);
const optNum = (o: Obj, k: string, where: string): number | null => (o[k] === null || o[k] === undefined ? null : num(o, k, where));
const optBool = (o: Obj, k: string): boolean | null => (typeof o[k] === 'boolean' ? (o[k] as boolean) : null);
function optMoney(o: Obj, k: string, where: string): string | null {
  if (o[k] === null || o[k] === undefined) return null;
  return need(typeof o[k] === 'string' && parseMoney(o[k]) !== null, parseMoney(o[k])!, where, `“${k}” must be an amount written as text, like "0.9"`);
}
function list(o: Obj, k: string, where: string): unknown[] {
  if (o[k] === undefined) return [];
  return need(Array.isArray(o[k]), o[k] as unknown[], where, `“${k}” must be a list`);
}
function oneOf<T extends string>(o: Obj, k: string, allowed: readonly T[], where: string): T {
  return need(allowed.includes(o[k] as T), o[k] as T, where, `“${k}” must be one of ${allowed.join(', ')}`);
}

function readService(v: unknown, where: string): OrderServiceSnapshot | null {
  if (v === null || v === undefined) return null;
  const s = need(isObj(v), v as Obj, where, '“service” must be an object or null');
  const w = `${where}, service`;
  return { id: str(s, 'id', w), name: String(s.name ?? ''), type: String(s.type ?? 'Default'), category: String(s.category ?? ''), rate: optMoney(s, 'rate', w) ?? '0', refill: optBool(s, 'refill'), cancel: optBool(s, 'cancel') };
}

function readHistory(v: unknown, where: string): StatusChange {
  const h = need(isObj(v), v as Obj, where, 'must be an object');
  return { at: num(h, 'at', where), status: oneOf<OrderStatus>(h, 'status', ORDER_STATUSES, where), statusText: String(h.statusText ?? '') };
}

function readRefill(v: unknown, where: string): RefillRecord {
  const r = need(isObj(v), v as Obj, where, 'must be an object');
  return {
    refillId: str(r, 'refillId', where),
    requestedAt: num(r, 'requestedAt', where),
    status: oneOf<RefillStatus>(r, 'status', REFILL_STATUSES, where),
    statusText: String(r.statusText ?? ''),
    lastCheckedAt: optNum(r, 'lastCheckedAt', where),
    missing: r.missing === true,
  };
}

export function readOrder(v: unknown, where: string): TrackedOrder {
  const o = need(isObj(v), v as Obj, where, 'must be an object');
  const panelId = str(o, 'panelId', where);
  const orderId = str(o, 'orderId', where);
  const w = `${where} (order ${orderId})`;
  const source = o.source === 'mass-order' || o.source === 'import' ? o.source : 'quick-order';
  return {
    key: `${panelId}:${orderId}`,
    panelId,
    orderId,
    service: readService(o.service, w),
    link: optStr(o, 'link', w),
    quantity: optNum(o, 'quantity', w),
    runs: optNum(o, 'runs', w),
    interval: optNum(o, 'interval', w),
    estimatedCharge: optMoney(o, 'estimatedCharge', w),
    createdAt: num(o, 'createdAt', w),
    source,
    status: oneOf<OrderStatus>(o, 'status', ORDER_STATUSES, w),
    statusText: String(o.statusText ?? ''),
    charge: optMoney(o, 'charge', w),
    currency: optStr(o, 'currency', w),
    startCount: optNum(o, 'startCount', w),
    remains: optNum(o, 'remains', w),
    lastCheckedAt: optNum(o, 'lastCheckedAt', w),
    history: list(o, 'history', w).map((h, i) => readHistory(h, `${w}, history entry ${i + 1}`)),
    refills: list(o, 'refills', w).map((r, i) => readRefill(r, `${w}, refill ${i + 1}`)),
    missing: o.missing === true,
  };
}

function readPanel(v: unknown, where: string): PanelProfile {
  const p = need(isObj(v), v as Obj, where, 'must be an object');
  const w = `${where} (“${String(p.name ?? '')}”)`;
  const apiUrl = str(p, 'apiUrl', w);
  need(/^https?:\/\//i.test(apiUrl), null, w, '“apiUrl” must start with http:// or https://');
  return { id: str(p, 'id', w), name: str(p, 'name', w), apiUrl, isDefault: p.isDefault === true, lowBalanceThreshold: optMoney(p, 'lowBalanceThreshold', w), createdAt: optNum(p, 'createdAt', w) ?? 0 };
}

function readUnconfirmed(v: unknown, where: string): UnconfirmedAttempt {
  const a = need(isObj(v), v as Obj, where, 'must be an object');
  return {
    id: str(a, 'id', where),
    panelId: str(a, 'panelId', where),
    serviceId: str(a, 'serviceId', where),
    serviceName: String(a.serviceName ?? ''),
    link: optStr(a, 'link', where),
    quantity: optNum(a, 'quantity', where),
    estimatedCharge: optMoney(a, 'estimatedCharge', where),
    attemptedAt: num(a, 'attemptedAt', where),
    reason: String(a.reason ?? ''),
    // Absent in backups made before attempts kept them.
    runs: optNum(a, 'runs', where),
    interval: optNum(a, 'interval', where),
    source: a.source === undefined ? 'quick-order' : oneOf(a, 'source', ORDER_SOURCES, where),
    service: readService(a.service, `${where}, service`),
  };
}

function readSettings(v: unknown): Settings {
  if (!isObj(v)) return DEFAULT_SETTINGS;
  const notify = isObj(v.notify) ? v.notify : {};
  const flags = Object.fromEntries(Object.entries(DEFAULT_SETTINGS.notify).map(([k, d]) => [k, typeof notify[k] === 'boolean' ? notify[k] : d])) as unknown as Settings['notify'];
  return {
    pollIntervalSec: typeof v.pollIntervalSec === 'number' && v.pollIntervalSec >= 1 ? v.pollIntervalSec : DEFAULT_SETTINGS.pollIntervalSec,
    catalogTtlHours: typeof v.catalogTtlHours === 'number' && v.catalogTtlHours > 0 ? v.catalogTtlHours : DEFAULT_SETTINGS.catalogTtlHours,
    notify: flags,
  };
}

const WHAT_TO_DO = 'Choose a file made with “Back up (JSON)” on the orders page (named panelpilot-backup-….json).';

export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `This file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}). ${WHAT_TO_DO}` };
  }
  if (!isObj(json) || json.format !== BACKUP_FORMAT) return { ok: false, message: `This is not a PanelPilot backup. ${WHAT_TO_DO}` };
  if (typeof json.version !== 'number' || json.version > BACKUP_VERSION) {
    return { ok: false, message: `This backup was made by a newer PanelPilot (format ${String(json.version)}). Update PanelPilot, then restore it.` };
  }
  if (!isObj(json.data)) return { ok: false, message: `The backup has no data section: the file is damaged. ${WHAT_TO_DO}` };
  const data = json.data;
  try {
    const orderList = isObj(data.orders) ? Object.values(data.orders) : list(data, 'orders', 'The backup');
    const orders: Record<string, TrackedOrder> = {};
    orderList.forEach((o, i) => {
      const order = readOrder(o, `Order ${i + 1}`);
      orders[order.key] = order;
    });
    const recent: Record<string, string[]> = {};
    if (isObj(data.recentServices)) {
      for (const [panelId, ids] of Object.entries(data.recentServices)) if (Array.isArray(ids)) recent[panelId] = ids.filter((x): x is string => typeof x === 'string');
    }
    return {
      ok: true,
      exportedAt: typeof json.exportedAt === 'string' ? json.exportedAt : '',
      data: {
        panels: list(data, 'panels', 'The backup').map((p, i) => readPanel(p, `Panel ${i + 1}`)),
        settings: readSettings(data.settings),
        orders,
        unconfirmed: list(data, 'unconfirmed', 'The backup').map((a, i) => readUnconfirmed(a, `Unconfirmed order ${i + 1}`)),
        recentServices: recent,
      },
    };
  } catch (error) {
    if (error instanceof Bad) return { ok: false, message: `The backup cannot be restored: ${error.message} Nothing was changed. Fix the file or choose another backup.` };
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
    orders: { ...current.orders, ...Object.fromEntries(Object.entries(backup.orders).map(([key, o]) => [key, newerOrder(current.orders[key], o)])) },
    unconfirmed: [...backup.unconfirmed, ...current.unconfirmed.filter((a) => !unconfirmedIds.has(a.id))],
    recentServices: { ...current.recentServices, ...backup.recentServices },
  };
}
