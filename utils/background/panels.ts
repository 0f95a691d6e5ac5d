import type { MessageHandlers } from '../messaging';

// Placeholder being replaced by its owner; wired in entrypoints/background.ts.
const notYet = () => Promise.reject(new Error('not implemented yet'));

export const panelHandlers: Pick<MessageHandlers, 'panel.save' | 'panel.remove' | 'panel.setDefault' | 'balance.refresh'> = new Proxy({} as Pick<MessageHandlers, 'panel.save' | 'panel.remove' | 'panel.setDefault' | 'balance.refresh'>, { get: () => notYet });
