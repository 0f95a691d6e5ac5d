import { useEffect, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import type { DuplicateHit } from '@/utils/orders/duplicates';

type AskDuplicates = (panelId: string, links: (string | null)[]) => Promise<(DuplicateHit | null)[]>;

/**
 * The background's word on whether `link` already has an order on the panel (running,
 * unconfirmed, or being sent from any window): asked as the link settles, and again whenever
 * the orders, the unconfirmed attempts or the adds in flight change (`also`: other reasons
 * to ask again, such as an answer to this form). Placing checks once more in the background.
 * Null: none known. The setter lets a "needs confirmation" answer show its own hit.
 * Not asked while this form sends (`sending`): the add in flight would be its own order,
 * shown as "being sent right now" beside the panel's answer to it.
 */
export function useDuplicateCheck(ask: AskDuplicates, panelId: string | null, link: string | null, also: unknown, sending = false): [DuplicateHit | null, (hit: DuplicateHit | null) => void] {
  const [duplicate, setDuplicate] = useState<DuplicateHit | null>(null);
  const liveOrders = useApp((s) => s.liveOrders);
  const unconfirmed = useApp((s) => s.unconfirmed);
  const addsInFlight = useApp((s) => s.addsInFlight);
  useEffect(() => setDuplicate(null), [panelId, link]);
  useEffect(() => {
    if (!panelId || !link || sending) return;
    let current = true;
    const timer = setTimeout(() => {
      ask(panelId, [link])
        .then(([hit]) => current && setDuplicate(hit ?? null))
        .catch(() => undefined);
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [panelId, link, also, sending, liveOrders, unconfirmed, addsInFlight]);
  return [duplicate, setDuplicate];
}
