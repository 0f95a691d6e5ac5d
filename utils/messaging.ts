/**
 * Typed messages from extension pages to the background, which alone talks to panels.
 * A tiny layer over runtime messaging: every request is `{ type, data }`, every handler
 * returns plain data (errors as values, never thrown across the boundary).
 */
import { browser } from 'wxt/browser';
import { t } from './i18n/messages';
import { languageReady } from './i18n/worker-language';
import type { PanelError } from './panel-api/errors';
import type { AddOrderFields, Result } from './panel-api/types';
import type { BalanceSnapshot, KeyLockStatus, PanelProfile } from './panels/types';
import type { DuplicateHit } from './orders/duplicates';
import type { TrackedOrder } from './orders/types';
import type { Settings } from './settings';
import type { AutoRefillScope } from './orders/auto-refill-knobs';

export interface SavePanelInput {
  /** Absent for a new panel. */
  id?: string;
  name: string;
  apiUrl: string;
  /** Absent or empty when editing = keep the stored key. */
  apiKey?: string;
  isDefault?: boolean;
  lowBalanceThreshold?: string | null;
}

export type PlaceOrderOutcome =
  | { kind: 'placed'; order: TrackedOrder }
  /** The panel said no: nothing was created. */
  | { kind: 'rejected'; error: PanelError }
  /** No answer: an order may exist. Recorded as unconfirmed, never resent. */
  | { kind: 'unconfirmed'; attemptId: string; error: PanelError }
  /** The same request id was already sent (double click, second tab): not sent again. */
  | { kind: 'duplicate' }
  /** Not sent: an order on this link is running, unconfirmed or in flight. Send again with `confirmDuplicate`. */
  | { kind: 'needs-confirm'; hit: DuplicateHit; message: string };

export interface PlaceOrderInput {
  /** Made once per form submission; the background refuses a second send of the same id. */
  requestId: string;
  panelId: string;
  serviceId: string;
  fields: AddOrderFields;
  source: 'quick-order' | 'mass-order';
  /** The user saw the duplicate-link warning and confirmed: send even so. */
  confirmDuplicate?: boolean;
}

export type PerOrderResult = { key: string; ok: true; detail?: string } | { key: string; ok: false; error: PanelError };

export type BackupRestoreOutcome =
  | { ok: true; orders: number; panels: number; panelsWithoutKey: string[] }
  | { ok: false; message: string };

