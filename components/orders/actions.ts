import type { BackupRestoreOutcome, PerOrderResult } from '@/utils/messaging';
import type { TrackedOrder } from '@/utils/orders/types';
import type { AutoRefillScope } from '@/utils/orders/auto-refill-knobs';
import type { Result } from '@/utils/panel-api/types';
import { t } from '@/utils/i18n/messages';
import { appStore, hydrateAppStore } from '@/utils/ui/app-store';
import { mergeOrderParts } from '@/utils/orders/archive-split';
import { watchArchive } from '@/utils/orders/read-all';
import type { ReadOrders } from './orders-read';
import { afterNextPaint } from '@/utils/ui/after-next-paint';

/** Tracks an unconfirmed attempt under the order id the user found on the panel, or dismisses it (no id). */
export type ResolveUnconfirmed = (id: string, orderId?: string) => Promise<Result<{ key?: string }>>;

/** What the orders page asks of the background (wired in entrypoints/orders/main.tsx). */
export interface OrdersActions {
  /** The orders, part by part (orders-read.ts); then each stored change. */
  readOrders: ReadOrders;
  refill: (keys: string[]) => Promise<PerOrderResult[]>;
  cancel: (keys: string[]) => Promise<PerOrderResult[]>;
  check: (keys: string[]) => Promise<{ checked: number; changed: number; errors: number }>;
  importOrders: (panelId: string, orderIds: string[]) => Promise<{ imported: number; results: PerOrderResult[] }>;
  stopTracking: (keys: string[]) => Promise<{ removed: TrackedOrder[] }>;
  restore: (orders: TrackedOrder[]) => Promise<unknown>;
  exportBackup: () => Promise<{ json: string; fileName: string }>;
  restoreBackup: (text: string) => Promise<BackupRestoreOutcome>;
  download: (fileName: string, text: string, mime: string) => void;
  resolveUnconfirmed: ResolveUnconfirmed;
  chooseAutoRefill: (scope: AutoRefillScope, id: string, on: boolean | null) => Promise<unknown>;
  /** Opens the quick-order form for an order's remains (?remains=<orderKey>). */
  orderRemains: (key: string) => void;
}

/** A per-order outcome shown in the table's Result column. */
export interface RowResult {
  ok: boolean;
  text: string;
}

export function rowResults(results: readonly PerOrderResult[]): Record<string, RowResult> {
  return Object.fromEntries(results.map((r) => [r.key, r.ok ? { ok: true, text: r.detail ?? t('orders_done') } : { ok: false, text: r.error.message }]));
}

/**
 * Two parts: `local:orders` (every running order and the newest finished ones: the first
 * screen, newest first, is whole in it) is painted at once; the archive of older finished
 * orders follows (utils/orders/read-all.ts). Then every change of either comes as a complete call.
 */
export const readOrders: ReadOrders = async (onPart) => {
  await hydrateAppStore(['orders']);
  let recent = appStore.getState().orders;
  let archived: ReadonlyMap<string, Record<string, TrackedOrder>> | null = null;
  const emit = () => onPart(archived ? mergeOrderParts(recent, [...archived.values()]) : recent, archived !== null);
  emit();
  appStore.subscribe((state, previous) => {
    if (state.orders === previous.orders) return;
    recent = state.orders;
    emit();
  });
  // The archive's answer is decoded on this thread (seconds for 10,000 orders on a busy
  // machine): asked for only once the first part is on screen, so it cannot hold that paint back.
  await afterNextPaint(200);
  await watchArchive((chunks) => {
    archived = chunks;
    emit();
  }).read;
};
