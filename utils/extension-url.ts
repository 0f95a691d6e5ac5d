import { browser } from 'wxt/browser';

/** An extension page URL with query string (WXT's typed getURL knows only built paths). */
export function extensionUrl(path: string): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}
