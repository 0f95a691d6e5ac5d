import { useState } from 'preact/hooks';
import { isLocale, LOCALES, LOCALE_NAMES, type Locale } from '@/utils/i18n/locales';
import { browserLocale, t } from '@/utils/i18n/messages';

/**
 * The language override: the browser's by default. Saved at once (a language is not a draft),
 * after which the page reloads in it; the worker rewrites its menus and badge by itself.
 */
function browserLanguageName(): string {
  const locale = browserLocale();
  return isLocale(locale) ? LOCALE_NAMES[locale] : locale;
}

export function LanguageSetting({ language, onChange }: { language: 'auto' | Locale; onChange: (language: 'auto' | Locale) => Promise<void> }) {
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const choose = async (e: Event) => {
    const select = e.target as HTMLSelectElement;
    setSaving(true);
    setFailed(false);
    try {
      await onChange(select.value as 'auto' | Locale);
    } catch {
      // Not saved: the picker shows the language in use again and can be used again at once.
      select.value = language;
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('options_languageTitle')}</h2>
      <div class="field">
        <label for="language">{t('options_languageLabel')}</label>
        <select id="language" value={language} disabled={saving} aria-describedby="language-help" aria-invalid={failed} onChange={choose}>
          <option value="auto">{t('options_languageBrowser', browserLanguageName())}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale.replace('_', '-')} translate={false}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
        {failed && (
          <span class="field-error" role="alert">
            {t('options_languageSaveFailed')}
          </span>
        )}
        <span id="language-help" class="field-help">
          {t('options_languageHelp')}
        </span>
      </div>
    </section>
  );
}
