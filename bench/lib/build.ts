/**
 * Builds the extension for the bench into its own folder (.output/bench/…), so it never
 * measures a stale build nor disturbs a developer's .output/chrome-mv3* (the e2e tests' build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './node-runner';

export const BENCH_OUT = join(ROOT, '.output/bench');
export const PROD_DIR = join(BENCH_OUT, 'chrome-mv3');
export const E2E_DIR = join(BENCH_OUT, 'chrome-mv3-e2e');

/**
 * PP_BENCH_E2E_DIR / PP_BENCH_PROD_DIR: measure a build made elsewhere (e.g. the main
 * branch's, for a before/after in the same hour); it is used as it is, never rebuilt.
 */
export function buildExtension(mode: 'production' | 'e2e', skip: boolean): string {
  const given = mode === 'e2e' ? process.env.PP_BENCH_E2E_DIR : process.env.PP_BENCH_PROD_DIR;
  if (given) return given;
  const dir = mode === 'e2e' ? E2E_DIR : PROD_DIR;
  if (skip && existsSync(join(dir, 'manifest.json'))) return dir;
  const args = ['wxt', 'build', ...(mode === 'e2e' ? ['--mode', 'e2e'] : [])];
  // NODE_ENV=production for both: the Vite server of the Node figures sets "development" in
  // this process, and WXT takes NODE_ENV from the mode ("e2e") when unset; either way the
  // build would ship development JSX and Preact's devtools hook. The e2e build is then the
  // store build's code plus local host permissions, which is what page timings should see.
  const result = spawnSync('npx', args, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', PP_OUT_DIR: BENCH_OUT }, encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`\`npx ${args.join(' ')}\` failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return dir;
}
