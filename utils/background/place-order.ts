/**
 * Placing an order: exactly one `add` per request id, never retried. A timeout or dropped
 * connection may still have created the order, so it becomes an "unconfirmed" attempt the
 * user checks on the panel; it is never sent again by PanelPilot.
 */
import { chargeFor, parseMoney } from '../money';
import type { MessageHandlers, PlaceOrderInput, PlaceOrderOutcome } from '../messaging';
import { panelError, say } from '../panel-api/errors';
import type { AddOrderFields, Service } from '../panel-api/types';
import { chargedUnits, fieldsProblem, quantityFor } from '../orders/quantity';
import { orderFromStatus, serviceSnapshot } from '../orders/from-status';
import { typeSpecFor, type TypeSpec } from '../orders/service-types';
import { orderKey, type TrackedOrder, type UnconfirmedAttempt } from '../orders/types';
import { own } from '../own';
import { ORDER, UNCONFIRMED } from '../orders/schema';
import { isHttpUrl } from '../orders/order-form';
import { isStorable, storable } from '../schema/read';
import { catalogItem, recentServicesItem, sentRequestIdsItem } from '../storage';
import { detached } from './detached';
import { withLock } from './lock';
import { updateAddsInFlight, updateOrders, updateUnconfirmed } from './orders-store';
import { noClientError, openPanel } from './panel-client';
import { recordBalance } from './panels';
import { duplicatesFor } from './duplicates';
import { describeDuplicate } from '../orders/duplicates';
import { t } from '../i18n/messages';

const SENT_CAP = 500;
const RECENT_CAP = 20;

/** Claims a request id before anything is sent (why: sentRequestIdsItem in utils/storage.ts). */
async function claimRequestId(id: string): Promise<boolean> {
  return withLock('sentRequestIds', async () => {
    const stored = await sentRequestIdsItem.getValue();
    if (stored.includes(id)) return false;
    await sentRequestIdsItem.setValue([...stored, id].slice(-SENT_CAP));
    return true;
  });
}

/** The charge as stored: in the one money form, or unknown (null) when beyond it. */
function estimate(service: Service, spec: TypeSpec, fields: AddOrderFields): string | null {
  if (spec.quantity === 'package') return service.rate;
  const units = chargedUnits(spec, fields);
  return units ? parseMoney(chargeFor(service.rate, units)) : null;
}

export interface PlaceOrderDeps {
  open: typeof openPanel;
}

const defaultDeps: PlaceOrderDeps = { open: openPanel };

/** Reason given to an `add` whose worker died before the panel answered. */
export const interruptedReason = (): string => t('errors_interrupted');

export async function placeOrder(input: PlaceOrderInput, now = Date.now(), deps: PlaceOrderDeps = defaultDeps): Promise<PlaceOrderOutcome> {
  if ((await sentRequestIdsItem.getValue()).includes(input.requestId)) return { kind: 'duplicate' };
  const opened = await deps.open(input.panelId);
  if (!opened) return { kind: 'rejected', error: await noClientError() };
  const catalog = await catalogItem(input.panelId).getValue();
  const service = catalog?.services.find((s) => s.id === input.serviceId);
  if (!service) return { kind: 'rejected', error: panelError('validation', say('errors_serviceGone')) };
  // The forms' quantity rule, once more where it counts: nothing malformed leaves.
  const { spec } = typeSpecFor(service.type);
  const problem = spec.link === 'url' && !isHttpUrl(input.fields.link ?? '') ? t('errors_linkNotWeb') : fieldsProblem(service, spec, input.fields);
  if (problem) return { kind: 'rejected', error: panelError('validation', problem) };

  const link = input.fields.link ?? input.fields.username ?? null;
  // Written as storage reads them back (a long service name capped): never a loss later.
  const attempt = storable(UNCONFIRMED, {
    id: crypto.randomUUID(),
    panelId: input.panelId,
    serviceId: service.id,
    serviceName: service.name,
    link,
    quantity: quantityFor(spec, input.fields),
    estimatedCharge: estimate(service, spec, input.fields),
    attemptedAt: now,
    reason: interruptedReason(),
    runs: input.fields.runs ?? null,
    interval: input.fields.interval ?? null,
    source: input.source,
    service: serviceSnapshot(service),
  });
  // One gate, under the in-flight list's lock: a request id is sent once; an order on a link
  // with one running, unconfirmed or in flight on this panel waits for the user's yes; and
  // the add is on record as in flight before the lock is let go, so the next check sees it
  // (and if the worker dies waiting, the next start makes it an unconfirmed attempt).
  const refused = await updateAddsInFlight(async (list): Promise<{ list: UnconfirmedAttempt[]; result: PlaceOrderOutcome | null }> => {
    if (!input.confirmDuplicate) {
      const [hit] = await duplicatesFor(input.panelId, [link], list);
      if (hit) return { list, result: { kind: 'needs-confirm', hit, message: describeDuplicate(hit) } };
    }
    if (!(await claimRequestId(input.requestId))) return { list, result: { kind: 'duplicate' } };
    return { list: [...list, attempt], result: null };
  });
  if (refused) return refused;
  const result = await opened.client.add(service.id, input.fields);
  const landed = async () => updateAddsInFlight((list) => ({ list: list.filter((a) => a.id !== attempt.id), result: null }));
  // An "order id" storage cannot keep (a panel echoing a page into it): the order may exist,
  // and tracking it under that id would lose it at the next read. The user checks the panel.
  const unusableId = result.ok && !isStorable(ORDER.schema.orderId, result.value.orderId);
  if (!result.ok || unusableId) {
    const error = result.ok ? panelError('bad_response', say('errors_orderIdUnkeepable'), { ambiguous: true }) : result.error;
    if (error.ambiguous) await updateUnconfirmed((list) => ({ list: [...list, { ...attempt, reason: error.message }], result: null }));
    await landed();
    return error.ambiguous ? { kind: 'unconfirmed', attemptId: attempt.id, error } : { kind: 'rejected', error };
  }

  const order = storable(ORDER, {
    key: orderKey(input.panelId, result.value.orderId),
    panelId: input.panelId,
    orderId: result.value.orderId,
    service: attempt.service,
    link,
    quantity: attempt.quantity,
    runs: attempt.runs,
    interval: attempt.interval,
    estimatedCharge: attempt.estimatedCharge,
    createdAt: now,
    source: attempt.source,
    status: 'pending',
    statusText: 'Pending', // i18n-exempt: the API's own status word, as a panel sends it
    charge: null,
    currency: null,
    startCount: null,
    remains: null,
    lastCheckedAt: null,
    history: [{ at: now, status: 'pending', statusText: t('errors_historyPlaced') }],
    refills: [],
    missing: false,
  });
  await updateOrders((current) => ({ orders: { ...current, [order.key]: order }, result: null }));
  // updateOrders wrote the popup's view (where the duplicate check finds active orders) in the
  // same storage write as the order, before it leaves the in-flight list: never in neither.
  await landed();
  await withLock('recentServices', async () => {
    const recent = await recentServicesItem.getValue();
    const list = [service.id, ...(own(recent, input.panelId) ?? []).filter((id) => id !== service.id)].slice(0, RECENT_CAP);
    await recentServicesItem.setValue({ ...recent, [input.panelId]: list });
  });
  // The balance changed: refresh it without making the user wait for it.
  detached('refreshing the balance', opened.client.balance().then((b) => recordBalance(input.panelId, b, Date.now())));
  return { kind: 'placed', order };
}

