/**
 * Checks the built manifests for what the stores and the key-safety rules need. Run after
 * the builds (`npm run check:manifests` builds them first); exits 1 with every problem listed.
 *
 * - Chrome store build: no host permissions at install, panel origins only as optional.
 * - Firefox build (MV2): gecko id, data_collection_permissions, panel origins as
 *   optional_permissions (WXT 0.21 drops optional_host_permissions from MV2).
 * - Neither declares content scripts or web-accessible resources (nothing a page can reach).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
  if (m.browser_specific_settings?.gecko_android) problems.push('firefox: claims Firefox for Android (gecko_android), which has no context menus and is not tested');
  if (!m.commands?._execute_browser_action?.suggested_key) problems.push('firefox: no keyboard shortcut for the popup (commands._execute_browser_action)');
  return [...problems, ...checkCommon('firefox', m)];
}

function checkCommon(name: string, m: Manifest): string[] {
  const problems: string[] = [];
  if ((m.content_scripts ?? []).length > 0) problems.push(`${name}: content_scripts declared`);
  if ((m.web_accessible_resources ?? []).length > 0) problems.push(`${name}: web_accessible_resources declared`);
  if (!m.name || !m.version || !m.description) problems.push(`${name}: name, version or description missing`);
  for (const size of ['16', '48', '128']) if (!m.icons?.[size]) problems.push(`${name}: no ${size}px icon`);
  return problems;
}

function read(dir: string): Manifest | null {
  const path = resolve(outDir, dir, 'manifest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : null;
}

function main(): void {
  const chrome = read('chrome-mv3');
  const firefox = read('firefox-mv2');
  const problems = [
    ...(chrome ? checkChrome(chrome) : [`no ${outDir}/chrome-mv3/manifest.json: run \`npm run build\``]),
    ...(firefox ? checkFirefox(firefox) : [`no ${outDir}/firefox-mv2/manifest.json: run \`npm run build:firefox\``]),
  ];
  if (problems.length) {
    console.error(`Manifest check failed:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log('Manifests OK: chrome-mv3 (no host permissions, optional panel origins), firefox-mv2 (gecko id, data collection, optional origins).');
}

main();
