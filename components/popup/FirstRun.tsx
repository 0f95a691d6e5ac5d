import { T } from '@/components/T';
import { t } from '@/utils/i18n/messages';

/** Shown while no panel is set up: what is needed and where to find it. */
export function FirstRun({ onSettings, onDemo, demoAvailable }: { onSettings: () => void; onDemo: () => void; demoAvailable: boolean }) {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('popup_firstRunTitle')}</h2>
      <p>{t('popup_firstRunNeeds')}</p>
      <p class="muted small">
        <T k="popup_firstRunUrlExample" args={[<code dir="ltr">https://yourpanel.com/api/v2</code>]} />
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={onSettings}>
          {t('popup_addPanel')}
        </button>
        {demoAvailable && (
          <button type="button" onClick={onDemo}>
            {t('popup_useDemo')}
          </button>
        )}
      </div>
      {demoAvailable && (
        <p class="muted small">
          <T k="popup_demoExplained" args={[<code dir="ltr">127.0.0.1:8787</code>]} />
        </p>
      )}
    </section>
  );
}
