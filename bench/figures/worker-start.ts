/**
 * Figure 8: the worker's start. Chrome starts PanelPilot's service worker again and again
 * (every alarm, every message after ~30 s idle), so what matters is how long a stopped worker
 * takes until its listeners are registered and its first alarm is handled, against an empty
 * worker (a minimal extension with one onAlarm listener) in the same browser and run.
 *
 * Per sample: every worker is stopped (DevTools `ServiceWorker.stopAllWorkers`), then the
 * extension's page creates an alarm 1 s ahead; the alarm wakes the worker. Times are from the
 * alarm's scheduled time, so they include Chrome's alarm timer and spawning the worker (the
 * same for both workers) and exclude no work of PanelPilot's. The extension's page stays
 * open, so the worker starts in a live extension process: no process launch pads both
 * sides (a tighter ratio than a cold process would give).
 *
 * Chromium is launched without Playwright (bench/lib/cdp-pipe.ts), so no debugger holds the
 * new worker at its first line.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { makeOrder } from '../../testing/orders';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { BENCH_OUT } from '../lib/build';
import { launchRawChromium, type RawBrowser } from '../lib/cdp-pipe';
import type { Row } from '../lib/figure';
import { median, round } from '../lib/stats';
import { RESULT_KEY, WAKE_ALARM, WORKER_EPILOGUE, WORKER_PRELUDE, type WorkerStartSample } from '../lib/worker-probe';

const RATIO_LIMIT = 1.25;
const PAGE = 'bench-page.html';
const STORED_ORDERS = 10_000;

/** A copy of the built extension with the probe around its worker script. */
function instrumentedCopy(productDir: string): string {
  const dir = join(BENCH_OUT, 'worker-product');
  rmSync(dir, { recursive: true, force: true });
  cpSync(productDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };
  const script = join(dir, manifest.background.service_worker);
  writeFileSync(script, WORKER_PRELUDE + readFileSync(script, 'utf8') + WORKER_EPILOGUE);
  writeFileSync(join(dir, PAGE), '<!doctype html><meta charset="utf-8"><title>bench</title>\n');
  return dir;
}

/** The floor: an MV3 extension whose worker registers one onAlarm listener and nothing else. */
function emptyExtension(): string {
  const dir = join(BENCH_OUT, 'worker-empty');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = { manifest_version: 3, name: 'Bench empty worker', version: '1.0.0', permissions: ['alarms', 'storage'], background: { service_worker: 'empty-worker.js' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'empty-worker.js'), `${WORKER_PRELUDE}chrome.alarms.onAlarm.addListener(() => {});${WORKER_EPILOGUE}`);
  writeFileSync(join(dir, PAGE), '<!doctype html><meta charset="utf-8"><title>bench</title>\n');
  return dir;
}

interface Side {
  name: 'PanelPilot' | 'empty';
  id: string;
  script: string;
  session: string;
}

async function workerTargets(browser: RawBrowser): Promise<{ url: string; targetId: string }[]> {
  const { targetInfos } = await browser.send<{ targetInfos: { type: string; url: string; targetId: string }[] }>('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'service_worker');
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function openPage(browser: RawBrowser, extensionId: string): Promise<string> {
  const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: `chrome-extension://${extensionId}/${PAGE}` });
  const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  // The new tab holds about:blank first: wait for the extension page itself.
  await until(async () => (await browser.evaluate<boolean>(sessionId, `location.protocol === 'chrome-extension:' && document.readyState === 'complete' && !!chrome.storage`).catch(() => false)), 'the bench page');
  // Only to stop workers on demand (ServiceWorker.stopAllWorkers); it attaches to none.
  await browser.send('ServiceWorker.enable', {}, sessionId);
  return sessionId;
}

