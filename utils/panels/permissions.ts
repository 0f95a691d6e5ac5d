import { browser } from 'wxt/browser';
import { panelOrigin } from '../panel-api/url';

/**
 * Asks for one panel's origin. Must be the first await of a click handler: browsers only
 * show the prompt inside a user gesture (Firefox: synchronously within it).
 */
export function requestPanelPermission(apiUrl: string): Promise<boolean> {
  return browser.permissions.request({ origins: [panelOrigin(apiUrl)] }).catch(() => false);
}
