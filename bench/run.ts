/**
 * `npm run bench`: measures the product's timing and size goals and prints one table
 * (value, target, pass/fail), written also to bench/results/ as JSON and markdown; a full
 * run also writes it into the README's Performance section (bench/lib/readme.ts).
 *
 * Time targets are ratios to a floor measured side by side in the same run (a blank
 * extension page, an empty service worker) or one frame (16.7 ms): the machine is shared and
 * absolute times move with its load, which every report states.
 *
 * It always exits 0 when every measurement ran, whether targets were met or not (the bench
 * reports, it does not gate); it exits 1 when a measurement itself failed.
 *
 *   npm run bench                  build both extension builds, measure everything
 *   npm run bench -- --skip-build  reuse .output/bench/* when present
 *   npm run bench -- --only=1,6    only some figures (numbers as in the table)
 *   npm run bench -- --quick       fewer repetitions (for iterating on the bench itself)
 *   npm run bench -- --no-readme   leave the README alone even on a full run
 *   npm run bench -- --no-open     figure 9: only the interactions (its open figure is long)
 */
import { execSync } from 'node:child_process';
import { cpus, loadavg, release, type } from 'node:os';
import { measureBundleSizes } from './figures/bundle-size';
import { measureOrdersPage } from './figures/orders-page';
import { measureWorkerStart } from './figures/worker-start';
import { updateReadme } from './lib/readme';
import { measureCatalogIndex } from './figures/catalog-index';
import { measurePollCalls } from './figures/poll-calls';
import { measurePollCpu } from './figures/poll-cpu';
import { measurePopupRender, measurePopupWithManyOrders } from './figures/popup-render';
import { measureQuickOrderOpen } from './figures/quick-order-open';
import { measureSearchInBrowser } from './figures/search-browser';
import { measureSearchKeystrokes } from './figures/search-keystroke';
import { launchExtension, type ExtensionSession } from './lib/browser';
import { buildExtension } from './lib/build';
import type { Row } from './lib/figure';
import { ROOT, startNodeRunner, type NodeRunner } from './lib/node-runner';
import { printTable, writeResults, type Report } from './lib/report';
import { seedExtension } from './lib/seed-extension';

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wants = (figure: string) => !only || only.includes(figure);
const reps = (full: number) => (quick ? Math.max(2, Math.ceil(full / 3)) : full);

const rows: Row[] = [];
/** The machine's load when the run began (1, 5, 15 min averages); the report adds the end's. */
const loadAtStart = loadavg().map((n) => n.toFixed(2)).join(' ');

/** Runs one measurement; a crash becomes an ERROR row (and exit code 1), not an abort. */
async function figure(number: string, label: string, measure: () => Row[] | Promise<Row[]>): Promise<void> {
  if (!wants(number)) return;
  process.stdout.write(`· ${number}. ${label}…\n`);
  try {
    rows.push(...(await measure()));
  } catch (error) {
    rows.push({ figure: number, label, value: null, unit: '', target: null, detail: '', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

function commit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain', { cwd: ROOT, encoding: 'utf8' }).trim() ? '+changes' : '';
    return sha + dirty;
  } catch {
    return 'unknown';
  }
}

let chromiumVersion = 'not launched';

async function main(): Promise<number> {
  // Node figures first: they need no build.
  let runner: NodeRunner | null = null;
  const nodeRunner = async () => (runner ??= await startNodeRunner());
  try {
    await figure('1', 'Status calls per poll cycle', async () => measurePollCalls(await nodeRunner(), reps(5)));
    await figure('6', 'Poll-cycle CPU and writes', async () => measurePollCpu(await nodeRunner(), reps(9)));
  } finally {
    await (runner as NodeRunner | null)?.close();
  }
  await figure('5', 'Catalog parse + index', () => measureCatalogIndex(reps(9)));
  await figure('4', 'Search keystrokes (Node)', () => measureSearchKeystrokes(reps(5)));

  if (wants('2') || wants('3') || wants('4') || wants('9')) {
    let session: ExtensionSession | null = null;
    let sims: { close(): Promise<void> }[] = [];
    try {
      await figure('2', 'Popup first render vs blank page', async () => (await measurePopupRender((session ??= await startBrowser()), reps(15))).rows);
      // Apart: its slow fallback (every stored order, no view) may time out on a loaded
      // machine, and must not take the figure's own rows with it.
      await figure('2', 'Popup with 10,000 stored orders', async () => measurePopupWithManyOrders((session ??= await startBrowser()), reps(7)));
      await figure('3', 'Quick-order open', async () => measureQuickOrderOpen((session ??= await startBrowser()), reps(7)));
      await figure('4', 'Search keystrokes (browser)', async () => measureSearchInBrowser((session ??= await startBrowser()), reps(3)));
      // Last in this browser: it adds 10,000 orders (and removes them after).
      await figure('9', 'Orders page with 10,000 orders', async () => measureOrdersPage((session ??= await startBrowser()), reps(7), quick ? 1 : 3, quick ? 1 : 3, !args.includes('--no-open')));
    } finally {
      await (session as ExtensionSession | null)?.close();
      await Promise.all(sims.map((s) => s.close()));
    }
    async function startBrowser(): Promise<ExtensionSession> {
      process.stdout.write('  building the e2e extension and launching Chromium…\n');
      const started = await launchExtension(buildExtension('e2e', skipBuild));
      chromiumVersion = started.chromiumVersion;
      const seeded = await seedExtension(started);
      sims = seeded.sims;
      return started;
    }
  }

  // Its own browser, after the other one closed: nothing else runs while workers start.
  await figure('8', 'Worker start vs an empty worker', () => measureWorkerStart(buildExtension('production', skipBuild), reps(9)));
  await figure('7', 'Bundle sizes (production build)', () => measureBundleSizes(buildExtension('production', true)));

  rows.sort((a, b) => Number(a.figure) - Number(b.figure));
  const report: Report = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      chromium: chromiumVersion,
      os: `${type()} ${release()}`,
      load: `${loadAtStart} at the start, ${loadavg().map((n) => n.toFixed(2)).join(' ')} at the end`,
    },
    rows,
    note: `Times are medians of repeated runs after a warm-up (cold first runs in the details)${quick ? ', --quick: fewer repetitions' : ''}. Timings are noisy on a busy machine: compare on a quiet one.`,
  };
  printTable(report);
  const files = writeResults(report);
  console.log(`\nWritten: ${files.map((f) => f.slice(ROOT.length)).join(', ')} (and latest.json/latest.md)`);
  const full = !only && !quick && !args.includes('--no-readme') && !args.includes('--no-open') && !rows.some((r) => r.error);
  if (full && updateReadme(report)) console.log('README.md: Performance table rewritten from this run.');
  return rows.some((r) => r.error) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