/** One start: stop every worker, let an alarm wake this one, read what its probe saw. */
async function sample(browser: RawBrowser, side: Side, run: string): Promise<WorkerStartSample> {
  await browser.send('ServiceWorker.stopAllWorkers', {}, side.session);
  await until(async () => (await workerTargets(browser)).length === 0, 'the workers to stop');
  // Let the machine settle after the stop (its clean-up is not part of the next start).
  await new Promise((r) => setTimeout(r, 300));
  // Nothing is written to storage here: a storage change wakes PanelPilot's worker (it
  // watches storage), which would start it before the alarm. Each run has its own name.
  await browser.evaluate(side.session, `chrome.alarms.create(${JSON.stringify(run)}, { when: Date.now() + 1000 })`);
  let result: WorkerStartSample | undefined;
  await until(async () => {
    result = await browser.evaluate<WorkerStartSample | undefined>(side.session, `chrome.storage.session.get(${JSON.stringify(RESULT_KEY)}).then((v) => v[${JSON.stringify(RESULT_KEY)}])`);
    return result?.run === run;
    // The probe reports once the worker's own start-up reads have settled: with 10,000 stored
    // orders on a busy machine, that has taken tens of seconds.
  }, `${side.name}'s worker to handle ${run}`, 120_000);
  return result!;
}

/** Stored state of a busy account: the seed the page figures use, or 10,000 orders. */
async function seed(browser: RawBrowser, session: string, total: number): Promise<void> {
  const now = Date.now();
  const orders = [
    ...Array.from({ length: 250 }, (_, i) => makeOrder(i < 200 ? 'p1' : 'p2', String(1000 + i), { createdAt: now - i * 60_000, status: 'in_progress', statusText: 'In progress', charge: '0.9', currency: 'USD', startCount: 1200, remains: 400, lastCheckedAt: now - 30_000 })),
    ...Array.from({ length: 40 }, (_, i) => makeOrder(i < 20 ? 'p1' : 'p2', String(5000 + i), { createdAt: now - (300 + i) * 60_000, status: 'completed', statusText: 'Completed', charge: '0.9', currency: 'USD', startCount: 1200, remains: 0, lastCheckedAt: now - 30_000 })),
  ];
  const panels = ['p1', 'p2'].map((id, i) => ({ id, name: `Panel ${i + 1}`, apiUrl: `http://127.0.0.1:9/api/v2`, isDefault: i === 0, lowBalanceThreshold: null, createdAt: now }));
  const state = {
    panels,
    panelSecrets: { p1: 'bench-key-1', p2: 'bench-key-2' },
    balances: Object.fromEntries(panels.map((p) => [p.id, { last: { balance: '100.00', currency: 'USD', fetchedAt: now }, error: null }])),
    settings: { ...DEFAULT_SETTINGS, pollIntervalSec: 3600 },
  };
  await browser.evaluate(
    session,
    `(async () => {
      const state = ${JSON.stringify(state)};
      const seeded = ${JSON.stringify(orders)};
      const orders = Object.fromEntries(seeded.map((o) => [o.key, o]));
      const base = seeded[seeded.length - 1];
      const history = [{ at: 1, status: 'in_progress', statusText: 'In progress' }, { at: 2, status: 'completed', statusText: 'Completed' }];
      for (let i = seeded.length; i < ${total}; i++) {
        const key = base.panelId + ':old' + i;
        orders[key] = { ...base, key, orderId: 'old' + i, createdAt: 1, lastCheckedAt: 2, history };
      }
      await chrome.storage.local.set({ ...state, orders });
    })()`,
  );
  // The worker derives its slice and badge from the change: let that finish first.
  await new Promise((r) => setTimeout(r, 1500));
}

interface Phase {
  label: string;
  samples: Map<Side['name'], WorkerStartSample[]>;
}

async function measurePhase(browser: RawBrowser, sides: Side[], label: string, runs: number): Promise<Phase> {
  const samples = new Map<Side['name'], WorkerStartSample[]>(sides.map((s) => [s.name, []]));
  // Run 0 warms both (code cache, disk cache) and is not counted; the order alternates.
  for (let run = 0; run <= runs; run++) {
    const order = run % 2 ? sides : [...sides].reverse();
    for (const side of order) {
      const got = await sample(browser, side, `${WAKE_ALARM}-${label}-${run}`);
      if (run > 0) samples.get(side.name)!.push(got);
    }
  }
  return { label, samples };
}

const fromAlarm = (s: WorkerStartSample, at: number) => s.handledWall - s.handled + at - s.scheduled;

