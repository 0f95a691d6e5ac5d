import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/** Origins a local panel simulator listens on; granted at install only in the e2e build. */
const LOCAL_PANEL_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Any panel origin, asked for at runtime when the user saves a panel. */
const PANEL_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * popup.html runs ONE classic script (popup-app.js, see entrypoints/popup-app.tsx), which sets
 * up WXT's runtime plugins itself. WXT still adds a module script to every HTML page for its
 * plugins (an empty chunk here): one more file the popup would wait for. Build only.
 */
const popupWithoutModuleScripts: Plugin = {
  name: 'panelpilot:popup-without-module-scripts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, { path }) => (path.endsWith('/popup/index.html') ? html.replace(/<script type="module"[^>]*><\/script>\s*/g, '') : html),
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact(), popupWithoutModuleScripts],
    build: {
      // Chrome and Firefox 115+ support <link rel=modulepreload>: no polyfill module in every page.
      modulePreload: { polyfill: false },
      // PP_SOURCEMAP=1 for bundle analysis (which module weighs what).
      sourcemap: Boolean(process.env.PP_SOURCEMAP),
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
    const e2e = mode === 'e2e';
    const base = {
      name: 'PanelPilot',
      description:
        'Order, track, refill and cancel SMM panel orders from any page. Works with API v2 panels.',
      permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting'],
      action: { default_title: 'PanelPilot' },
    };
    // Alt+Shift+P opens the popup from anywhere (users can change it at chrome://extensions/shortcuts).
    const openPopupKey = { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open PanelPilot' };
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
