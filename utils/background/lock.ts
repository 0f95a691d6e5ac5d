/**
 * Serializes read-modify-write cycles on one storage item inside the worker. The tracker, a
 * placed order and a bulk refill can all land in the same second; without this, the last
 * writer would silently drop the others' changes. (Only the background writes these items.)
 */
const tails = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  tails.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
