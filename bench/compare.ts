/**
 * `npx tsx bench/compare.ts <e2e build dir> <e2e build dir> [...]`: figure 4's keystrokes in
 * the page and figure 9's interactions (`--open`: figure 3's quick-order open instead), for several builds side by side (e.g. the main
 * branch's and a change's, each built with `wxt build --mode e2e` into its own folder), each
 * in its own browser, their rounds alternating so that the machine's load falls on all alike.
 * On a shared machine only such a comparison says whether a change made the page faster.
 */
import { measureOrdersPage } from './figures/orders-page';
import { measureQuickOrderOpen } from './figures/quick-order-open';
import { measureSearchInBrowser } from './figures/search-browser';
import { launchExtension, type ExtensionSession } from './lib/browser';
import type { Row } from './lib/figure';
import { seedExtension } from './lib/seed-extension';
import { loadavg } from 'node:os';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const quickOrderOpen = process.argv.includes('--open');
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 2);
if (dirs.length < 2) throw new Error('usage: npx tsx bench/compare.ts <e2e build dir> <e2e build dir> [...] [--rounds=N] [--open]');

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

async function main(): Promise<void> {
  console.log(`load average ${load()} at the start`);
  const builds: { dir: string; session: ExtensionSession; sims: { close(): Promise<void> }[]; rows: Row[] }[] = [];
  try {
    for (const dir of dirs) {
      const session = await launchExtension(dir);
      const { sims } = await seedExtension(session);
      builds.push({ dir, session, sims, rows: [] });
    }
    for (let r = 0; r < rounds; r++) {
      // Alternating who goes first, round by round.
      const order = r % 2 ? [...builds].reverse() : builds;
      if (quickOrderOpen) {
        for (const b of order) b.rows.push(...(await measureQuickOrderOpen(b.session, 3, 1)));
      } else {
        for (const b of order) b.rows.push(...(await measureSearchInBrowser(b.session, 1)));
        for (const b of order) b.rows.push(...(await measureOrdersPage(b.session, 1, 1, 1, false)));
      }
      console.log(`round ${r + 1} of ${rounds} done, load average ${load()}`);
    }
    for (const b of builds) {
      console.log(`\n${b.dir}`);
      const labels = [...new Set(b.rows.map((row) => row.label))];
      for (const label of labels) {
        const rows = b.rows.filter((row) => row.label === label);
        const cpu = rows.map((row) => /CPU[^:]*: ([\d.]+ ms = [^;]*)/.exec(row.breakdown ?? '')?.[1] ?? '');
        if (quickOrderOpen) {
          console.log(`  ${label}: ratio per round ${rows.map((row) => row.value).join(', ')}×`);
          for (const row of rows) console.log(`    ${row.detail}\n    ${row.breakdown}`);
          continue;
        }
        console.log(`  ${label}: p95 per round ${rows.map((row) => row.value).join(', ')} ms; CPU per interaction per round: ${cpu.filter(Boolean).join(' | ') || '—'}`);
      }
    }
    console.log(`\nload average ${load()} at the end`);
  } finally {
    for (const b of builds) {
      await b.session.close();
      await Promise.all(b.sims.map((s) => s.close()));
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
