/**
 * Where the worker's evaluation goes, module by module (figure 8's "evaluating the script"
 * part), measured in Chromium without a debugger (a paused worker would time differently).
 *
 *   NODE_ENV=production PP_NO_MINIFY=1 PP_OUT_DIR=.output/eval npx wxt build
 *   npx tsx bench/worker-eval-by-module.ts .output/eval/chrome-mv3 [runs]
 *
 * The unminified bundle keeps a `// path` comment at the start of each module's top-level
 * code: a time mark goes before each one, and before each statement of the entrypoint's
 * main() (the listeners' registration). Each stretch between two marks is charged to the
 * module (or call) it begins; medians of `runs` starts woken by an alarm, after one warm-up.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_OUT } from './lib/build';
import { launchRawChromium } from './lib/cdp-pipe';
import { median } from './lib/stats';
import { RESULT_KEY, WORKER_EPILOGUE, WORKER_PRELUDE, type WorkerStartSample } from './lib/worker-probe';

const MARKS_KEY = 'benchEvalMarks';
const PAGE = 'bench-page.html';

/** Marks before each module and each call in main(); the marks reach session storage with the alarm. */
function instrument(source: string): string {
  const out: string[] = [];
  let inMain = false;
  for (const line of source.split('\n')) {
    const module = /^\t\/\/ (.*\.(?:ts|tsx|mjs|js))$/.exec(line) ?? /^\t\/\/ (\\0virtual:wxt-background-entrypoint).*$/.exec(line);
    if (module) out.push(`\t__evalMark(${JSON.stringify(module[1]!.replace(/.*node_modules\//, ''))});`);
    if (/^\t\tmain: \(\) => \{/.test(line)) inMain = true;
    const call = inMain ? /^\t\t\t([\w.]+)\((?:"([^"]*)")?/.exec(line) : null;
    if (call) out.push(`\t\t\t__evalMark(${JSON.stringify(`main(): ${call[1]}${call[2] ? ` ${call[2]}` : ''}`)});`);
    if (inMain && /^\t\t\}$/.test(line)) inMain = false;
    out.push(line);
  }
  const head = `;globalThis.__evalMarks = []; globalThis.__evalMark = (name) => globalThis.__evalMarks.push([name, performance.now()]);\n`;
  const tail = `\n;chrome.alarms.onAlarm.addListener((alarm) => { const s = chrome.storage.session; (s.__original_set ?? s.set).call(s, { ${MARKS_KEY}: { run: alarm.name, marks: globalThis.__evalMarks } }); });\n`;
  return WORKER_PRELUDE + head + out.join('\n') + WORKER_EPILOGUE + tail;
}

async function main(): Promise<void> {
  const [source, runsArg] = process.argv.slice(2);
  if (!source) throw new Error('usage: tsx bench/worker-eval-by-module.ts <unminified chrome-mv3 build> [runs]');
  const runs = Number(runsArg ?? 10);
  const dir = join(BENCH_OUT, 'worker-eval');
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };
  const script = join(dir, manifest.background.service_worker);
  const code = readFileSync(script, 'utf8');
  if (!code.includes('\t// utils/')) throw new Error(`${script} is minified: build it with PP_NO_MINIFY=1`);
  writeFileSync(script, instrument(code));
  writeFileSync(join(dir, PAGE), '<!doctype html><meta charset="utf-8"><title>bench</title>\n');

  const browser = await launchRawChromium([dir]);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    await browser.send('Target.setDiscoverTargets', { discover: true });
    let worker: { url: string } | undefined;
    for (let i = 0; i < 300 && !worker; i++) {
      const { targetInfos } = await browser.send<{ targetInfos: { type: string; url: string }[] }>('Target.getTargets');
      worker = targetInfos.find((t) => t.type === 'service_worker');
      if (!worker) await sleep(50);
    }
    if (!worker) throw new Error('the worker did not start');
    const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: `chrome-extension://${new URL(worker.url).host}/${PAGE}` });
    const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    for (let i = 0; i < 200; i++) {
      if (await browser.evaluate<boolean>(sessionId, `location.protocol === 'chrome-extension:' && !!chrome.storage`).catch(() => false)) break;
      await sleep(50);
    }
    await browser.send('ServiceWorker.enable', {}, sessionId);
    await sleep(1500);
    const stretches = new Map<string, number[]>();
    const totals: number[] = [];
    for (let run = 0; run <= runs; run++) {
      await browser.send('ServiceWorker.stopAllWorkers', {}, sessionId);
      await sleep(400);
      const name = `bench-wake-eval-${run}`;
      await browser.evaluate(sessionId, `chrome.alarms.create(${JSON.stringify(name)}, { when: Date.now() + 500 })`);
      let got: { sample?: WorkerStartSample; marks?: { run: string; marks: [string, number][] } } = {};
      for (let i = 0; i < 2400 && !(got.sample?.run === name && got.marks?.run === name); i++) {
        await sleep(25);
        got = await browser.evaluate(sessionId, `chrome.storage.session.get([${JSON.stringify(RESULT_KEY)}, ${JSON.stringify(MARKS_KEY)}]).then((v) => ({ sample: v[${JSON.stringify(RESULT_KEY)}], marks: v[${JSON.stringify(MARKS_KEY)}] }))`);
      }
      if (got.sample?.run !== name || !got.marks) throw new Error(`no result for ${name}`);
      if (run === 0) continue;
      const { sample, marks } = got as Required<typeof got>;
      totals.push(sample.evaluated - sample.scriptStart);
      let previous: [string, number] = ['(probe, runtime helpers)', sample.scriptStart];
      for (const mark of [...marks.marks, ['(end)', sample.evaluated] as [string, number]]) {
        const list = stretches.get(previous[0]) ?? stretches.set(previous[0], []).get(previous[0])!;
        list.push(mark[1] - previous[1]);
        previous = mark;
      }
    }
    const rows = [...stretches].map(([name, ms]) => ({ name, median: median(ms), mean: ms.reduce((a, b) => a + b, 0) / ms.length })).sort((a, b) => b.median - a.median || b.mean - a.mean);
    process.stdout.write(`evaluation (prelude → listeners registered), median of ${runs}: ${median(totals).toFixed(1)} ms (${browser.version})\n`);
    process.stdout.write('median ms   mean ms   module or main() call\n');
    for (const row of rows.filter((r) => r.mean >= 0.05)) process.stdout.write(`${row.median.toFixed(2).padStart(9)} ${row.mean.toFixed(2).padStart(9)}   ${row.name}\n`);
  } finally {
    await browser.close();
  }
}

await main();
