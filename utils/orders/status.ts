/** What a status means for PanelPilot: finished or not, refill allowed, its label. */
import type { MessageKey } from '../i18n/keys';
import { t } from '../i18n/messages';
import type { OrderStatus, RefillStatus } from '../panel-api/types';

const FINISHED_ORDER: ReadonlySet<OrderStatus> = new Set(['completed', 'partial', 'canceled', 'refunded', 'failed', 'expired']);
const FINISHED_REFILL: ReadonlySet<RefillStatus> = new Set(['completed', 'rejected', 'failed']);

/** Finished orders are no longer polled. `unknown` and `paused` are not finished: we keep asking. */
export const isOrderFinished = (status: OrderStatus): boolean => FINISHED_ORDER.has(status);
export const isRefillFinished = (status: RefillStatus): boolean => FINISHED_REFILL.has(status);

/** Refill is only offered on finished orders that delivered something. */
export const canRequestRefill = (status: OrderStatus): boolean => status === 'completed' || status === 'partial';

const ORDER_STATUS_LABEL: Record<OrderStatus, MessageKey> = {
  pending: 'orders_statusPending',
  in_progress: 'orders_statusInProgress',
  processing: 'orders_statusProcessing',
  paused: 'orders_statusPaused',
  completed: 'orders_statusCompleted',
  partial: 'orders_statusPartial',
  canceled: 'orders_statusCanceled',
  refunded: 'orders_statusRefunded',
  failed: 'orders_statusFailed',
  expired: 'orders_statusExpired',
  unknown: 'orders_statusUnknown',
};

/** PanelPilot's own name for a status it understood (the panel's own word is shown as sent elsewhere). */
export const orderStatusLabel = (status: OrderStatus): string => t(ORDER_STATUS_LABEL[status]);
