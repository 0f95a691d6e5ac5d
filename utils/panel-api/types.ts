/**
 * The internal model every panel answer is normalized into. Panels drift (ids as numbers or
 * strings, numbers as strings, capitalised keys, wrappers, odd status words); nothing outside
 * `utils/panel-api/` ever sees a raw answer.
 */
import type { Money } from '../money';
import type { PanelError } from './errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: PanelError };

/** Where and how to reach one panel. The key never leaves the background. */
export interface PanelConnection {
  apiUrl: string;
  apiKey: string;
}

/** Service types documented by API v2 panels; any other string is kept as is. */
export const KNOWN_SERVICE_TYPES = [
  'Default', // i18n-exempt: the API's own type name
  'Package', // i18n-exempt: the API's own type name
  'SEO',
  'Custom Comments', // i18n-exempt: the API's own type name
  'Custom Comments Package', // i18n-exempt: the API's own type name
  'Mentions', // i18n-exempt: the API's own type name
  'Mentions with Hashtags', // i18n-exempt: the API's own type name
  'Mentions Custom List', // i18n-exempt: the API's own type name
  'Mentions Hashtag', // i18n-exempt: the API's own type name
  'Mentions User Followers', // i18n-exempt: the API's own type name
  'Mentions Media Likers', // i18n-exempt: the API's own type name
  'Comment Likes', // i18n-exempt: the API's own type name
  'Poll', // i18n-exempt: the API's own type name
  'Comment Replies', // i18n-exempt: the API's own type name
  'Invites from Groups', // i18n-exempt: the API's own type name
  'Subscriptions', // i18n-exempt: the API's own type name
  'Web Traffic', // i18n-exempt: the API's own type name
] as const;

export interface Service {
  id: string;
  name: string;
  /** The panel's type string, trimmed; see KNOWN_SERVICE_TYPES. */
  type: string;
  category: string;
  /** Price per 1000 units in the panel's currency. */
  rate: Money;
  min: number;
  max: number;
  /** Quantity step where the panel gives one. */
  step?: number;
  /** null = the panel did not say (older panels omit these flags): unknown, not false. */
  refill: boolean | null;
  cancel: boolean | null;
  dripfeed: boolean | null;
  description?: string;
  averageDelivery?: string;
  /**
   * The service's own currency, when its object states one that may differ from the balance's
   * (panels that sell in several currencies). Absent: the panel's (balance) currency.
   */
  currency?: string;
}

/** The closed set orders are tracked in; the panel's own word is kept beside it for display. */
export const ORDER_STATUSES = [
  'pending',
  'in_progress',
  'processing',
  'paused', // a subscription on hold
  'completed',
  'partial',
  'canceled',
  'refunded',
  'failed',
  'expired', // a subscription that ran out: finished, but not "completed"
  'unknown',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** What a status answer can describe: a plain order, a drip-feed (runs) or a subscription (posts). */
export const ORDER_KINDS = ['order', 'drip_feed', 'subscription'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

/** How many of the orders a drip-feed or subscription spawned are kept (the latest). */
export const CHILD_ORDERS_KEPT = 100;

/** What a drip-feed (`{status, runs, orders}`) or subscription (`{status, posts, orders, expiry}`) answer adds. */
export interface OrderProgress {
  kind: Exclude<OrderKind, 'order'>;
  /** Drip-feed: the runs the panel reports (its `runs`); null when it did not say. */
  runsDone: number | null;
  /** Subscription: the posts the panel reports (its `posts`); null when it did not say. */
  postsDone: number | null;
  /** The orders the panel created for the runs or posts, as it lists them (the latest CHILD_ORDERS_KEPT). */
  childOrders: string[];
  /** How many it listed in all. */
  childOrderCount: number;
  /** Subscription end, as the panel wrote it. */
  expiry: string | null;
}

export interface OrderStatusInfo {
  status: OrderStatus;
  /** The panel's own word ("In progress", "Inprogress", "Awaiting" …), shown to the user. */
  statusText: string;
  charge: Money | null;
  startCount: number | null;
  /** Negative when the panel delivered more than ordered. */
  remains: number | null;
  currency: string | null;
  /** Only for drip-feed and subscription answers. */
  progress?: OrderProgress;
}

export const REFILL_STATUSES = ['pending', 'in_progress', 'completed', 'rejected', 'failed', 'unknown'] as const;
export type RefillStatus = (typeof REFILL_STATUSES)[number];

export interface RefillStatusInfo {
  status: RefillStatus;
  statusText: string;
}

export interface Balance {
  /** null: the panel's figure cannot be read without guessing ("12,500"); `text` has it. */
  balance: Money | null;
  /** null: the panel did not say ("currency not stated"). Never assumed. */
  currency: string | null;
  /** The balance as the panel wrote it ("1 234,56 ₽"), shown when `balance` is null. */
  text: string;
}

/** A refill the panel accepted. `refillId` null: it did not name one, so it cannot be tracked. */
export interface RefillRequest {
  refillId: string | null;
}

/**
 * Answers of the batch forms (`orders=`, `refills=`): one result per id the panel answered,
 * per-item errors included (an unknown id is a per-item `not_found`, not a failed batch).
 * Ids in a batch that failed as a whole (HTTP 500, HTML page, timeout …) are absent from
 * `items`; the batch's error is in `failures`. After an auth or rate-limit failure the
 * remaining batches are not sent.
 */
export interface BatchResult<T> {
  items: Record<string, Result<T>>;
  failures: PanelError[];
  /** How many HTTP requests were made. */
  calls: number;
}

/**
 * Fields of `add` besides `service`, as the panel names them. Which ones a type needs is
 * declared in `utils/orders/service-types.ts`; the client sends every field that is set.
 */
export interface AddOrderFields {
  link?: string;
  quantity?: number;
  runs?: number;
  interval?: number;
  keywords?: string;
  comments?: string;
  usernames?: string;
  hashtags?: string;
  hashtag?: string;
  username?: string;
  media?: string;
  answer_number?: string;
  groups?: string;
  min?: number;
  max?: number;
  posts?: number;
  old_posts?: number;
  delay?: number;
  expiry?: string;
  country?: string;
  device?: string;
  type_of_traffic?: string;
  google_keyword?: string;
  referring_url?: string;
}

export interface PanelClient {
  services(): Promise<Result<Service[]>>;
  add(serviceId: string, fields: AddOrderFields): Promise<Result<{ orderId: string }>>;
  status(orderId: string): Promise<Result<OrderStatusInfo>>;
  /** Any number of ids: sent in batches of ≤ 100, merged back. */
  statuses(orderIds: readonly string[]): Promise<BatchResult<OrderStatusInfo>>;
  refill(orderId: string): Promise<Result<RefillRequest>>;
  /** Keyed by order id. */
  refills(orderIds: readonly string[]): Promise<BatchResult<RefillRequest>>;
  refillStatus(refillId: string): Promise<Result<RefillStatusInfo>>;
  /** Keyed by refill id. */
  refillStatuses(refillIds: readonly string[]): Promise<BatchResult<RefillStatusInfo>>;
  /** Keyed by order id; `true` means "cancel requested" (the order's later status tells). */
  cancel(orderIds: readonly string[]): Promise<BatchResult<true>>;
  balance(): Promise<Result<Balance>>;
}
