import { useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import type { PanelProfile } from '@/utils/panels/types';
import type { Settings } from '@/utils/settings';
import { DEMO_PANEL, PanelForm } from './PanelForm';
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
  const [prefill, setPrefill] = useState<PanelFormValues | undefined>(demo ? DEMO_PANEL : undefined);
  const [removeError, setRemoveError] = useState<string | null>(null);

  return (
    <main class="options">
      <header class="row">
        <h1>PanelPilot settings</h1>
      </header>
      <StorageNotices onDismiss={actions.dismissStorageNotices} />
      {panels.length === 0 && (
        <section class="notice info" aria-label="Getting started">
          <strong>Connect your first panel.</strong> You need its API URL (e.g. <code>https://yourpanel.com/api/v2</code>) and your API key — both are on the panel’s API page, usually under Account → API.
          {demoAvailable && (
            <>
              {' '}
              <button type="button" class="link" onClick={() => setPrefill({ ...DEMO_PANEL })}>
                Use the demo panel
              </button>{' '}
              (the local simulator is running at <code>127.0.0.1:8787</code>).
            </>
          )}
        </section>
      )}
      <div class="options-grid">
        <section aria-labelledby="panels-title">
          <h2 id="panels-title">Panels</h2>
          {panels.length === 0 ? <p class="muted">No panel yet.</p> : null}
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
