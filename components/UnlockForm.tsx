import { noAnswerFromBackground } from '@/utils/messaging';
import { useState } from 'preact/hooks';
import type { PanelError } from '@/utils/panel-api/errors';
import type { Result } from '@/utils/panel-api/types';
import type { KeyLockStatus } from '@/utils/panels/types';
import { ErrorNotice } from '@/components/ErrorNotice';
import { t } from '@/utils/i18n/messages';

/** Passphrase → unlock. Used by the popup and the settings page while the keys are locked. */
export function UnlockForm({ onUnlock, autoFocus = false }: { onUnlock: (passphrase: string) => Promise<Result<KeyLockStatus>>; autoFocus?: boolean }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PanelError | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const result = await onUnlock(passphrase).catch(
      (): Result<KeyLockStatus> => ({ ok: false, error: noAnswerFromBackground(t('options_unlockTryAgain')) }),
    );
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) setPassphrase('');
  };
  return (
    <form class="unlock-form" onSubmit={submit} aria-label={t('options_unlockFormLabel')}>
      <div class="field">
        <label for="unlock-passphrase">{t('options_passphrase')}</label>
        <div class="row">
          <input
            id="unlock-passphrase"
            class="grow"
            type="password"
            value={passphrase}
            onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
            autocomplete="current-password"
            autoFocus={autoFocus}
            aria-invalid={error !== null}
            aria-describedby={error ? 'unlock-error' : undefined}
          />
          <button type="submit" class="primary" disabled={busy || passphrase === ''}>
            {busy ? t('options_unlocking') : t('options_unlock')}
          </button>
        </div>
      </div>
      {error && (
        <ErrorNotice id="unlock-error" error={error} small />
      )}
    </form>
  );
}
