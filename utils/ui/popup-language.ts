/**
 * The popup's language, from its early storage read (utils/ui/early-read.ts): no read of its
 * own. In the browser's language (the usual case) this adds nothing to the open path; a
 * language chosen in Settings adds one fetch of its messages.json before the first render.
 */
import { applyDocumentLanguage, languagePreference, readLanguagePreference, useLanguage } from '../i18n/language';
import { takeEarlyRead } from './early-read';
import { POPUP_LANGUAGE_KEY } from './popup-early-keys';

export async function preparePopupLanguage(): Promise<void> {
  const early = takeEarlyRead([POPUP_LANGUAGE_KEY]);
  const preference = early ? languagePreference((await early)[POPUP_LANGUAGE_KEY]) : await readLanguagePreference();
  await useLanguage(preference);
  applyDocumentLanguage();
}
