import { useState } from 'preact/hooks';
import { UnlockForm } from '@/components/UnlockForm';
import type { PanelError } from '@/utils/panel-api/errors';
import type { Result } from '@/utils/panel-api/types';
import type { KeyLockStatus } from '@/utils/panels/types';
import { ErrorNotice } from '@/components/ErrorNotice';
import type { KeyLockActions } from './actions';
import { plural, t } from '@/utils/i18n/messages';
import { MIN_PASSPHRASE } from '@/utils/panels/key-seal';

/**
 * The optional passphrase lock: keys encrypted at rest, asked for once per browser session.
 * Every state says what the lock does to tracking, because a locked PanelPilot polls nothing.
 */
export function KeyLockSettings({ status, actions, onStatus }: { status: KeyLockStatus; actions: KeyLockActions; onStatus: (s: KeyLockStatus) => void }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<PanelError | null>(null);
  const [confirmForget, setConfirmForget] = useState(false);
  // Deriving the key takes a moment (600,000 PBKDF2 rounds): the buttons say so meanwhile.
  const [busy, setBusy] = useState(false);
  const run = async (task: () => Promise<Result<KeyLockStatus>>) => {
    setBusy(true);
    try {
      apply(await task());
    } finally {
      setBusy(false);
    }
  };
  const apply = (result: Result<KeyLockStatus>) => {
    setError(result.ok ? null : result.error);
    if (result.ok) {
      onStatus(result.value);
      setFirst('');
      setSecond('');
    }
  };

  let body;
  if (!status.enabled) {
    const mismatch = second !== '' && first !== second;
    body = (
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (first !== second) return;
          await run(() => actions.enable(first));
        }}
        aria-label={t('options_lockTurnOnLabel')}
      >
        <p class="muted small">
          {t('options_lockExplained')}
        </p>
        <div class="field">
          <label for="lock-new">{t('options_lockNew')}</label>
          <input id="lock-new" type="password" autocomplete="new-password" value={first} onInput={(e) => setFirst((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="lock-repeat">{t('options_lockRepeat')}</label>
          <input id="lock-repeat" type="password" autocomplete="new-password" value={second} onInput={(e) => setSecond((e.target as HTMLInputElement).value)} aria-invalid={mismatch} aria-describedby="lock-repeat-help" />
          <span id="lock-repeat-help" class={mismatch ? 'field-error' : 'field-help'}>
            {mismatch ? t('options_lockDiffer') : plural('options_lockMinLength', MIN_PASSPHRASE)}
          </span>
        </div>
        <button type="submit" disabled={busy || first === '' || first !== second}>
          {busy ? t('options_lockEncrypting') : t('options_lockTurnOn')}
        </button>
      </form>
    );
  } else if (status.locked) {
    body = (
      <>
        <p class="notice warn small">{t('options_lockLockedNotice')}</p>
        <UnlockForm onUnlock={async (p) => {
          const result = await actions.unlock(p);
          if (result.ok) onStatus(result.value);
          return result;
        }} />
        {confirmForget ? (
          <p class="notice error small" role="alert">
            {t('options_lockForgetWarning')}{' '}
            <button type="button" class="danger" onClick={async () => onStatus(await actions.forget())}>
              {t('options_lockDeleteKeys')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmForget(false)}>
              {t('options_lockKeepKeys')}
            </button>
          </p>
        ) : (
          <button type="button" class="link small" onClick={() => setConfirmForget(true)}>
            {t('options_lockForgot')}
          </button>
        )}
      </>
    );
  } else {
    body = (
      <>
        <p class="notice ok small" role="status">
          {t('options_lockOnNotice')}
        </p>
        <div class="row">
          <button type="button" onClick={async () => onStatus(await actions.lock())}>
            {t('options_lockNow')}
          </button>
        </div>
        <form
          class="row"
          onSubmit={async (e) => {
            e.preventDefault();
            await run(() => actions.disable(first));
          }}
          aria-label={t('options_lockTurnOffLabel')}
        >
          <label for="lock-off" class="sr-only">
            {t('options_lockOffPassphraseLabel')}
          </label>
          <input id="lock-off" class="grow" type="password" placeholder={t('options_passphrase')} autocomplete="current-password" value={first} onInput={(e) => setFirst((e.target as HTMLInputElement).value)} />
          <button type="submit" disabled={busy || first === ''}>
            {busy ? t('options_lockDecrypting') : t('options_lockTurnOff')}
          </button>
        </form>
      </>
    );
  }
  return (
    <section class="key-lock" aria-labelledby="key-lock-title">
      <h2 id="key-lock-title">{t('options_lockTitle')}</h2>
      {body}
      {error && (
        <ErrorNotice error={error} small />
      )}
    </section>
  );
}
