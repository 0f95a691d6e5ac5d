import { useEffect, useState } from 'preact/hooks';
import { BalanceAmount } from '@/components/BalanceAmount';
import { causeFor, type PanelError } from '@/utils/panel-api/errors';
import { isCleartextRemote, normalizeApiUrl, panelOrigin } from '@/utils/panel-api/url';
import type { BalanceSnapshot, PanelProfile } from '@/utils/panels/types';
import { DEMO_PANEL_VALUES } from '@/utils/ui/demo-panel';
import type { PanelFormValues, SaveOutcome } from './actions';

export const DEMO_PANEL: PanelFormValues = { ...DEMO_PANEL_VALUES };

const EMPTY: PanelFormValues = { name: '', apiUrl: '', apiKey: '', lowBalanceThreshold: '' };

/**
 * Why the check failed: the cause in a few words, what happened (the panel's own words when
 * it gave any), and what to do. A refused key or form value (auth, validation: also what
 * PanelPilot itself says before sending anything, e.g. keys locked) leads with its own words.
 */
function ConnectionError({ error }: { error: PanelError }) {
  if (error.kind === 'auth' || error.kind === 'validation') {
    return (
      <>
        <strong>{error.message}</strong>
        {error.hint !== error.message && <p class="small">{error.hint}</p>}
      </>
    );
  }
  return (
    <>
      <strong>Not connected: {causeFor(error.kind)}.</strong>
      <p class="small">{error.message}</p>
      <p class="small">What to do: {error.hint}</p>
    </>
  );
}

/** Add or edit one panel. Everything typed stays in the form whatever the outcome. */
export function PanelForm({ editing, initial, onSave, onCancel }: {
  editing: PanelProfile | null;
  initial?: PanelFormValues;
  onSave: (values: PanelFormValues) => Promise<SaveOutcome>;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState<PanelFormValues>(initial ?? EMPTY);
  const [showKey, setShowKey] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  useEffect(() => {
    setValues(
      initial ??
        (editing
          ? { name: editing.name, apiUrl: editing.apiUrl, apiKey: '', lowBalanceThreshold: editing.lowBalanceThreshold ?? '' }
          : EMPTY),
    );
    setOutcome(null);
  }, [editing?.id, initial]);

  const url = values.apiUrl.trim() ? normalizeApiUrl(values.apiUrl) : null;
  const set = (field: keyof PanelFormValues) => (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const result = await onSave(values);
    setOutcome(result);
    setSaving(false);
    // A new panel is in the list now: an empty form, so a second click cannot add it twice.
    if (result.ok && !editing) setValues(EMPTY);
  };

  const error = outcome && !outcome.ok ? outcome : null;
  return (
    <form class="panel-form" onSubmit={submit} aria-labelledby="panel-form-title" noValidate>
      <h2 id="panel-form-title">{editing ? `Edit ${editing.name}` : 'Add a panel'}</h2>
      <div class="field">
        <label for="panel-name">Panel name</label>
        <input id="panel-name" value={values.name} onInput={set('name')} placeholder="e.g. JustAnotherPanel" autocomplete="off" />
      </div>
      <div class="field">
        <label for="panel-url">API URL</label>
        <input id="panel-url" value={values.apiUrl} onInput={set('apiUrl')} placeholder="https://yourpanel.com/api/v2" autocomplete="off" spellcheck={false} aria-describedby="panel-url-help" aria-invalid={url !== null && !url.ok} />
        <span id="panel-url-help" class={url && !url.ok ? 'field-error' : 'field-help'}>
          {url === null
            ? 'From the panel’s API page. A bare domain is fine: PanelPilot adds /api/v2.'
            : url.ok
              ? url.suggested
                ? `Will use ${url.url}`
                : `PanelPilot will ask your browser for access to ${panelOrigin(url.url).replace('/*', '')} only, so it can talk to this panel’s API.`
              : url.message}
        </span>
        {url?.ok && isCleartextRemote(url.url) && (
          <span class="field-error">This address is not encrypted (http): your API key would travel in readable form. Use https:// if the panel offers it.</span>
        )}
      </div>
      <div class="field">
        <label for="panel-key">API key</label>
        <div class="row">
          <input id="panel-key" class="grow" {...({ type: showKey ? 'text' : 'password' } as { type: 'text' })} value={values.apiKey} onInput={set('apiKey')} autocomplete="off" spellcheck={false} aria-describedby="panel-key-help" />
          <button type="button" onClick={() => setShowKey(!showKey)} aria-pressed={showKey}>
            {showKey ? 'Hide key' : 'Show key'}
          </button>
        </div>
        <span id="panel-key-help" class="field-help">
          {editing ? 'Leave empty to keep the stored key.' : 'On the panel: Account → API (or “API” in its menu).'} Stored only in this browser and sent only to this panel.
        </span>
      </div>
      <div class="field">
        <label for="panel-threshold">Low-balance warning (optional)</label>
        <input id="panel-threshold" inputMode="decimal" value={values.lowBalanceThreshold} onInput={set('lowBalanceThreshold')} placeholder="e.g. 10" class="num short" />
      </div>
      {error && (
        <div class="notice error" role="alert">
          {'denied' in error ? (
            <>
              <strong>Permission refused.</strong> PanelPilot cannot reach {error.origin} without it. Save again and choose “Allow”.
            </>
          ) : (
            <ConnectionError error={error.error} />
          )}
        </div>
      )}
      {outcome?.ok && (
        <div class="notice ok" role="status">
          Connected. Balance:{' '}
          <strong>
            <BalanceAmount balance={outcome.balance} class="" />
          </strong>
        </div>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Checking…' : 'Save panel'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
