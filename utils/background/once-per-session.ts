/**
 * Work a worker start needs once per browser session, not at every wake: Chrome stops an idle
 * worker after 30 s and starts it again for every alarm and message, and checking every
 * stored item (10,000 orders among them) at each of those starts cost seconds. Session storage
 * is emptied when the browser closes and when the extension is updated or reloaded, so the
 * work runs again after each of those. The flag is set only once the work is done: a worker
 * killed halfway does it again at its next start.
 */
import { storage } from 'wxt/utils/storage';

/** Runs `work` unless it already completed in this browser session. */
export async function oncePerSession(name: string, work: () => Promise<void>): Promise<void> {
  const key = `session:done:${name}` as const;
  if (await storage.getItem<boolean>(key)) return;
  await work();
  await storage.setItem(key, true);
}
