/** What PanelPilot keeps about orders it tracks. Stored in `local:orders` (utils/storage.ts). */
import type { Money } from '../money';
import type { OrderProgress, OrderStatus, RefillStatus, Service } from '../panel-api/types';

/** The service as it was when the order was placed (catalogs change; the order does not). */
export type OrderServiceSnapshot = Pick<Service, 'id' | 'name' | 'type' | 'category' | 'rate' | 'refill' | 'cancel' | 'currency'>;

export interface StatusChange {
  at: number;
  status: OrderStatus;
  statusText: string;
}

export interface RefillRecord {
  /**
   * null: the panel accepted the refill without naming an id ({"status":"Success"}). Shown as
   * requested; never asked about with refill_status (there is nothing to ask about).
   */
  refillId: string | null;
  requestedAt: number;
  status: RefillStatus;
  statusText: string;
  lastCheckedAt: number | null;
  /** The panel answered "Refill not found" for this id: kept and shown, not deleted. */
  missing: boolean;
}

export const ORDER_SOURCES = ['quick-order', 'mass-order', 'import'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];

export interface TrackedOrder {
  /** `${panelId}:${orderId}`: order ids are only unique within one panel. */
  key: string;
  panelId: string;
  orderId: string;
  /** null for imported orders whose service the panel's status answer does not name. */
  service: OrderServiceSnapshot | null;
  link: string | null;
  quantity: number | null;
  runs: number | null;
  interval: number | null;
  /** PanelPilot's estimate at submit time; `charge` is what the panel reports. */
  estimatedCharge: Money | null;
  createdAt: number;
  source: OrderSource;
  status: OrderStatus;
  statusText: string;
  charge: Money | null;
  currency: string | null;
  startCount: number | null;
  remains: number | null;
  lastCheckedAt: number | null;
  history: StatusChange[];
  refills: RefillRecord[];
  /** The panel calls this id unknown ("Incorrect order ID"): kept and marked, never deleted. */
  missing: boolean;
  /**
   * A drip-feed's runs or a subscription's posts, expiry and spawned orders, as the panel's
   * status answer last reported them. Absent or null: a plain order, or not reported yet
   * (orderKind() also reads `runs` and the service type). Orders stored before it existed
   * read as null.
   */
  progress?: OrderProgress | null;
}

/**
 * An `add` whose answer never arrived (timeout, dropped connection, 5xx): the panel may or may
 * not have created the order. Never resent automatically; the user checks on the panel's
 * website and then either imports the order id they found there or dismisses the attempt.
 */
export interface UnconfirmedAttempt {
  id: string;
  panelId: string;
  serviceId: string;
  serviceName: string;
  link: string | null;
  quantity: number | null;
  estimatedCharge: Money | null;
  attemptedAt: number;
  reason: string;
  /** Kept so that an attempt resolved later becomes the order that was asked for (drip-feed runs, where it came from, the service as it was then). */
  runs: number | null;
  interval: number | null;
  source: OrderSource;
  service: OrderServiceSnapshot | null;
}

export const orderKey = (panelId: string, orderId: string): string => `${panelId}:${orderId}`;