export interface ProtocolMap {
  'panel.save': { in: SavePanelInput; out: Result<{ panel: PanelProfile; balance: BalanceSnapshot }> };
  /** Refused while the passphrase lock is closed (the panel's sealed key goes with it). */
  'panel.remove': { in: { id: string }; out: Result<null> };
  'panel.setDefault': { in: { id: string }; out: { ok: true } };
  'balance.refresh': { in: { panelId?: string }; out: Record<string, Result<BalanceSnapshot>> };
  'catalog.refresh': { in: { panelId: string }; out: Result<{ count: number; fetchedAt: number }> };
  /** "Pin service": its catalog changes are listed (utils/orders/watched-services.ts). */
  'service.pin': { in: { panelId: string; serviceId: string; pinned: boolean }; out: { pinned: boolean } };
  'order.place': { in: PlaceOrderInput; out: PlaceOrderOutcome };
  /** The duplicate-link check for these links on one panel (null: no link). */
  'order.duplicates': { in: { panelId: string; links: (string | null)[] }; out: (DuplicateHit | null)[] };
  'order.refill': { in: { keys: string[] }; out: PerOrderResult[] };
  'order.cancel': { in: { keys: string[] }; out: PerOrderResult[] };
  'order.import': { in: { panelId: string; orderIds: string[] }; out: { imported: number; results: PerOrderResult[] } };
  'order.stopTracking': { in: { keys: string[] }; out: { removed: TrackedOrder[] } };
  'order.restore': { in: { orders: TrackedOrder[] }; out: { ok: true } };
  /** Polls these orders (and their refills) now, through the tracker. */
  'order.check': { in: { keys: string[] }; out: { checked: number; changed: number; errors: number } };
  /** Everything PanelPilot keeps except API keys, as a JSON text. */
  'backup.export': { in: Record<string, never>; out: { json: string; fileName: string } };
  /** Validates the whole file first; stores nothing unless it is good. */
  'backup.restore': { in: { text: string }; out: BackupRestoreOutcome };
  'unconfirmed.resolve': { in: { id: string; orderId?: string }; out: Result<{ key?: string }> };
  'keys.status': { in: Record<string, never>; out: KeyLockStatus };
  'keys.enableLock': { in: { passphrase: string }; out: Result<KeyLockStatus> };
  'keys.unlock': { in: { passphrase: string }; out: Result<KeyLockStatus> };
  'keys.lock': { in: Record<string, never>; out: KeyLockStatus };
  'keys.disableLock': { in: { passphrase: string }; out: Result<KeyLockStatus> };
  'keys.forget': { in: Record<string, never>; out: KeyLockStatus };
  /** Stored as the settings rule allows (utils/settings.ts clampSettings), whatever was sent. */
  'settings.save': { in: { settings: Settings }; out: { ok: true } };
  /** A page read a stored value that needed repair: the background checks and repairs (pages never write). */
  'storage.check': { in: Record<string, never>; out: { ok: true } };
  'storage.dismissNotices': { in: Record<string, never>; out: { ok: true } };
  /** "Auto-refill while the guarantee lasts" for a panel, a service (`panelId:serviceId`) or an order key; null = as the broader choice says. */
  'autoRefill.choose': { in: { scope: AutoRefillScope; id: string; on: boolean | null }; out: { ok: true } };
  /** Auto-refill stopped on this panel after rejections: ask again, the count starts over. */
  'autoRefill.resume': { in: { panelId: string }; out: { ok: true } };
  'tracker.checkNow': {
    in: Record<string, never>;
    /** `paused`: names of panels not asked because their key was refused; `locked`: nothing was asked. */
    out: { checked: number; changed: number; errors: number; paused: string[]; locked: boolean };
  };
}

export type MessageType = keyof ProtocolMap;
export type MessageIn<T extends MessageType> = ProtocolMap[T]['in'];
export type MessageOut<T extends MessageType> = ProtocolMap[T]['out'];
export type MessageHandlers = { [T in MessageType]: (data: MessageIn<T>) => Promise<MessageOut<T>> };

interface Envelope {
  panelpilot: true;
  type: MessageType;
  data: unknown;
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).panelpilot === true;
}

/** From an extension page: ask the background to do something. */
export async function sendToBackground<T extends MessageType>(type: T, data: MessageIn<T>): Promise<MessageOut<T>> {
  const envelope: Envelope = { panelpilot: true, type, data };
  return (await browser.runtime.sendMessage(envelope)) as MessageOut<T>;
}

/**
 * What a page shows when sendToBackground rejects: the worker was stopped or restarted
 * mid-call, so there is no answer (an order sent may still exist: callers treat it as unconfirmed).
 */
export function noAnswerFromBackground(hint = t('errors_reloadAndRetry')): PanelError {
  return { kind: 'network', message: t('errors_backgroundSilent'), hint };
}

/**
 * In the background: one runtime listener for every message. Must be called synchronously at
 * worker start so a message that wakes the worker finds its listener. Only the extension's
 * own pages may call (sender.id check); content scripts and web pages are refused.
 */
export function handleMessages(handlers: MessageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message)) return undefined;
    // Only the extension's own pages: never a content script or a web page.
    const ownOrigin = browser.runtime.getURL('/');
    if (sender.id !== browser.runtime.id || (sender.url !== undefined && !sender.url.startsWith(ownOrigin))) {
      return undefined;
    }
    const handler = handlers[message.type] as ((data: unknown) => Promise<unknown>) | undefined;
    if (!handler) return undefined;
    // Texts the handler writes (errors, results) in the language Settings name.
    return languageReady().then(() => handler(message.data));
  });
}
