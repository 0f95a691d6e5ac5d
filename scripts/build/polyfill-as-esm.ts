/**
 * webextension-polyfill ships as a UMD (CommonJS) file. Bundled as CommonJS, its default
 * import goes through the bundler's interop helper (`__toESM`), which copies every own
 * property of the exported object onto a namespace object. Where the browser has its own
 * `browser` namespace (Firefox; Chrome from 2025), the polyfill exports that very object, and
 * reading the descriptor of each of its properties makes the browser build every extension
 * API binding (alarms, contextMenus, notifications, action…) during the worker's evaluation:
 * 10–17 ms of each worker start measured (bench figure 8), before a single listener.
 *
 * This plugin hands the bundler the same file as an ES module whose default export is the
 * polyfill's `module.exports`: the same object, with no copy. Build only (tests use WXT's
 * fake browser).
 */
import type { Plugin } from 'vite';

const POLYFILL_FILE = /[\\/]node_modules[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/;

export const polyfillAsEsm: Plugin = {
  name: 'panelpilot:polyfill-as-esm',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!POLYFILL_FILE.test(id)) return null;
    // The UMD wrapper takes the CommonJS branch (`exports` is defined) and fills `module`. The
    // file's own source map no longer matches its lines: its comment goes.
    const body = code.replace(/^\/\/# sourceMappingURL=.*$/m, '');
    return { code: `var module = { exports: {} }, exports = module.exports;\n${body}\nexport default module.exports;\n`, map: null };
  },
};
