/**
 * Where a page's time goes, from Chrome's own trace (DevTools `Tracing`): the page's renderer
 * main thread between two moments, as CPU time split into script, compile, style, layout,
 * paint and commit, HTML parsing, GC and other task work, and "waiting": the rest of the
 * wall time, when the thread was not running (waiting for a file, for storage to answer, for
 * the next frame, or for a core on a busy machine).
 *
 * Self time: each trace event's thread time minus that of the events nested in it, so
 * nothing is counted twice. CPU time, not wall time, so that the split holds on a loaded
 * machine (a descheduled thread's wall time lands in "waiting").
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, any>;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'v8', 'toplevel', 'blink'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReturnAsStream' } as never);
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve as never));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export const BUCKETS = ['script', 'compile', 'style', 'layout', 'paint+commit', 'html', 'gc', 'other', 'waiting'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** First match wins: GC and compile before script (their names start with V8 too), paint before layout. */
const BY_NAME: [RegExp, Bucket][] = [
  [/GC|^BlinkGC|^ThreadState::|Oilpan/, 'gc'],
  [/compile|produceCache|consumeCache|CacheScript|deserializeOnBackground|parseOnBackground|^V8\.Parse|^v8\.parse/i, 'compile'],
  [/Paint|Commit|Compositing|Layerize|Raster|LifecyclePhase|UpdateLifecycle|BeginMainFrame|CompositeLayers|UpdateLayer|ScrollLayer|Decode/, 'paint+commit'],
  [/Style|rebuildLayoutTree|UpdateLayoutTree|CSSParser|Selector/, 'style'],
  [/Layout|ShapeText|InlineNode|^NG|TextShaper|HarfBuzz|FontCache|Intersection/, 'layout'],
  [/ParseHTML|HTMLDocumentParser|HTMLTreeBuilder/, 'html'],
  [/FunctionCall|EvaluateScript|RunMicrotasks|Microtask|TimerFire|EventDispatch|FireAnimationFrame|HandlePostMessage|ParseJSON|^V8\.|^v8\.|FireIdleCallback|XHR/, 'script'],
];

const bucketOf = (name: string): Bucket => BY_NAME.find(([re]) => re.test(name))?.[1] ?? 'other';

export interface PageThread {
  pid: number;
  tid: number;
  start: number;
}

/** The renderer main thread (pid, tid) that parsed `urlPart`, and that page's navigation start. */
export function pageThreadOf(events: TraceEvent[], urlPart: string): PageThread | null {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(urlPart) && mains.has(`${e.pid}:${e.tid}`));
  if (!parse) return null;
  // The page's time origin: any User Timing mark of it, less its startTime (Chrome 156
  // traces carry no navigationStart event).
  const mark = events.find((e) => e.pid === parse.pid && e.cat === 'blink.user_timing' && e.ts >= parse.ts && typeof e.args?.data?.startTime === 'number');
  const start = mark ? mark.ts - mark.args!.data.startTime * 1000 : parse.ts;
  return { pid: parse.pid, tid: parse.tid, start };
}

/** The thread a User Timing mark named `name` was made on (a page's main thread, for a trace started after its load). */
export function markedThread(events: TraceEvent[], name: string): PageThread | null {
  const mark = events.find((e) => e.name === name && e.cat === 'blink.user_timing');
  return mark ? { pid: mark.pid, tid: mark.tid, start: mark.ts } : null;
}

/** The first user-timing mark named `name` on that thread's process, at or after `from` (µs). */
export function markTime(events: TraceEvent[], pid: number, name: string, from = 0): number | null {
  const mark = events.filter((e) => e.name === name && e.pid === pid && e.ts >= from).sort((a, b) => a.ts - b.ts)[0];
  return mark ? mark.ts : null;
}

