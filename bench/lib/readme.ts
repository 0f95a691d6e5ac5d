/**
 * The README's Performance table is the bench's own output: a full run (every figure, full
 * repetitions) rewrites what stands between the two markers below; a partial or --quick run
 * leaves the README alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './node-runner';
import { readmeSection, type Report } from './report';

const START = '<!-- bench:start (written by npm run bench; do not edit by hand) -->';
const END = '<!-- bench:end -->';

export function updateReadme(report: Report): boolean {
  const file = join(ROOT, 'README.md');
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) return false;
  writeFileSync(file, `${text.slice(0, from + START.length)}\n${readmeSection(report)}\n${text.slice(to)}`);
  return true;
}
