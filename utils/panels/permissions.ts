import { browser } from 'wxt/browser';
import { panelOrigin } from '../panel-api/url';
import type { PanelProfile } from './types';

/**
 * Asks for one panel's origin. Must be the first await of a click handler: browsers only
 * show the prompt inside a user gesture (Firefox: synchronously within it).
 */
export function requestPanelPermission(apiUrl: string): Promise<boolean> {
  return browser.permissions.request({ origins: [panelOrigin(apiUrl)] }).catch(() => false);
}

/**
 * Gives back the origin of a panel that was removed or moved to another origin, unless a
 * panel still uses it: PanelPilot holds access only to the sites of the panels it has.
 * Background only (no user gesture needed). An origin granted at install (the e2e build's
 * local simulator) cannot be removed: that is not an error.
 */
export async function releasePanelOrigin(apiUrl: string, panels: readonly Pick<PanelProfile, 'apiUrl'>[]): Promise<boolean> {
  const origin = panelOrigin(apiUrl);
  if (panels.some((p) => panelOrigin(p.apiUrl) === origin)) return false;
  try {
    return await browser.permissions.remove({ origins: [origin] });
  } catch {
    return false;
  }
}
