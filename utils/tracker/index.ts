import type { MessageHandlers } from '../messaging';

// Placeholder being replaced by its owner (the order tracker).
export const trackerHandlers: Pick<MessageHandlers, 'tracker.checkNow'> = {
  'tracker.checkNow': () => Promise.reject(new Error('not implemented yet')),
};

/** Registers the tracker's listeners (alarms, notification clicks) synchronously. */
export function registerTracker(): void {}
