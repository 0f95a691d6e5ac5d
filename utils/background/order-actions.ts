/**
 * Bulk actions on tracked orders: refill, cancel, import, stop tracking (and its undo).
 * Every panel call goes through the panel client, which sends ≤ 100 ids per request; every
 * write goes through updateOrders, so a poll cycle landing meanwhile loses nothing.
 * Each order gets its own result, in the panel's own words when the panel refused.
 */
import type { MessageHandlers, PerOrderResult } from '../messaging';
import { panelError, say } from '../panel-api/errors';
import type { BatchResult, PanelClient } from '../panel-api/types';
import { cancelEligibility, refillEligibility, type Eligibility } from '../orders/eligibility';
import { orderFromStatus } from '../orders/from-status';
import { orderKey, type TrackedOrder } from '../orders/types';
import { own } from '../own';
import { pollOnce } from './tracker/poll-cycle';
import { readOrdersHolding } from '../orders/read-all';
import { detached } from './detached';
import { updateOrdersWithArchived } from './orders-archive';
import { noClientError, openPanel, type PanelWithClient } from './panel-client';
import { recordRefills } from './record-refills';
import { t } from '../i18n/messages';

export interface ActionDeps {
  open: (panelId: string) => Promise<PanelWithClient | null>;
  now: () => number;
}

const defaultDeps: ActionDeps = { open: openPanel, now: () => Date.now() };

/** The stored orders for these keys, grouped by panel; unknown keys get a result right away. */
async function groupByPanel(keys: readonly string[], check: (o: TrackedOrder) => Eligibility) {
  const wanted = new Set(keys);
  const orders = await readOrdersHolding(wanted);
  const byPanel = new Map<string, TrackedOrder[]>();
  const results: PerOrderResult[] = [];
  for (const key of wanted) {
    const order = own(orders, key);
    if (!order) {
      results.push({ key, ok: false, error: panelError('not_found', say('errors_orderNotTracked')) });
      continue;
    }
    const eligible = check(order);
    if (!eligible.ok) {
      results.push({ key, ok: false, error: panelError('validation', eligible.reason) });
      continue;
    }
    byPanel.set(order.panelId, [...(byPanel.get(order.panelId) ?? []), order]);
  }
  return { byPanel, results };
}

/** One result per order from a batch answer; orders in a failed batch get that batch's error. */
function perOrder<T>(orders: readonly TrackedOrder[], answer: BatchResult<T>, describe: (value: T) => string): PerOrderResult[] {
  return orders.map((order) => {
    const item = own(answer.items, order.orderId);
    if (item?.ok) return { key: order.key, ok: true, detail: describe(item.value) };
    const error = item?.error ?? answer.failures[0] ?? panelError('bad_response', say('errors_noAnswerForOrder'));
    return { key: order.key, ok: false, error };
  });
}

/** Runs `act` once per panel (panels are different hosts: in parallel), merging the results. */
async function perPanel(
  keys: readonly string[],
  check: (o: TrackedOrder) => Eligibility,
  act: (client: PanelClient, orders: TrackedOrder[]) => Promise<PerOrderResult[]>,
  deps: ActionDeps,
): Promise<PerOrderResult[]> {
  const { byPanel, results } = await groupByPanel(keys, check);
  const answered = await Promise.all(
    [...byPanel].map(async ([panelId, orders]) => {
      const opened = await deps.open(panelId);
      if (!opened) {
        const error = await noClientError();
        return orders.map((o): PerOrderResult => ({ key: o.key, ok: false, error }));
      }
      return act(opened.client, orders);
    }),
  );
  const byKey = new Map([...results, ...answered.flat()].map((r) => [r.key, r]));
  return [...new Set(keys)].map((k) => byKey.get(k)!);
}

export async function refillOrders(keys: readonly string[], deps: ActionDeps = defaultDeps): Promise<PerOrderResult[]> {
  return perPanel(
    keys,
    refillEligibility,
    async (client, orders) => {
      const answer = await client.refills(orders.map((o) => o.orderId));
      const now = deps.now();
      const refillIds = new Map<string, string | null>();
      for (const order of orders) {
        const item = own(answer.items, order.orderId);
        if (item?.ok) refillIds.set(order.key, item.value.refillId);
      }
      // Recorded on the order: the tracker polls these ids with refill_status until they finish.
      await recordRefills(refillIds, now);
      return perOrder(orders, answer, (v) => (v.refillId === null ? t('errors_refillRequestedNoId') : t('errors_refillRequested', v.refillId)));
    },
    deps,
  );
}

