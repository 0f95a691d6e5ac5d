/**
 * A page's first storage read, started before its modules have loaded.
 *
 * Why: an extension page's module graph takes ~20 ms to arrive and run, and the storage read
 * that follows takes ~15 ms more; the popup paints nothing useful until both are done. The
 * popup and the quick-order page start their reads from a tiny classic script in their head
 * (entrypoints/popup-early.ts, entrypoints/quick-order-early.ts), which runs while the page's
 * own code is still arriving and being compiled; the page's hydration then takes that answer
 * instead of asking again. Changes that land between this read and the page's own watchers are folded in, so
 * the early answer is never older than a late one would have been.
 *
 * It uses the raw extension namespace, not the polyfill: the whole point is to run before
 * any module (the polyfill among them) is loaded. Both Chrome MV3 and Firefox return a
 * promise from storage.*.get.
 */

/** Storage keys as WXT names them: `local:orders`, `session:pendingQuickOrder`. */
export type EarlyKey = `local:${string}` | `session:${string}`;

interface EarlyRead {
  /** Keys read early and not yet handed to a reader. */
  untaken: Set<string>;
  /** Raw stored values by WXT key; undefined when absent. */
  values: Promise<Record<string, unknown>>;
}

type Area = 'local' | 'session';
export interface RawStorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}
export interface RawExtensionApi {
  storage: {
    local: RawStorageArea;
    session?: RawStorageArea;
    onChanged: {
      addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

const HOLDER = '__panelpilotEarlyRead';

/** `browser` (Firefox) or `chrome`: no polyfill, which is not loaded yet. */
export function rawApi(): RawExtensionApi {
  const g = globalThis as unknown as { browser?: RawExtensionApi; chrome?: RawExtensionApi };
  return (g.browser?.storage ? g.browser : g.chrome)!;
}

/** Starts reading `keys` now; `takeEarlyRead` hands the answer to the page once. */
export function startEarlyRead(keys: readonly EarlyKey[]): void {
  const api = rawApi();
  const changed = new Map<string, unknown>();
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    for (const [name, change] of Object.entries(changes)) changed.set(`${area}:${name}`, change.newValue);
  };
  api.storage.onChanged.addListener(onChanged);
  const byArea = new Map<Area, string[]>();
  for (const key of keys) {
    const [area, name] = key.split(/:(.*)/s) as [Area, string];
    byArea.set(area, [...(byArea.get(area) ?? []), name]);
  }
  const values = Promise.all(
    [...byArea].map(async ([area, names]) => {
      const got = (await api.storage[area]?.get(names)) ?? {};
      return names.map((name) => [`${area}:${name}`, got[name]] as const);
    }),
  ).then(
    (lists) => {
      api.storage.onChanged.removeListener(onChanged);
      const result: Record<string, unknown> = Object.fromEntries(lists.flat());
      for (const [key, value] of changed) if (key in result) result[key] = value;
      return result;
    },
    (error: unknown) => {
      api.storage.onChanged.removeListener(onChanged);
      throw error;
    },
  );
  // A failed early read is not an error of its own: the page reads again the normal way.
  values.catch(() => undefined);
  (globalThis as unknown as Record<string, EarlyRead>)[HOLDER] = { untaken: new Set(keys), values };
}

/**
 * The early answer for `keys`; null when some key was not read early (or was already taken),
 * so the caller reads storage itself. Each key is handed out once: a later read must be fresh.
 */
export function takeEarlyRead(keys: readonly string[]): Promise<Record<string, unknown>> | null {
  const early = (globalThis as unknown as Record<string, EarlyRead | undefined>)[HOLDER];
  if (!early || !keys.every((key) => early.untaken.has(key))) return null;
  for (const key of keys) early.untaken.delete(key);
  return early.values;
}
