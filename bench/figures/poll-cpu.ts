/**
 * Figure 6: worker CPU of one poll cycle (pure core + shell: storage read, apply, one write,
 * notifications, badge, and the worker's derived popup slice), with the panels' answers ready
 * in memory so no network wait is counted; and the storage writes each cycle makes.
 *
 * Two sizes: 1,000 active orders on 2 panels, and a power user's 10,000 active orders on 10
 * panels (target: ≤ 100 ms CPU and one storage write per cycle).
 *
 * In Node with the fake browser: reads and writes are structured copies (what chrome.storage
 * costs the worker's thread at least: in Chrome it also converts every field, see figure 8's
 * start-up reads); the time spent in them is reported apart.
 */
import { makeOrder } from '../../testing/orders';
import type { PanelProfile } from '../../utils/panels/types';
import type { Row } from '../lib/figure';
import type { NodeRunner } from '../lib/node-runner';
import { profileFiles } from '../lib/profile';
import { cpuTime, median, round } from '../lib/stats';

type Harness = typeof import('../node/poll-harness');

const CPU_LIMIT_MS = 100;

/** Each cycle of a run sees every order in the status word of its phase. */
const PHASES = [
  { name: 'in-progress', label: 'all change (Pending → In progress)', word: 'In progress', remains: '400' },
  { name: 'unchanged', label: 'nothing changed', word: 'In progress', remains: '400' },
  { name: 'completed', label: 'all complete (grouped notifications)', word: 'Completed', remains: '0' },
] as const;

interface Size {
  perPanel: number[];
  /** Target on writes per changing cycle (null: reported only). */
  writesTarget: number | null;
}

const SIZES: Size[] = [
  { perPanel: [600, 400], writesTarget: null },
  { perPanel: Array.from({ length: 10 }, () => 1000), writesTarget: 1 },
];

/** "local:liveOrders+orders+tracker+notificationLists". */
function countedList(items: string[]): string {
  if (items.length === 0) return 'nothing';
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => (n > 1 ? `${item} ×${n}` : item)).join(', ');
}