function phaseRows(phase: Phase, orders: string): Row[] {
  const product = phase.samples.get('PanelPilot')!;
  const empty = phase.samples.get('empty')!;
  const handled = (list: WorkerStartSample[]) => list.map((s) => fromAlarm(s, s.handled));
  const listeners = (list: WorkerStartSample[]) => list.map((s) => fromAlarm(s, s.evaluated));
  const spawn = (list: WorkerStartSample[]) => list.map((s) => fromAlarm(s, s.scriptStart));
  const evaluate = (list: WorkerStartSample[]) => list.map((s) => s.evaluated - s.scriptStart);
  const dispatch = (list: WorkerStartSample[]) => list.map((s) => s.handled - s.evaluated);
  const settled = (list: WorkerStartSample[]) => list.map((s) => s.settled - s.handled);
  const ratios = product.map((p, i) => fromAlarm(p, p.handled) / fromAlarm(empty[i]!, empty[i]!.handled));
  const m = (values: number[]) => round(median(values));
  const breakdown =
    `alarm time → script's first line ${m(spawn(product))} ms (empty ${m(spawn(empty))}): Chrome fires the alarm and starts the worker; ` +
    `evaluating the script (compile + run, listeners registered) ${m(evaluate(product))} ms (empty ${m(evaluate(empty))}); ` +
    `→ alarm at the last listener ${m(dispatch(product))} ms (empty ${m(dispatch(empty))}); ` +
    `after that, the worker's own start-up storage work (${median(product.map((s) => s.storageCalls))} calls) settles ${m(settled(product))} ms later`;
  return [
    {
      figure: '8',
      label: `Worker start ÷ empty worker, ${orders}: stopped → first alarm handled`,
      value: round(median(ratios), 2),
      unit: '×',
      target: { kind: 'max', limit: RATIO_LIMIT },
      detail: `median of ${ratios.length} alternating pairs' ratios (range ${round(Math.min(...ratios), 2)}–${round(Math.max(...ratios), 2)}); PanelPilot ${m(handled(product))} ms, empty worker ${m(handled(empty))} ms from the alarm's scheduled time; listeners registered at ${m(listeners(product))} ms (empty ${m(listeners(empty))})`,
      breakdown,
      samples: ratios.map((r) => round(r, 3)),
    },
    {
      figure: '8',
      label: `… ${orders}: stopped → start-up storage work settled`,
      value: m(product.map((s) => fromAlarm(s, s.settled))),
      unit: 'ms',
      target: null,
      detail: `median of ${product.length}; the reads and writes the worker starts by itself at every start (alarm reconcile, badge, the popup's slice…), until none is in flight for 100 ms; the empty worker makes none`,
    },
  ];
}

export async function measureWorkerStart(productDir: string, runs = 9): Promise<Row[]> {
  const dirs = [instrumentedCopy(productDir), emptyExtension()];
  const browser = await launchRawChromium(dirs);
  try {
    await browser.send('Target.setDiscoverTargets', { discover: true });
    let workers: { url: string }[] = [];
    await until(async () => (workers = await workerTargets(browser)).length >= 2, 'both workers to register');
    const sides: Side[] = [];
    for (const [name, script] of [['PanelPilot', '/background.js'], ['empty', '/empty-worker.js']] as const) {
      const url = workers.find((w) => w.url.endsWith(script))?.url;
      if (!url) throw new Error(`no worker ${script} among ${workers.map((w) => w.url).join(', ')}`);
      const id = new URL(url).host;
      sides.push({ name, id, script, session: await openPage(browser, id) });
    }
    const product = sides[0]!;
    await seed(browser, product.session, 290);
    const small = await measurePhase(browser, sides, 'small', runs);
    await seed(browser, product.session, STORED_ORDERS);
    const large = await measurePhase(browser, sides, 'large', runs);
    const gzip = gzipSync(readFileSync(join(productDir, 'background.js')), { level: 9 }).length / 1024;
    return [
      ...phaseRows(small, '290 stored orders'),
      ...phaseRows(large, `${STORED_ORDERS.toLocaleString('en-US')} stored orders`),
      {
        figure: '8',
        label: 'gzip: background (guard beside the start time)',
        value: round(gzip),
        unit: 'KB',
        target: { kind: 'max', limit: 30 },
        detail: `background.js of the production build, gzip -9; the start time above is what the size stood for (${browser.version})`,
      },
    ];
  } finally {
    await browser.close();
  }
}
