import { useEffect, useMemo } from 'preact/hooks';
import { filterOrders, SORT_KEYS, sortOrders, warmSearch, warmSort, type OrderFilter, type OrderSort } from '@/utils/orders/order-query';
import type { TrackedOrder } from '@/utils/orders/types';

/**
 * The orders the table shows: every order sorted, then filtered (a filter keeps the sorted
 * order), so a keystroke in the search box or a filter change filters once and does not
 * sort, and a click on a column filters once: each column's sorted lists, and the search
 * texts, are made in idle time after the table is shown (order-query.ts), once per change of
 * the stored orders. With 10,000 orders each is a few milliseconds (npm run bench, figure 9).
 */
export function useShownOrders(all: readonly TrackedOrder[], filter: OrderFilter, sort: OrderSort, panelNames: ReadonlyMap<string, string>, now = Date.now()): TrackedOrder[] {
  const panelName = useMemo(() => (id: string) => panelNames.get(id) ?? id, [panelNames]);
  const sorted = useMemo(() => sortOrders(all, sort, panelName), [all, sort, panelName]);
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    // One task per idle slice: the search texts first (the first keystroke would make them),
    // then each column (order ids first: every sort breaks its ties with them).
    const tasks = [() => warmSearch(all), ...SORT_KEYS.map((key) => () => warmSort(all, key, panelName))];
    let id: unknown;
    const next = () => {
      const task = tasks.shift();
      if (!task) return;
      task();
      id = idle(next);
    };
    id = idle(next);
    return () => cancel(id as never);
  }, [all, panelName]);
  // The refill-window filters change with time: only they filter again as the page's clock ticks.
  const at = filter.refillWindow ? now : 0;
  return useMemo(() => filterOrders(sorted, filter, Math.max(at, Date.now())), [sorted, filter, at]);
}
