import type { MessageHandlers } from '../messaging';

// Placeholder being replaced by its owner; wired in entrypoints/background.ts.
const notYet = () => Promise.reject(new Error('not implemented yet'));

export const placeOrderHandlers: Pick<MessageHandlers, 'order.place' | 'unconfirmed.resolve'> = new Proxy({} as Pick<MessageHandlers, 'order.place' | 'unconfirmed.resolve'>, { get: () => notYet });
