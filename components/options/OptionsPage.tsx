import { useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import type { PanelProfile } from '@/utils/panels/types';
import type { Settings } from '@/utils/settings';
import { demoPanel, PanelForm } from './PanelForm';
import { T } from '@/components/T';
import { t } from '@/utils/i18n/messages';
import { PanelList } from './PanelList';
import { SettingsForm } from './SettingsForm';
import { LanguageSetting } from './LanguageSetting';
import { AutoRefillSettings } from './AutoRefillSettings';
import { KeyLockSettings } from './KeyLockSettings';
import type { KeyLockStatus } from '@/utils/panels/types';
import { StorageNotices } from './StorageNotices';
import type { OptionsActions, PanelFormValues } from './actions';

export function OptionsPage({ actions, minInterval, demo, demoAvailable, keyLock }: {
  actions: OptionsActions;
  keyLock: KeyLockStatus;
  minInterval: number;
  /** Opened from the popup's "Use the demo panel": the form starts filled in. */
  demo: boolean;
  /** The local simulator answers at the demo address (checked by the page at start). */
  demoAvailable: boolean;
}) {
  const panels = useApp((s) => s.panels);
  const balances = useApp((s) => s.balances);
  const settings = useApp((s) => s.settings);
  const [editing, setEditing] = useState<PanelProfile | null>(null);
  const [lockStatus, setLockStatus] = useState(keyLock);
  const [prefill, setPrefill] = useState<PanelFormValues | undefined>(demo ? demoPanel() : undefined);
  const [removeError, setRemoveError] = useState<string | null>(null);

  return (
    <main class="options">
      <header class="row">
        <h1>{t('options_pageTitle')}</h1>
      </header>
      <StorageNotices onDismiss={actions.dismissStorageNotices} />
      {panels.length === 0 && (
        <section class="notice info" aria-label={t('options_gettingStarted')}>
          <strong>{t('options_firstPanelTitle')}</strong> <T k="options_firstPanelNeeds" args={[<code dir="ltr">https://yourpanel.com/api/v2</code>]} />
          {demoAvailable && (
            <>
              {' '}
              <T
                k="options_demoRunning"
                args={[
                  <button type="button" class="link" onClick={() => setPrefill(demoPanel())}>
                    {t('options_useDemo')}
                  </button>,
                  <code dir="ltr">127.0.0.1:8787</code>,
                ]}
              />
            </>
          )}
        </section>
      )}
      <div class="options-grid">
        <section aria-labelledby="panels-title">
          <h2 id="panels-title">{t('options_panelsTitle')}</h2>
          {panels.length === 0 ? <p class="muted">{t('options_noPanelYet')}</p> : null}
          {removeError && (
            <p class="notice error small" role="alert">
              {removeError}
            </p>
          )}
          <PanelList
            panels={panels}
            balances={balances}
            onEdit={(p) => {
              setPrefill(undefined);
              setEditing(p);
            }}
            onRemove={async (p) => {
              const refused = await actions.removePanel(p);
              setRemoveError(refused);
              if (!refused && editing?.id === p.id) setEditing(null);
            }}
            onMakeDefault={actions.makeDefault}
          />
        </section>
        <section>
          <PanelForm
            editing={editing}
            initial={prefill}
            onSave={async (values) => {
              const outcome = await actions.savePanel(editing, values);
              if (outcome.ok && editing) setEditing(null);
              return outcome;
            }}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
        </section>
      </div>
      <div class="options-grid settings">
        <section>
          <SettingsForm settings={settings} minInterval={minInterval} onSave={actions.saveSettings} />
        </section>
        <KeyLockSettings status={lockStatus} actions={actions.keyLock} onStatus={setLockStatus} />
        <LanguageSetting language={settings.language} onChange={actions.saveLanguage} />
      </div>
      <div class="settings">
        <AutoRefillSettings settings={settings} actions={actions.autoRefill} onSave={actions.saveSettings} />
      </div>
    </main>
  );
}
