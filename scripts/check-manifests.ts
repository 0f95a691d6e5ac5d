/**
 * Checks the built manifests for what the stores and the key-safety rules need. Run after
 * the builds (`npm run check:manifests` builds them first); exits 1 with every problem listed.
 *
 * - Chrome store build: no host permissions at install, panel origins only as optional.
 * - Firefox build (MV2): gecko id, data_collection_permissions, panel origins as
 *   optional_permissions (WXT 0.21 drops optional_host_permissions from MV2).
 * - Neither declares content scripts or web-accessible resources (nothing a page can reach).
 * - Neither carries test-only code: the e2e build's bridge into extension pages, its harness
 *   page and its context-menu hook (docs/firefox-testing.md) are absent from every file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PANEL_ORIGINS = ['http://*/*', 'https://*/*'];
const outDir = process.env.PP_OUT_DIR ?? '.output';

type Manifest = Record<string, any>;

export function checkChrome(m: Manifest): string[] {
  const problems: string[] = [];
  if (m.manifest_version !== 3) problems.push(`chrome: manifest_version is ${m.manifest_version}, expected 3`);
  if ((m.host_permissions ?? []).length > 0) problems.push(`chrome: host_permissions must be empty in the store build, got ${JSON.stringify(m.host_permissions)}`);
  if (JSON.stringify(m.optional_host_permissions) !== JSON.stringify(PANEL_ORIGINS)) problems.push(`chrome: optional_host_permissions should be ${JSON.stringify(PANEL_ORIGINS)}`);
  if ((m.permissions ?? []).some((p: string) => p.includes('://') || p === '<all_urls>')) problems.push('chrome: an origin is in permissions');
  if (m.background?.service_worker === undefined) problems.push('chrome: no background.service_worker');
  if (!m.commands?._execute_action?.suggested_key) problems.push('chrome: no keyboard shortcut for the popup (commands._execute_action)');
  return [...problems, ...checkCommon('chrome', m)];
}

export function checkFirefox(m: Manifest): string[] {
  const problems: string[] = [];
  const gecko = m.browser_specific_settings?.gecko;
  if (m.manifest_version !== 2) problems.push(`firefox: manifest_version is ${m.manifest_version}, expected 2`);
  if (!gecko?.id) problems.push('firefox: browser_specific_settings.gecko.id is missing');
  if (!Array.isArray(gecko?.data_collection_permissions?.required)) problems.push('firefox: gecko.data_collection_permissions.required is missing');
  if (JSON.stringify(m.optional_permissions) !== JSON.stringify(PANEL_ORIGINS)) problems.push(`firefox: optional_permissions should be ${JSON.stringify(PANEL_ORIGINS)}`);
  if ((m.permissions ?? []).some((p: string) => p.includes('://') || p === '<all_urls>')) problems.push('firefox: an origin is in permissions (store build)');
  if ('optional_host_permissions' in m || 'host_permissions' in m) problems.push('firefox: MV3-only host permission keys in an MV2 manifest');
  if (!Array.isArray(m.background?.scripts)) problems.push('firefox: no background.scripts');
  // Firefox keeps context-menu items over a browser restart only for an event page.
  if (m.background?.persistent !== false) problems.push('firefox: background.persistent must be false (an event page)');
  if (m.browser_specific_settings?.gecko_android) problems.push('firefox: claims Firefox for Android (gecko_android), which has no context menus and is not tested');
  if (!m.commands?._execute_browser_action?.suggested_key) problems.push('firefox: no keyboard shortcut for the popup (commands._execute_browser_action)');
  return [...problems, ...checkCommon('firefox', m)];
}

/** Every __MSG_name__ in the manifest has a message in the default locale's messages.json. */
export function checkMessages(name: string, m: Manifest, messages: Record<string, unknown> | null): string[] {
  const used = [...JSON.stringify(m).matchAll(/__MSG_(\w+?)__/g)].map((x) => x[1]!);
  if (used.length === 0) return [];
  if (!m.default_locale) return [`${name}: __MSG_…__ used without default_locale`];
  if (!messages) return [`${name}: no _locales/${m.default_locale}/messages.json`];
  const names = new Set(Object.keys(messages).map((k) => k.toLowerCase()));
  return used.filter((k) => !names.has(k.toLowerCase())).map((k) => `${name}: __MSG_${k}__ has no message in _locales/${m.default_locale}/messages.json`);
}

function checkCommon(name: string, m: Manifest): string[] {
  const problems: string[] = [];
  if ((m.content_scripts ?? []).length > 0) problems.push(`${name}: content_scripts declared`);
  if ((m.web_accessible_resources ?? []).length > 0) problems.push(`${name}: web_accessible_resources declared`);
  if (!m.name || !m.version || !m.description) problems.push(`${name}: name, version or description missing`);
  for (const size of ['16', '48', '128']) if (!m.icons?.[size]) problems.push(`${name}: no ${size}px icon`);
  return problems;
}

/** Names that exist only in the e2e build (`wxt build --mode e2e`). */
export const E2E_ONLY_MARKERS = ['panelpilotE2eOpen', 'panelpilot-e2e-open', '__panelpilotContextMenuClick', 'PanelPilot test harness'];

/** Every file of a build that contains a test-only marker, or is a test-only entrypoint. */
export function testCodeIn(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/^e2e-/.test(entry.name)) found.push(`${path} (an e2e-only entrypoint)`);
      else if (/\.(js|html|json)$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        for (const marker of E2E_ONLY_MARKERS) if (text.includes(marker)) found.push(`${path} contains “${marker}”`);
      }
    }
  };
  walk(dir);
  return found;
}

function read(dir: string): Manifest | null {
  const path = resolve(outDir, dir, 'manifest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : null;
}

function readMessages(dir: string, m: Manifest): Record<string, unknown> | null {
  const path = resolve(outDir, dir, '_locales', String(m.default_locale), 'messages.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : null;
}

function main(): void {
  const chrome = read('chrome-mv3');
  const firefox = read('firefox-mv2');
  const problems = [
    ...(chrome ? [...checkChrome(chrome), ...checkMessages('chrome', chrome, readMessages('chrome-mv3', chrome))] : [`no ${outDir}/chrome-mv3/manifest.json: run \`npm run build\``]),
    ...(firefox ? [...checkFirefox(firefox), ...checkMessages('firefox', firefox, readMessages('firefox-mv2', firefox))] : [`no ${outDir}/firefox-mv2/manifest.json: run \`npm run build:firefox\``]),
    ...['chrome-mv3', 'firefox-mv2'].flatMap((dir) => (existsSync(resolve(outDir, dir)) ? testCodeIn(resolve(outDir, dir)) : [])).map((f) => `test-only code in a store build: ${f}`),
  ];
  if (problems.length) {
    console.error(`Manifest check failed:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(
    'Manifests OK: chrome-mv3 (no host permissions, optional panel origins), firefox-mv2 (gecko id, data collection, optional origins, event page); no test-only code in either.',
  );
}

main();