/**
 * At worker start: an `add` still marked in flight was cut off when the previous worker died.
 * It may have reached the panel, so it becomes an unconfirmed attempt the user checks.
 */
export async function recoverInterruptedAdds(workerStartedAt = Date.now()): Promise<number> {
  // Only what was sent before this worker started: an order placed by the message that woke
  // this worker is in flight for real.
  const cut = await updateAddsInFlight((list) => {
    const dead = list.filter((a) => a.attemptedAt < workerStartedAt);
    return { list: dead.length ? list.filter((a) => a.attemptedAt >= workerStartedAt) : list, result: dead };
  });
  if (cut.length) await updateUnconfirmed((list) => ({ list: [...list, ...cut.filter((a) => !list.some((u) => u.id === a.id))], result: null }));
  return cut.length;
}

/** The user checked the panel: with an order id the attempt becomes a tracked order, else it is dismissed. */
export async function resolveUnconfirmed(id: string, orderId: string | undefined, now = Date.now(), deps: PlaceOrderDeps = defaultDeps) {
  const attempt = (await updateUnconfirmed((list) => ({ list, result: list.find((a) => a.id === id) }))) ?? null;
  if (!attempt) return { ok: false as const, error: panelError('not_found', say('errors_attemptResolved')) };
  let key: string | undefined;
  if (orderId?.trim()) {
    const opened = await deps.open(attempt.panelId);
    if (!opened) return { ok: false as const, error: await noClientError() };
    if (!isStorable(ORDER.schema.orderId, orderId.trim())) return { ok: false as const, error: panelError('validation', say('errors_notAnOrderId')) };
    const status = await opened.client.status(orderId.trim());
    if (!status.ok) return status;
    key = orderKey(attempt.panelId, orderId.trim());
    const order = orderFromStatus(attempt.panelId, orderId.trim(), status.value, now, {
      service: attempt.service ?? (await serviceFromCatalog(attempt.panelId, attempt.serviceId)),
      link: attempt.link,
      quantity: attempt.quantity,
      runs: attempt.runs,
      interval: attempt.interval,
      estimatedCharge: attempt.estimatedCharge,
      createdAt: attempt.attemptedAt,
      source: attempt.source,
    });
    await updateOrders((current) => ({ orders: { ...current, [order.key]: own(current, order.key) ?? order }, result: null }));
    // In the popup's view (written with it) before it stops being an unconfirmed one.
  }
  await updateUnconfirmed((list) => ({ list: list.filter((a) => a.id !== id), result: null }));
  return { ok: true as const, value: { key } };
}

/** An attempt recorded before attempts kept their service: the service as the catalog has it now. */
async function serviceFromCatalog(panelId: string, serviceId: string) {
  const service = (await catalogItem(panelId).getValue())?.services.find((s) => s.id === serviceId);
  return service ? serviceSnapshot(service) : null;
}

export const placeOrderHandlers: Pick<MessageHandlers, 'order.place' | 'unconfirmed.resolve'> = {
  'order.place': (input) => placeOrder(input),
  'unconfirmed.resolve': ({ id, orderId }) => resolveUnconfirmed(id, orderId),
};
