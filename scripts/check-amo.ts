/**
 * AMO readiness, run before each upload to addons.mozilla.org (`npm run check:amo`):
 *
 * 1. `wxt zip -b firefox` makes the Firefox zip and the sources zip AMO asks for.
 * 2. The sources zip, unpacked into an empty folder, installs (`npm ci`) and builds
 *    (`npm run build:firefox`) the very same files: every file of the Firefox zip is compared by
 *    SHA-256 with the rebuilt one, and neither side may have a file the other lacks.
 * 3. `web-ext lint` on the unpacked Firefox zip: no errors, and no warning but the ones
 *    docs/store/amo.md explains (KNOWN_WARNINGS).
 *
 * Needs `unzip` (Debian: `apt-get install unzip`) and the npm registry (npm ci, npx web-ext).
 * Exits 1 with every problem listed.
 */
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const WEB_EXT = 'web-ext@10.7.0';
/** Warnings explained in docs/store/amo.md: Preact's dangerouslySetInnerHTML branch, unused by PanelPilot. */
const KNOWN_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(popup-app\.js|quick-order-app\.js|chunks\/messaging-[\w-]+\.js)$/ }];

const root = resolve(import.meta.dirname, '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const firefoxZip = join(root, '.output', `panelpilot-${version}-firefox.zip`);
const sourcesZip = join(root, '.output', `panelpilot-${version}-sources.zip`);

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

function unzip(zip: string, into: string): void {
  execFileSync('unzip', ['-q', zip, '-d', into]);
}

function compare(zipped: Map<string, string>, rebuilt: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, hash] of zipped) {
    if (!rebuilt.has(file)) problems.push(`${file}: in the Firefox zip, not built from the sources zip`);
    else if (rebuilt.get(file) !== hash) problems.push(`${file}: differs between the Firefox zip and the build from the sources zip`);
  }
  for (const file of rebuilt.keys()) if (!zipped.has(file)) problems.push(`${file}: built from the sources zip, not in the Firefox zip`);
  return problems;
}

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

function lint(dir: string): { problems: string[]; warnings: LintMessage[] } {
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  try {
    report = JSON.parse(execSync(`npx --yes ${WEB_EXT} lint --source-dir "${dir}" --output json`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch (error) {
    // web-ext exits 1 when there are errors; the report is on stdout all the same.
    report = JSON.parse((error as { stdout: string }).stdout);
  }
  const problems = report.errors.map((e) => `web-ext lint error ${e.code} in ${e.file ?? '?'}: ${e.message}`);
  for (const w of report.warnings) {
    if (!KNOWN_WARNINGS.some((k) => k.code === w.code && k.file.test(w.file ?? ''))) problems.push(`web-ext lint warning not explained in docs/store/amo.md: ${w.code} in ${w.file ?? '?'}: ${w.message}`);
  }
  return { problems, warnings: report.warnings };
}

function main(): void {
  console.log('== wxt zip -b firefox');
  execSync('npx wxt zip -b firefox', { cwd: root, stdio: 'ignore' });
  const work = mkdtempSync(join(tmpdir(), 'panelpilot-amo-'));
  try {
    const zipped = join(work, 'firefox-zip');
    const sources = join(work, 'sources');
    unzip(firefoxZip, zipped);
    unzip(sourcesZip, sources);
    console.log(`== npm ci && npm run build:firefox in the unpacked sources zip (${sources})`);
    execSync('npm ci --no-audit --no-fund && npm run build:firefox', { cwd: sources, stdio: 'ignore' });
    const want = hashes(zipped);
    const problems = compare(want, hashes(join(sources, '.output', 'firefox-mv2')));
    console.log(`== ${want.size} files of the Firefox zip compared with the build from the sources zip`);
    console.log(`== ${WEB_EXT} lint`);
    const linted = lint(zipped);
    problems.push(...linted.problems);
    for (const w of linted.warnings) console.log(`   warning ${w.code} in ${w.file ?? '?'} (explained in docs/store/amo.md)`);
    if (problems.length) {
      console.error(`AMO check failed:\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log(`AMO check OK: the sources zip builds the Firefox zip's ${want.size} files byte for byte; web-ext lint: 0 errors, ${linted.warnings.length} known warnings.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
