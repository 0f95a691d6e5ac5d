/**
 * "Auto-refill while the guarantee lasts": the user's choices. Off unless turned on for a
 * panel, a service or an order; the most specific choice wins (an order turned off stays off
 * on a panel that is on). Pure; stored inside the settings in the wiring round.
 */
import { DAY_MS, HOUR_MS } from './order-times';
import { t } from '../i18n/messages';
import type { TrackedOrder } from './types';

/** The feature's name, wherever it is offered (Settings, the Orders page), in the reader's language. */
export const autoRefillLabel = (): string => t('options_autoRefillLabel');

export interface AutoRefillSettings {
  /** panelId → on/off. */
  panels: Record<string, boolean>;
  /** `${panelId}:${serviceId}` → on/off. */
  services: Record<string, boolean>;
  /** order key → on/off. */
  orders: Record<string, boolean>;
  /** Hours between two refill asks for one order (and after completion); at least 24. */
  intervalHours: number;
  /** Refill asks per panel in any 24 hours. */
  dailyCapPerPanel: number;
  /** Stop asking a panel after this many refills in a row were rejected. */
  stopAfterRejections: number;
  /** Opt-in: one notification before the window closes for orders that never had a refill. */
  remindBeforeClose: boolean;
  remindDaysBefore: number;
}

export const DEFAULT_AUTO_REFILL: AutoRefillSettings = {
  panels: {},
  services: {},
  orders: {},
  intervalHours: 24,
  dailyCapPerPanel: 50,
  stopAfterRejections: 3,
  remindBeforeClose: false,
  remindDaysBefore: 3,
};

/** The shortest interval the product allows; the e2e build passes a shorter floor. */
export const MIN_AUTO_REFILL_INTERVAL_MS = DAY_MS;

export const serviceChoiceKey = (panelId: string, serviceId: string): string => `${panelId}:${serviceId}`;

const choice = (map: Record<string, boolean>, key: string): boolean | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

/** Whether auto-refill is on for this order, and which choice says so. */
export function autoRefillChoice(settings: AutoRefillSettings, order: Pick<TrackedOrder, 'key' | 'panelId' | 'service'>): { on: boolean; by: 'order' | 'service' | 'panel' | 'default' } {
  const byOrder = choice(settings.orders, order.key);
  if (byOrder !== undefined) return { on: byOrder, by: 'order' };
  const byService = order.service ? choice(settings.services, serviceChoiceKey(order.panelId, order.service.id)) : undefined;
  if (byService !== undefined) return { on: byService, by: 'service' };
  const byPanel = choice(settings.panels, order.panelId);
  if (byPanel !== undefined) return { on: byPanel, by: 'panel' };
  return { on: false, by: 'default' };
}

/**
 * Milliseconds between two asks for one order: the user's interval, never below the floor
 * (24 h in the product) nor below the panel's own limit when its answers stated one.
 */
export function refillIntervalMs(settings: Pick<AutoRefillSettings, 'intervalHours'>, panelLimitMs: number | null, floorMs = MIN_AUTO_REFILL_INTERVAL_MS): number {
  const wanted = Number.isFinite(settings.intervalHours) ? settings.intervalHours * HOUR_MS : 0;
  return Math.max(floorMs, wanted, panelLimitMs ?? 0);
}
