import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Origins a local panel simulator listens on; granted at install only in the e2e build. */
const LOCAL_PANEL_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Any panel origin, asked for at runtime when the user saves a panel. */
const PANEL_ORIGINS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
    if (manifestVersion === 2) {
      // WXT 0.21 drops optional_host_permissions from MV2 manifests instead of converting it.
      return {
        ...base,
        permissions: [...base.permissions, ...(e2e ? LOCAL_PANEL_ORIGINS : [])],
        optional_permissions: PANEL_ORIGINS,
        browser_specific_settings: {
          gecko: {
            id: 'panelpilot@panelpilot.app',
            strict_min_version: '115.0',
            data_collection_permissions: { required: ['none'] },
          },
        },
      };
    }
    return {
      ...base,
      optional_host_permissions: PANEL_ORIGINS,
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
