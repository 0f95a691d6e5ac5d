/**
 * Refills the panel accepted, recorded on their orders: the tracker polls each id with
 * refill_status until it ends. One rule for the user's refills and auto-refill's.
 */
import { REFILL } from '../orders/schema';
import { own } from '../own';
import { isStorable } from '../schema/read';
import { updateOrdersWithArchived } from './orders-archive';
import { t } from '../i18n/messages';

/** The status text of a refill the panel accepted without naming an id. */
export const noRefillId = (): string => t('errors_refillNoId');

/**
 * `refillIds`: order key → the id the panel gave (null: accepted without one, recorded as
 * requested and never polled). An id storage cannot keep is not recorded (the next read would
 * drop it); an id already on the order is not recorded twice.
 */
export async function recordRefills(refillIds: ReadonlyMap<string, string | null>, now: number): Promise<void> {
  const kept = [...refillIds].filter(([, id]) => isStorable(REFILL.schema.refillId, id));
  if (kept.length === 0) return;
  // An archived order gets its refill in `local:orders`, where the tracker polls it.
  await updateOrdersWithArchived(kept.map(([key]) => key), (current) => {
    const next = { ...current };
    for (const [key, refillId] of kept) {
      const order = own(next, key);
      if (!order || (refillId !== null && order.refills.some((r) => r.refillId === refillId))) continue;
      const statusText = refillId === null ? noRefillId() : t('errors_refillRequestedStatus');
      next[key] = { ...order, refills: [...order.refills, { refillId, requestedAt: now, status: 'pending', statusText, lastCheckedAt: null, missing: false }] };
    }
    return { orders: next, result: null };
  });
}