export async function cancelOrders(keys: readonly string[], deps: ActionDeps = defaultDeps): Promise<PerOrderResult[]> {
  return perPanel(keys, cancelEligibility, async (client, orders) => perOrder(orders, await client.cancel(orders.map((o) => o.orderId)), () => t('errors_cancelRequested')), deps);
}

export async function importOrders(panelId: string, orderIds: readonly string[], deps: ActionDeps = defaultDeps): Promise<{ imported: number; results: PerOrderResult[] }> {
  const ids = [...new Set(orderIds.map((id) => id.trim()).filter(Boolean))];
  const keyOf = (id: string) => orderKey(panelId, id);
  const opened = await deps.open(panelId);
  if (!opened) {
    const error = await noClientError();
    return { imported: 0, results: ids.map((id) => ({ key: keyOf(id), ok: false, error })) };
  }
  const answer = await opened.client.statuses(ids);
  const now = deps.now();
  const fresh: TrackedOrder[] = [];
  const results: PerOrderResult[] = ids.map((id) => {
    const item = own(answer.items, id);
    if (!item) return { key: keyOf(id), ok: false, error: answer.failures[0] ?? panelError('bad_response', say('errors_noAnswerForOrder')) };
    if (!item.ok) return { key: keyOf(id), ok: false, error: item.error };
    fresh.push(orderFromStatus(panelId, id, item.value, now, { note: t('errors_importedNote') }));
    return { key: keyOf(id), ok: true, detail: t('errors_imported', item.value.statusText) };
  });
  const already = await updateOrdersWithArchived(fresh.map((o) => o.key), (current) => {
    // Already tracked: keep what PanelPilot knows (service, link, history); the next poll updates the status.
    const tracked = new Set(fresh.filter((o) => own(current, o.key)).map((o) => o.key));
    const added = fresh.filter((o) => !tracked.has(o.key));
    return { orders: added.length ? { ...current, ...Object.fromEntries(added.map((o) => [o.key, o])) } : current, result: tracked };
  });
  for (const r of results) if (r.ok && already.has(r.key)) r.detail = t('errors_alreadyTracked');
  const added = fresh.length - already.size;
  return { imported: added, results };
}

export function stopTracking(keys: readonly string[]): Promise<{ removed: TrackedOrder[] }> {
  return updateOrdersWithArchived(keys, (current) => {
    const removed = [...new Set(keys)].map((k) => own(current, k)).filter((o): o is TrackedOrder => !!o);
    if (removed.length === 0) return { orders: current, result: { removed } };
    const next = { ...current };
    for (const order of removed) delete next[order.key];
    return { orders: next, result: { removed } };
  });
}

/** Undo of stop tracking: puts the orders back as they were (a newer copy, if any, wins). */
export function restoreOrders(orders: readonly TrackedOrder[]): Promise<{ ok: true }> {
  return updateOrdersWithArchived(orders.map((o) => o.key), (current) => {
    const missing = orders.filter((o) => !own(current, o.key));
    if (missing.length === 0) return { orders: current, result: { ok: true as const } };
    return { orders: { ...current, ...Object.fromEntries(missing.map((o) => [o.key, o])) }, result: { ok: true as const } };
  });
}

export const orderActionHandlers: Pick<MessageHandlers, 'order.refill' | 'order.cancel' | 'order.import' | 'order.stopTracking' | 'order.restore' | 'order.check'> = {
  'order.refill': ({ keys }) => refillOrders(keys),
  'order.cancel': async ({ keys }) => {
    const results = await cancelOrders(keys);
    // The answer means "requested"; the orders' next status says what happened. Ask now.
    const requested = results.filter((r) => r.ok).map((r) => r.key);
    if (requested.length) detached('checking the cancelled orders', pollOnce({ force: true, keys: requested }));
    return results;
  },
  'order.import': ({ panelId, orderIds }) => importOrders(panelId, orderIds),
  'order.stopTracking': ({ keys }) => stopTracking(keys),
  'order.restore': ({ orders }) => restoreOrders(orders),
  'order.check': async ({ keys }) => {
    const { checked, changed, errors } = await pollOnce(keys.length ? { force: true, keys } : { force: true });
    return { checked, changed, errors };
  },
};
