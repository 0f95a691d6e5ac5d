import { useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import type { PanelProfile } from '@/utils/panels/types';
import type { Settings } from '@/utils/settings';
import { DEMO_PANEL, PanelForm, type PanelFormValues, type SaveOutcome } from './PanelForm';
import { PanelList } from './PanelList';
import { SettingsForm } from './SettingsForm';
import { StorageNotices } from './StorageNotices';

export interface OptionsActions {
  savePanel: (editing: PanelProfile | null, values: PanelFormValues) => Promise<SaveOutcome>;
  removePanel: (panel: PanelProfile) => Promise<void>;
  makeDefault: (panel: PanelProfile) => Promise<void>;
  saveSettings: (settings: Settings) => Promise<void>;
  dismissStorageNotices: () => Promise<void>;
}

export function OptionsPage({ actions, minInterval, demo }: { actions: OptionsActions; minInterval: number; demo: boolean }) {
  const panels = useApp((s) => s.panels);
  const balances = useApp((s) => s.balances);
  const settings = useApp((s) => s.settings);
  const [editing, setEditing] = useState<PanelProfile | null>(null);
  const [prefill, setPrefill] = useState<PanelFormValues | undefined>(demo ? DEMO_PANEL : undefined);

  return (
    <main class="options">
      <header class="row">
        <h1>PanelPilot settings</h1>
      </header>
      <StorageNotices onDismiss={actions.dismissStorageNotices} />
      {panels.length === 0 && (
        <section class="notice info" aria-label="Getting started">
          <strong>Connect your first panel.</strong> You need its API URL (e.g. <code>https://yourpanel.com/api/v2</code>) and your API key — both are on the panel’s API page, usually under Account → API.{' '}
          <button type="button" class="link" onClick={() => setPrefill({ ...DEMO_PANEL })}>
            Use the demo panel
          </button>{' '}
          (the local simulator from <code>npm start</code>).
        </section>
      )}
      <div class="options-grid">
        <section aria-labelledby="panels-title">
          <h2 id="panels-title">Panels</h2>
          {panels.length === 0 ? <p class="muted">No panel yet.</p> : null}
          <PanelList
            panels={panels}
            balances={balances}
            onEdit={(p) => {
              setPrefill(undefined);
              setEditing(p);
            }}
            onRemove={async (p) => {
              await actions.removePanel(p);
              if (editing?.id === p.id) setEditing(null);
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
      <section class="settings">
        <SettingsForm settings={settings} minInterval={minInterval} onSave={actions.saveSettings} />
      </section>
    </main>
  );
}