/** Milliseconds per bucket on one thread within [from, to] (µs). */
export function breakdown(events: TraceEvent[], pid: number, tid: number, from: number, to: number): Record<Bucket, number> {
  // Complete events (X), plus B/E pairs made complete. `cpu` is the thread's CPU time in the
  // event (trace `tdur`; wall time where the trace has none).
  const spans: { name: string; ts: number; end: number; cpu: number }[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    const tdur = (e as { tdur?: number }).tdur;
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, ts: e.ts, end: e.ts + e.dur, cpu: tdur ?? e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const i = open.map((o) => o.name).lastIndexOf(e.name);
      const b = i >= 0 ? open.splice(i, 1)[0]! : open.pop();
      if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts, cpu: e.ts - b.ts });
    }
  }
  // Clip to the window (an event cut in part keeps that part of its CPU time).
  const clipped = spans
    .map((s) => {
      const ts = Math.max(s.ts, from);
      const end = Math.min(s.end, to);
      const whole = s.end - s.ts;
      return { name: s.name, ts, end, cpu: whole > 0 ? (s.cpu * (end - ts)) / whole : 0 };
    })
    .filter((s) => s.end > s.ts)
    .sort((a, b) => a.ts - b.ts || b.end - a.end);
  const totals = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  const stack: { name: string; ts: number; end: number; cpu: number; child: number }[] = [];
  let running = 0;
  const close = (span: (typeof stack)[number]) => {
    totals[bucketOf(span.name)] += Math.max(0, span.cpu - span.child);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += span.cpu;
    else running += span.cpu;
  };
  for (const span of clipped) {
    while (stack.length && stack[stack.length - 1]!.end <= span.ts) close(stack.pop()!);
    // A span that outlives its parent (clock skew in the trace) is cut at the parent's end.
    const parent = stack[stack.length - 1];
    const end = parent ? Math.min(span.end, parent.end) : span.end;
    stack.push({ ...span, end, child: 0 });
  }
  while (stack.length) close(stack.pop()!);
  totals.waiting = Math.max(0, to - from - running);
  for (const b of BUCKETS) totals[b] /= 1000;
  return totals;
}

/** The page's main-thread breakdown from its navigation start to the mark `endMark`. */
export function pageBreakdown(events: TraceEvent[], urlPart: string, endMark: string): { total: number; parts: Record<Bucket, number> } | null {
  const thread = pageThreadOf(events, urlPart);
  if (!thread) return null;
  const end = markTime(events, thread.pid, endMark, thread.start);
  if (end === null) return null;
  return { total: (end - thread.start) / 1000, parts: breakdown(events, thread.pid, thread.tid, thread.start, end) };
}

/** Medians per bucket over several traced loads, as "script 12.1, style 3.0, …" (ms). */
export function describeBreakdowns(list: { total: number; parts: Record<Bucket, number> }[]): string {
  if (list.length === 0) return 'no trace';
  const med = (values: number[]) => {
    const s = [...values].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const total = med(list.map((l) => l.total));
  const parts = BUCKETS.map((b) => [b, med(list.map((l) => l.parts[b]))] as const).filter(([, ms]) => ms >= 0.1);
  return `${total.toFixed(1)} ms = ${parts.map(([b, ms]) => `${b} ${ms.toFixed(1)}`).join(', ')}`;
}

/**
 * Interactions: the main thread's work for each `eventType` dispatch (e.g. every keydown),
 * from the dispatch to the end of the first frame committed after it (handlers, render,
 * style, layout, paint, commit), averaged over the dispatches, by bucket. The time between
 * that frame and the next interaction (the test driver finding the next element) is not
 * counted, nor waiting.
 */
export function windowBreakdown(events: TraceEvent[], thread: PageThread, eventType: string, expected: number): { total: number; parts: Record<Bucket, number> } {
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const starts = mine
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === eventType)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const commits = mine
    .filter((e) => e.name === 'Commit' && e.ph === 'X')
    .map((e) => e.ts + (e.dur ?? 0))
    .sort((a, b) => a - b);
  const sum = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  starts.forEach((from, i) => {
    const next = starts[i + 1] ?? Number.POSITIVE_INFINITY;
    const frame = commits.find((c) => c > from);
    const to = Math.min(frame ?? from + 100_000, next);
    const parts = breakdown(events, thread.pid, thread.tid, from, to);
    for (const b of BUCKETS) if (b !== 'waiting') sum[b] += parts[b];
  });
  const n = Math.max(1, starts.length || expected);
  for (const b of BUCKETS) sum[b] /= n;
  sum.waiting = 0;
  return { total: BUCKETS.reduce((t, b) => t + sum[b], 0), parts: sum };
}
