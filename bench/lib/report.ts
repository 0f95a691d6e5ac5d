/** The one table: printed, and written as JSON and markdown to bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { targetText, verdict, type Row } from './figure';
import { ROOT } from './node-runner';

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  chromium: string;
  os: string;
  load: string;
}

export interface Report {
  date: string;
  commit: string;
  machine: Machine;
  rows: Row[];
  note: string;
}

const valueText = (row: Row) => (row.error ? '—' : row.value === null ? 'n/a' : `${row.value}${row.unit === '×' ? '×' : ` ${row.unit}`}`);

function columns(report: Report): string[][] {
  return report.rows.map((r) => [r.figure, r.label, valueText(r), targetText(r), verdict(r)]);
}

export function printTable(report: Report): void {
  const head = ['#', 'Figure', 'Value', 'Target', 'Result'];
  const rows = columns(report);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const { machine } = report;
  console.log(`\nPanelPilot bench — ${report.date}, commit ${report.commit}`);
  console.log(`Machine: ${machine.cores} cores, ${machine.cpu}; ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium}; load average ${machine.load}`);
  console.log(report.note);
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
  const errors = report.rows.filter((r) => r.error);
  for (const r of errors) console.log(`\nERROR in figure ${r.figure} (${r.label}):\n${r.error}`);
  console.log('\nWhere the time goes:');
  for (const r of report.rows) if (r.breakdown) console.log(`  [${r.figure}] ${verdict(r) === 'FAIL' ? 'MISS ' : ''}${r.label}: ${r.breakdown}`);
  console.log('\nDetails:');
  for (const r of report.rows) if (r.detail) console.log(`  [${r.figure}] ${r.label}: ${r.detail}`);
}

/** The table and the breakdowns, as the README shows them (between its bench markers). */
export function readmeSection(report: Report): string {
  const { machine } = report;
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `\`npm run bench\` at ${report.date.slice(0, 16).replace('T', ' ')} UTC, commit ${report.commit}: ${machine.cores} cores (${machine.cpu}), Chromium ${machine.chromium.replace(/^Chrome\//, '')}, Node ${machine.node}, **load average ${machine.load}** (the machine is shared: only the ratios, measured side by side in one run, compare across runs).`,
    '',
    '| # | figure | measured | target | |',
    '|---|---|---:|---:|---|',
    ...columns(report).map((c) => `| ${c.map((cell, i) => (i === 4 && cell === 'FAIL' ? '**miss**' : esc(cell))).join(' | ')} |`),
    '',
    'Where the time goes (measured in the same run; misses first):',
    '',
    ...[...report.rows]
      .filter((r) => r.breakdown)
      .sort((a, b) => Number(verdict(b) === 'FAIL') - Number(verdict(a) === 'FAIL'))
      .map((r) => `- **${r.figure}. ${esc(r.label)}** (${verdict(r) === 'FAIL' ? 'miss' : verdict(r) || 'no target'}): ${esc(r.breakdown!)}`),
  ].join('\n');
}

export function markdown(report: Report): string {
  const { machine } = report;
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `# PanelPilot bench — ${report.date}`,
    '',
    `Commit ${report.commit}. Machine: ${machine.cores} cores, ${machine.cpu}; ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium}; load average ${machine.load}.`,
    '',
    report.note,
    '',
    '| # | Figure | Value | Target | Result |',
    '|---|---|---:|---:|---|',
    ...columns(report).map((c) => `| ${c.map(esc).join(' | ')} |`),
    '',
    '## Details',
    '',
    ...report.rows.map((r) => `- **${r.figure}. ${esc(r.label)}**: ${r.error ? `ERROR: ${esc(r.error)}` : esc(r.detail)}${r.breakdown ? ` Breakdown: ${esc(r.breakdown)}` : ''}`),
    '',
  ].join('\n');
}

export function writeResults(report: Report): string[] {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = report.date.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  const files = [`bench-${stamp}.json`, `bench-${stamp}.md`, 'latest.json', 'latest.md'].map((f) => join(dir, f));
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const md = markdown(report);
  writeFileSync(files[0]!, json);
  writeFileSync(files[1]!, md);
  writeFileSync(files[2]!, json);
  writeFileSync(files[3]!, md);
  return files.slice(0, 2);
}
