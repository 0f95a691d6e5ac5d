/**
 * locales/untranslated.txt: the strings for people still written in the code, by file — the
 * extraction's to-do list (docs/i18n.md). `npm test` fails on a string the scan finds that is
 * not listed, and on a listed one that is gone, so the list only shrinks.
 *
 * `npx tsx scripts/i18n/untranslated-list.ts --write` rewrites it from the code (keeping
 * hand-added entries still in their files): once to start, and after files MOVE (issue 17).
 * Never to add a string.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, scanRepo, type Found, type RepoScan } from './scan-strings';

export const ALLOWLIST = join(ROOT, 'locales/untranslated.txt');

/**
 * A listed string the scan does not find (added by hand: a word only the pseudo-locale run
 * sees, like a lone 'no') stays listed while each of its pieces is still in one of the file's
 * strings.
 */
export function stillInFile(text: string, literals: readonly string[] | undefined): boolean {
  const pieces = text.split('{}').map((p) => p.trim()).filter(Boolean);
  return literals !== undefined && pieces.length > 0 && pieces.every((piece) => literals.some((l) => l.includes(piece)));
}

/** What --write lists: what the scan finds, plus the hand-added entries still in their files. */
export function allowlistEntries(scan: RepoScan, current: Map<string, string[]>): Found[] {
  const entries = [...scan.found];
  for (const [file, texts] of current) {
    const found = scan.found.filter((f) => f.file === file).map((f) => f.text);
    for (const text of texts) {
      const i = found.indexOf(text);
      if (i >= 0) found.splice(i, 1);
      else if (stillInFile(text, scan.literals.get(file))) entries.push({ file, line: Infinity, text });
    }
  }
  const order = [...new Set(entries.map((e) => e.file))].sort();
  return entries.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
}

const HEADER = `# Strings for people still written in the code, by file: the to-do list of the extraction
# (docs/i18n.md). It only shrinks: \`npm test\` fails on a string for a person that is not
# listed here, and on a listed string that is no longer in its file (delete its line).
# One JSON string a line, under its file's [path].
`;

/** file → texts (a text twice in a file is listed twice). */
export function readAllowlist(text: string): Map<string, string[]> {
  const list = new Map<string, string[]>();
  let file: string | null = null;
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      file = header[1]!;
      list.set(file, list.get(file) ?? []);
    } else if (file) list.get(file)!.push(JSON.parse(line) as string);
    else throw new Error(`locales/untranslated.txt:${i + 1}: a string before any [file] header`);
  }
  return list;
}

export function formatAllowlist(found: Found[]): string {
  const byFile = new Map<string, string[]>();
  for (const f of found) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f.text]);
  return HEADER + [...byFile].map(([file, texts]) => `\n[${file}]\n${texts.map((t) => JSON.stringify(t)).join('\n')}\n`).join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  const current = existsSync(ALLOWLIST) ? readAllowlist(readFileSync(ALLOWLIST, 'utf8')) : new Map<string, string[]>();
  const found = allowlistEntries(scanRepo(), current);
  writeFileSync(ALLOWLIST, formatAllowlist(found));
  console.log(`${found.length} strings in ${new Set(found.map((f) => f.file)).size} files → ${relative(ROOT, ALLOWLIST)}`);
}
