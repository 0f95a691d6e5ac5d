/**
 * The worker's language: the preference is read once per worker life (the worker can be killed
 * at any moment; the next one reads it again) and followed when Settings change it. Texts the
 * worker writes (badge title, context menus, notifications) await languageReady() first.
 */
import { browser } from 'wxt/browser';
import { languagePreference, readLanguagePreference, useLanguage } from './language';

let ready: Promise<void> | null = null;

export function languageReady(): Promise<void> {
  return (ready ??= readLanguagePreference().then(useLanguage));
}

/** Registered synchronously at worker start: `onChange` redraws what the worker has written. */
export function watchLanguage(onChange: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = area === 'local' ? changes.settings : undefined;
    if (!change) return;
    const next = languagePreference(change.newValue);
    if (next === languagePreference(change.oldValue)) return;
    ready = useLanguage(next);
    void ready.then(onChange);
  });
}
