import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { localeFiles } from './scripts/i18n/wxt-locales';
import { polyfillAsEsm } from './scripts/build/polyfill-as-esm';

/** Origins a local panel simulator listens on; granted at install only in the e2e build. */
const LOCAL_PANEL_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Any panel origin, asked for at runtime when the user saves a panel. */
const PANEL_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * popup.html and quick-order.html each run ONE classic script (popup-app.js, quick-order-app.js:
 * see entrypoints/popup-app.tsx), which sets up WXT's runtime plugins itself. WXT still adds a
 * module script to every HTML page for its plugins (an empty chunk here): one more file the
 * page would wait for. Build only.
 */
const ONE_SCRIPT_PAGES = /\/(popup|quick-order)\/index\.html$/;
const oneScriptPages: Plugin = {
  name: 'panelpilot:popup-without-module-scripts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, { path }) => (ONE_SCRIPT_PAGES.test(path) ? html.replace(/<script type="module"[^>]*><\/script>\s*/g, '') : html),
  },
};

/** Entrypoints named `e2e-*` exist only in the e2e build (`--mode e2e`): see docs/firefox-testing.md. */
const E2E_ONLY_ENTRYPOINT = /^e2e-/;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // locales/<lang>/<surface>.json → _locales/<lang>/messages.json (docs/i18n.md).
    'build:publicAssets': (wxt, files) => void files.push(...localeFiles(wxt.config.mode)),
    // Removed before they are even imported, so no store build can carry test code.
    // scripts/check-manifests.ts proves it on the built store manifests and files.
    'entrypoints:found': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      for (let i = entrypoints.length - 1; i >= 0; i--) if (E2E_ONLY_ENTRYPOINT.test(entrypoints[i]!.name)) entrypoints.splice(i, 1);
    },
  },
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact(), oneScriptPages, polyfillAsEsm],
    build: {
      // Chrome and Firefox 115+ support <link rel=modulepreload>: no polyfill module in every page.
      modulePreload: { polyfill: false },
      // PP_SOURCEMAP=1 for bundle analysis (which module weighs what).
      sourcemap: Boolean(process.env.PP_SOURCEMAP),
      ...(process.env.PP_NO_MINIFY ? { minify: false } : {}),
      // Non-ASCII characters written as \u escapes: one such character anywhere makes V8 hold
      // and scan the whole script as two-byte text (twice the bytes to decode, scan and cache
      // at every worker start). Tagged templates (String.raw) keep theirs: see utils/catalog.
      rolldownOptions: { output: { charset: 'ascii' as const } },
    },
  }),
  // PP_OUT_DIR lets parallel test runs build into separate folders.
  outDir: process.env.PP_OUT_DIR ?? '.output',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  zip: {
    artifactTemplate: 'panelpilot-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'panelpilot-{{version}}-sources.zip',
  },
  manifest: ({ browser, manifestVersion, mode }) => {
    // The pseudo-locale build (docs/i18n.md) is an e2e build too: it runs against the simulator.
    const e2e = mode === 'e2e' || mode === 'pseudo';
    const base = {
      name: '__MSG_manifest_name__',
      description: '__MSG_manifest_description__',
      default_locale: 'en',
      permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting'],
      action: { default_title: '__MSG_manifest_name__' },
    };
    // Alt+Shift+P opens the popup from anywhere (users can change it at chrome://extensions/shortcuts).
    const openPopupKey = { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_manifest_openPopup__' };
    if (manifestVersion === 2) {
      // WXT 0.21 drops optional_host_permissions from MV2 manifests instead of converting it.
      return {
        ...base,
        permissions: [...base.permissions, ...(e2e ? LOCAL_PANEL_ORIGINS : [])],
        optional_permissions: PANEL_ORIGINS,
        commands: { _execute_browser_action: openPopupKey },
        // Desktop Firefox only: Firefox for Android has no context menus (the way orders start)
        // and nothing here is tested there, so the build makes no claim to run on it.
        browser_specific_settings: {
          // data_collection_permissions exists from Firefox 140 (ESR).
          gecko: {
            id: 'panelpilot@panelpilot.app',
            strict_min_version: '140.0',
            data_collection_permissions: { required: ['none'] },
          },
        },
      };
    }
    return {
      ...base,
      // chrome.storage.local holds 10 MB; 10,000 tracked orders with their histories take
      // ~6 MB. unlimitedStorage lifts the cap and shows no install warning in Chrome.
      // (Firefox's storage.local has no such quota, so its manifest does without it.)
      permissions: [...base.permissions, 'unlimitedStorage'],
      optional_host_permissions: PANEL_ORIGINS,
      commands: { _execute_action: openPopupKey },
      ...(e2e ? { host_permissions: LOCAL_PANEL_ORIGINS } : {}),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: { id: 'panelpilot@panelpilot.app', data_collection_permissions: { required: ['none'] } },
            },
          }
        : {}),
    };
  },
});
