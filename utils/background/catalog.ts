import type { MessageHandlers } from '../messaging';

// Placeholder being replaced by its owner; wired in entrypoints/background.ts.
const notYet = () => Promise.reject(new Error('not implemented yet'));

export const catalogHandlers: Pick<MessageHandlers, 'catalog.refresh'> = new Proxy({} as Pick<MessageHandlers, 'catalog.refresh'>, { get: () => notYet });
