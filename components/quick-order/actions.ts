import type { MessageOut, PlaceOrderInput, PlaceOrderOutcome } from '@/utils/messaging';
import type { DuplicateHit } from '@/utils/orders/duplicates';
import type { TrackedOrder } from '@/utils/orders/types';
import type { CachedCatalog } from '@/utils/storage';

/** What the quick-order page asks of storage and the background (wired in entrypoints/quick-order-app.tsx). */
export interface QuickOrderActions {
  place: (input: PlaceOrderInput) => Promise<PlaceOrderOutcome>;
  /** The background's duplicate-link check (orders running, unconfirmed or in flight on the panel). */
  duplicates: (panelId: string, links: (string | null)[]) => Promise<(DuplicateHit | null)[]>;
  openOrder: (key: string) => void;
  openOrders: () => void;
  /** A panel's cached catalog; null before its first fetch. */
  readCatalog: (panelId: string) => Promise<CachedCatalog | null>;
  /** The background fetches and stores the panel's catalog now; read it again after. */
  refreshCatalog: (panelId: string) => Promise<MessageOut<'catalog.refresh'>>;
  /** The tracked orders as stored ("Your record", "Order the remaining N"; read once per page open by page-orders.ts). */
  readOrders: () => Promise<Record<string, TrackedOrder>>;
  /** "Pin service": its catalog changes are listed even if it is never ordered. */
  pin: (panelId: string, serviceId: string, pinned: boolean) => Promise<unknown>;
}

/** The catalog reads of the page, for useCatalog and ComparePanels. */
export type CatalogActions = Pick<QuickOrderActions, 'readCatalog' | 'refreshCatalog'>;
