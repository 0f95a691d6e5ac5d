/**
 * What is kept per panel besides its profile, key and orders, dropped when the panel is
 * removed: each item under the lock its other writers take. Without this a removed panel's
 * catalog changes stayed listed under its bare id, and its pins, auto-refill choices and
 * catalog times stayed stored for good.
 */
import { own, without } from '../own';
import { balancesItem, catalogChangesItem, catalogItem, catalogRemovedItem, catalogTimesItem, pinnedServicesItem, recentServicesItem, autoRefillChoicesItem, autoRefillItem } from '../storage';
import { withLock } from './lock';

/** Runs `write` under `lock` only when `next` gives something else than what is stored. */
async function drop<T>(lock: string, item: { getValue(): Promise<T>; setValue(v: T): Promise<void> }, next: (value: T) => T | null): Promise<void> {
  await withLock(lock, async () => {
    const value = next(await item.getValue());
    if (value !== null) await item.setValue(value);
  });
}

const withoutKey = <T>(id: string) => (record: Record<string, T>) => (own(record, id) === undefined ? null : without(record, id));

export async function forgetPanelData(id: string): Promise<void> {
  await drop('balances', balancesItem, withoutKey(id));
  await drop('recentServices', recentServicesItem, withoutKey(id));
  await drop('pinnedServices', pinnedServicesItem, withoutKey(id));
  await drop('catalogTimes', catalogTimesItem, withoutKey(id));
  await drop('catalogChanges', catalogRemovedItem, withoutKey(id));
  await drop('catalogChanges', catalogChangesItem, (log) =>
    log.entries.some((e) => e.panelId === id) || log.refreshes.some((r) => r.panelId === id)
      ? { entries: log.entries.filter((e) => e.panelId !== id), refreshes: log.refreshes.filter((r) => r.panelId !== id) }
      : null,
  );
  // Choices for the panel and its services go; an order's own choice stays with the order.
  await drop('autoRefillChoices', autoRefillChoicesItem, (choices) => {
    const services = Object.fromEntries(Object.entries(choices.services).filter(([key]) => !key.startsWith(`${id}:`)));
    if (own(choices.panels, id) === undefined && Object.keys(services).length === Object.keys(choices.services).length) return null;
    return { ...choices, panels: without(choices.panels, id), services };
  });
  await drop('autoRefill', autoRefillItem, (state) => (own(state.panels, id) === undefined ? null : { ...state, panels: without(state.panels, id) }));
  await catalogItem(id).removeValue();
}
