/**
 * The instrumentation the worker-start figure adds to both service workers (PanelPilot's and
 * an empty one), so both are timed by the same code:
 *
 * - PRELUDE, the first statement of the script: notes when evaluation began, and counts the
 *   storage calls in flight (to see when the worker's own start-up reads have settled).
 * - EPILOGUE, the last statement: notes "listeners registered" (the worker's listeners are
 *   all added synchronously during evaluation), and adds the LAST onAlarm listener, which runs
 *   after the worker's own: the bench's alarm has then reached every listener ("handled").
 *   It waits until no storage call has been in flight for 100 ms, then writes what it saw to
 *   session storage, where the bench's page reads it.
 */

export const WAKE_ALARM = 'bench-wake';
export const RESULT_KEY = 'benchWorkerStart';

export interface WorkerStartSample {
  run: string;
  /** alarm.scheduledTime and Date.now() when the last listener ran (epoch ms). */
  scheduled: number;
  handledWall: number;
  /** ms since the worker's time origin (performance.now()). */
  scriptStart: number;
  evaluated: number;
  handled: number;
  /** The last storage call of the start-up settled (= handled when none was made). */
  settled: number;
  storageCalls: number;
}

function prelude(): void {
  const g = globalThis as unknown as { __benchWorker: Record<string, unknown>; chrome: any };
  const probe: Record<string, unknown> = { scriptStart: performance.now(), inFlight: 0, lastSettled: 0, calls: 0 };
  g.__benchWorker = probe;
  const areas = [g.chrome?.storage?.local, g.chrome?.storage?.session];
  for (const area of areas) {
    if (!area) continue;
    for (const method of ['get', 'set', 'remove']) {
      const original = area[method];
      if (typeof original !== 'function') continue;
      try {
        area[method] = function (...args: unknown[]) {
          (probe.inFlight as number)++;
          (probe.calls as number)++;
          const done = () => {
            (probe.inFlight as number)--;
            probe.lastSettled = performance.now();
          };
          const last = args[args.length - 1];
          if (typeof last === 'function') {
            args[args.length - 1] = (...out: unknown[]) => {
              done();
              return (last as (...a: unknown[]) => unknown)(...out);
            };
            return original.apply(this, args);
          }
          const result = original.apply(this, args);
          Promise.resolve(result).then(done, done);
          return result;
        };
        area[`__original_${method}`] = original;
      } catch {
        // Not writable here: the settle time will read as "no calls".
      }
    }
  }
}

function epilogue(wakeAlarm: string, resultKey: string): void {
  const g = globalThis as unknown as { __benchWorker: Record<string, number>; chrome: any };
  // Set by the prelude: every field is there.
  const probe_ = g.__benchWorker as Record<'scriptStart' | 'inFlight' | 'lastSettled' | 'calls' | 'evaluated', number>;
  const probe = probe_;
  probe.evaluated = performance.now();
  g.chrome.alarms.onAlarm.addListener((alarm: { name: string; scheduledTime: number }) => {
    if (!alarm.name.startsWith(wakeAlarm)) return;
    const handled = performance.now();
    const handledWall = Date.now();
    const started = performance.now();
    const poll = () => {
      const quiet = probe.inFlight === 0 && performance.now() - Math.max(probe.lastSettled, handled) >= 100;
      if (!quiet && performance.now() - started < 90_000) return void setTimeout(poll, 10);
      const sample = {
        run: alarm.name,
        scheduled: alarm.scheduledTime,
        handledWall,
        scriptStart: probe.scriptStart,
        evaluated: probe.evaluated,
        handled,
        settled: Math.max(handled, probe.lastSettled),
        storageCalls: probe.calls,
      };
      const session = g.chrome.storage.session;
      (session.__original_set ?? session.set).call(session, { [resultKey]: sample });
    };
    poll();
  });
}

/** The source to put first and last in a worker script (classic script, top level). */
/** tsx may wrap named functions in `__name(…)`: each snippet gets a local no-op one. */
export const WORKER_PRELUDE = `;(() => { var __name = (f) => f; (${prelude.toString()})(); })();\n`;
export const WORKER_EPILOGUE = `\n;(() => { var __name = (f) => f; (${epilogue.toString()})(${JSON.stringify(WAKE_ALARM)}, ${JSON.stringify(RESULT_KEY)}); })();\n`;
