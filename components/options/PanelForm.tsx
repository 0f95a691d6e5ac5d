import { useEffect, useState } from 'preact/hooks';
import { BalanceAmount } from '@/components/BalanceAmount';
import { causeFor, type PanelError } from '@/utils/panel-api/errors';
import { isCleartextRemote, normalizeApiUrl, panelOrigin } from '@/utils/panel-api/url';
import type { BalanceSnapshot, PanelProfile } from '@/utils/panels/types';
import { DEMO_PANEL_VALUES } from '@/utils/ui/demo-panel';
import { T } from '@/components/T';
import { t } from '@/utils/i18n/messages';
import type { PanelFormValues, SaveOutcome } from './actions';

/** The demo values, named in the page's language when the form is filled. */
export const demoPanel = (): PanelFormValues => ({ ...DEMO_PANEL_VALUES, name: t('options_demoPanelName') });

// i18n-exempt: an example address (a placeholder), the same in every language
const URL_EXAMPLE = 'https://yourpanel.com/api/v2';

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
      <strong>{t('options_notConnected', causeFor(error.kind))}</strong>
      <p class="small">{error.message}</p>
      <p class="small">{t('options_whatToDo', error.hint)}</p>
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
      <h2 id="panel-form-title">{editing ? <T k="options_editPanel" args={[<bdi translate={false}>{editing.name}</bdi>]} /> : t('options_addPanel')}</h2>
      <div class="field">
        <label for="panel-name">{t('options_panelName')}</label>
        <input id="panel-name" value={values.name} onInput={set('name')} placeholder={t('options_panelNamePlaceholder')} autocomplete="off" />
      </div>
      <div class="field">
        <label for="panel-url">{t('options_apiUrl')}</label>
        <input id="panel-url" value={values.apiUrl} onInput={set('apiUrl')} placeholder={URL_EXAMPLE} dir="ltr" autocomplete="off" spellcheck={false} aria-describedby="panel-url-help" aria-invalid={url !== null && !url.ok} />
        <span id="panel-url-help" class={url && !url.ok ? 'field-error' : 'field-help'}>
          {url === null
            ? <T k="options_apiUrlHelp" args={[<span dir="ltr">/api/v2</span>]} />
            : url.ok
              ? url.suggested
                ? <T k="options_willUse" args={[<span dir="ltr">{url.url}</span>]} />
                : <T k="options_permissionAsk" args={[<span dir="ltr">{panelOrigin(url.url).replace('/*', '')}</span>]} />
              : url.message}
        </span>
        {url?.ok && isCleartextRemote(url.url) && (
          <span class="field-error">{t('options_cleartextWarning')}</span>
        )}
      </div>
      <div class="field">
        <label for="panel-key">{t('options_apiKey')}</label>
        <div class="row">
          <input id="panel-key" class="grow" {...({ type: showKey ? 'text' : 'password' } as { type: 'text' })} value={values.apiKey} onInput={set('apiKey')} autocomplete="off" spellcheck={false} aria-describedby="panel-key-help" />
          <button type="button" onClick={() => setShowKey(!showKey)} aria-pressed={showKey}>
            {showKey ? t('options_hideKey') : t('options_showKey')}
          </button>
        </div>
        <span id="panel-key-help" class="field-help">
          {editing ? t('options_keepStoredKey') : t('options_whereKey')} {t('options_keyStoredOnly')}
        </span>
      </div>
      <div class="field">
        <label for="panel-threshold">{t('options_lowBalance')}</label>
        <input id="panel-threshold" inputMode="decimal" value={values.lowBalanceThreshold} onInput={set('lowBalanceThreshold')} placeholder={t('options_lowBalancePlaceholder')} class="num short" />
      </div>
      {error && (
        <div class="notice error" role="alert">
          {'denied' in error ? (
            <>
              <strong>{t('options_permissionRefused')}</strong> <T k="options_permissionRefusedHelp" args={[<span dir="ltr">{error.origin}</span>]} />
            </>
          ) : (
            <ConnectionError error={error.error} />
          )}
        </div>
      )}
      {outcome?.ok && (
        <div class="notice ok" role="status">
          <T k="options_connectedBalance" args={[<strong><BalanceAmount balance={outcome.balance} class="" /></strong>]} />
        </div>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('options_checking') : t('options_savePanel')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('options_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