async function measureSize(harness: Harness, size: Size, runs: number): Promise<Row[]> {
  const total = size.perPanel.reduce((a, b) => a + b, 0);
  const calls = size.perPanel.reduce((n, p) => n + Math.ceil(p / 100), 0);
  const where = `${total.toLocaleString('en-US')} orders on ${size.perPanel.length} panels`;
  const panels: PanelProfile[] = size.perPanel.map((_, i) => ({ id: `p${i + 1}`, name: `Panel ${i + 1}`, apiUrl: `https://panel${i + 1}.example/api/v2`, isDefault: i === 0, lowBalanceThreshold: null, createdAt: 0 }));
  const orders = size.perPanel.flatMap((n, p) => Array.from({ length: n }, (_, i) => makeOrder(panels[p]!.id, String(100_000 * (p + 1) + i), { createdAt: 0 })));
  const byPhase = new Map(PHASES.map((p) => [p.name, p]));
  const ready = harness.readyPanels(panels, (phase, _id) => {
    const p = byPhase.get(phase as (typeof PHASES)[number]['name'])!;
    return { status: p.word, charge: '0.9', start_count: '1200', remains: p.remains, currency: 'USD' };
  });

  const cpu = new Map<string, number[]>(PHASES.map((p) => [p.name, []]));
  const wall = new Map<string, number[]>(PHASES.map((p) => [p.name, []]));
  const sets = new Map<string, number[]>(PHASES.map((p) => [p.name, []]));
  const storage = new Map<string, number[]>(PHASES.map((p) => [p.name, []]));
  const written = new Map<string, string>();
  let cold: number | null = null;
  // Run 0 warms the JIT and the answer cache; it is reported separately as "cold".
  for (let run = 0; run <= runs; run++) {
    await harness.seed(panels, {}, orders);
    await harness.watchLikeTheWorker();
    let now = 1_000_000_000;
    for (const phase of PHASES) {
      ready.setPhase(phase.name);
      now += 120_000;
      const at = now;
      const { cpuMs, wallMs, value } = await cpuTime(() => harness.cycle({ openPanels: ready.openPanels, now: () => at, notify: harness.defaultCycleDeps.notify }));
      if (value.checked !== total || value.calls !== calls) throw new Error(`cycle checked ${value.checked} orders in ${value.calls} calls`);
      if (run === 0) {
        if (phase.name === 'in-progress') cold ??= cpuMs;
        continue;
      }
      cpu.get(phase.name)!.push(cpuMs);
      wall.get(phase.name)!.push(wallMs);
      sets.get(phase.name)!.push(value.storageSets);
      storage.get(phase.name)!.push(value.storageMs.get + value.storageMs.set);
      written.set(phase.name, countedList(value.written));
    }
  }

  // One more run under the profiler (not counted above): which code the CPU goes to.
  const profiles = new Map<string, string>();
  await harness.seed(panels, {}, orders);
  await harness.watchLikeTheWorker();
  let at = 2_000_000_000;
  for (const phase of PHASES) {
    ready.setPhase(phase.name);
    at += 120_000;
    const when = at;
    const { text } = await profileFiles(() => harness.cycle({ openPanels: ready.openPanels, now: () => when, notify: harness.defaultCycleDeps.notify }));
    // The harness's structured copies stand for chrome.storage's (de)serialization.
    profiles.set(phase.name, text.replace('bench/node/poll-harness.ts', 'storage copies'));
  }

  const rows: Row[] = PHASES.map((phase) => {
    const ms = median(cpu.get(phase.name)!);
    const st = median(storage.get(phase.name)!);
    return {
      figure: '6',
      label: `Poll-cycle CPU, ${where}, ${phase.label}`,
      value: round(ms),
      unit: 'ms',
      target: { kind: 'max', limit: CPU_LIMIT_MS },
      detail: `median of ${runs} (process.cpuUsage user+sys; wall ${round(median(wall.get(phase.name)!))} ms); storage set() calls: ${sets.get(phase.name)!.join(',')}`,
      breakdown: `copying values out of and into storage (structured copies) ${round(st)} ms, the rest (tracker core, storage checks, the popup's slice, notifications, badge) ${round(ms - st)} ms; written: ${written.get(phase.name)}. ${profiles.get(phase.name)}`,
      samples: cpu.get(phase.name)!.map((n) => round(n, 2)),
    };
  });
  rows.push({
    figure: '6',
    label: `Poll-cycle CPU, ${where}, first cycle in a fresh process (cold JIT)`,
    value: cold === null ? null : round(cold),
    unit: 'ms',
    target: null,
    detail: 'one sample (run 0, all change): what a worker woken by the alarm pays on its first cycle',
  });
  const unchangedSets = sets.get('unchanged')!;
  rows.push({
    figure: '6',
    label: `Storage writes, ${where}, a cycle where nothing changed`,
    value: Math.max(...unchangedSets),
    unit: 'writes',
    target: { kind: 'exact', limit: 0 },
    detail: `storage.set() calls counted on ${runs} unchanged cycles: ${unchangedSets.join(',')}`,
    samples: unchangedSets,
  });
  for (const phase of PHASES.filter((p) => p.name !== 'unchanged')) {
    const counts = sets.get(phase.name)!;
    rows.push({
      figure: '6',
      label: `Storage writes, ${where}, a cycle where ${phase.label}`,
      value: Math.max(...counts),
      unit: 'writes',
      target: size.writesTarget === null ? null : { kind: 'exact', limit: size.writesTarget },
      detail: `storage.set() calls on ${runs} cycles: ${counts.join(',')}`,
      breakdown: `written: ${written.get(phase.name)}`,
      samples: counts,
    });
  }
  return rows;
}

export async function measurePollCpu(runner: NodeRunner, runs = 7): Promise<Row[]> {
  const harness = await runner.load<Harness>('bench/node/poll-harness.ts');
  const rows: Row[] = [];
  for (const size of SIZES) rows.push(...(await measureSize(harness, size, size.perPanel.length > 2 ? Math.max(2, Math.ceil(runs / 2)) : runs)));
  return rows;
}
