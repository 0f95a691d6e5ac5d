import type { MessageHandlers } from '../messaging';

// Placeholder being replaced by its owner; wired in entrypoints/background.ts.
const notYet = () => Promise.reject(new Error('not implemented yet'));

export const orderActionHandlers: Pick<MessageHandlers, 'order.refill' | 'order.cancel' | 'order.import' | 'order.stopTracking' | 'order.restore'> = new Proxy({} as Pick<MessageHandlers, 'order.refill' | 'order.cancel' | 'order.import' | 'order.stopTracking' | 'order.restore'>, { get: () => notYet });
