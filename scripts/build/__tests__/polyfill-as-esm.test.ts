/**
 * The polyfill as an ES module (scripts/build/polyfill-as-esm.ts): its default export is the
 * polyfill's own object, with no namespace copy that would make the browser build every API
 * binding while the worker is evaluated.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { polyfillAsEsm } from '../polyfill-as-esm';

const polyfillPath = createRequire(import.meta.url).resolve('webextension-polyfill');
const dir = mkdtempSync(join(tmpdir(), 'polyfill-as-esm-'));

type Transform = (code: string, id: string) => { code: string } | null;
const transform = polyfillAsEsm.transform as unknown as Transform;

async function importTransformed(name: string): Promise<{ default: unknown }> {
  const out = transform(readFileSync(polyfillPath, 'utf8'), polyfillPath);
  if (!out) throw new Error('the polyfill was not transformed');
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, out.code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: unknown };
}

afterEach(() => vi.unstubAllGlobals());

describe('webextension-polyfill as an ES module', () => {
  it('exports the browser’s own namespace itself where there is one (Firefox, Chrome with `browser`)', async () => {
    const own = { runtime: { id: 'x' }, alarms: {} };
    vi.stubGlobal('chrome', { runtime: { id: 'x' } });
    vi.stubGlobal('browser', own);
    expect((await importTransformed('native')).default).toBe(own);
  });

  it('wraps `chrome` where there is no `browser` (older Chrome)', async () => {
    const chrome = { runtime: { id: 'x', getURL: (p: string) => `chrome-extension://x/${p}` } };
    vi.stubGlobal('chrome', chrome);
    vi.stubGlobal('browser', undefined);
    const wrapped = (await importTransformed('wrapped')).default as typeof chrome;
    expect(wrapped).not.toBe(chrome);
    expect(wrapped.runtime.getURL('a.html')).toBe('chrome-extension://x/a.html');
  });

  it('leaves every other file alone', () => {
    expect(transform('module.exports = 1;', '/x/node_modules/other/dist/browser-polyfill.js')).toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });
});
