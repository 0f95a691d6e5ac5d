import { useState } from 'preact/hooks';
import { isLocale, LOCALES, LOCALE_NAMES, type Locale } from '@/utils/i18n/locales';
import { browserLocale } from '@/utils/i18n/messages';

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
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">Language</h2>
      <div class="field">
        <label for="language">Language of PanelPilot</label>
        <select
          id="language"
          value={language}
          disabled={saving}
          aria-describedby="language-help"
          onChange={async (e) => {
            setSaving(true);
            await onChange((e.target as HTMLSelectElement).value as 'auto' | Locale);
            setSaving(false);
          }}
        >
          <option value="auto">The browser’s ({browserLanguageName()})</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale.replace('_', '-')}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
        <span id="language-help" class="field-help">
          Pages, notifications and menus. What the panels write (service names, status words, their messages) stays as they wrote it.
        </span>
      </div>
    </section>
  );
}
