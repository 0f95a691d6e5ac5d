import { useState } from 'preact/hooks';
import { UnlockForm } from '@/components/UnlockForm';
import type { PanelError } from '@/utils/panel-api/errors';
import type { Result } from '@/utils/panel-api/types';
import type { KeyLockStatus } from '@/utils/panels/types';
import { ErrorNotice } from '@/components/ErrorNotice';
import type { KeyLockActions } from './actions';

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
        aria-label="Turn on the passphrase lock"
      >
        <p class="muted small">
          Encrypts your API keys in this browser with a passphrase. You type it once after each browser start; until then PanelPilot cannot place orders or check their status. There is no way to recover a forgotten passphrase: you would enter the API keys again.
        </p>
        <div class="field">
          <label for="lock-new">New passphrase</label>
          <input id="lock-new" type="password" autocomplete="new-password" value={first} onInput={(e) => setFirst((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="lock-repeat">Repeat passphrase</label>
          <input id="lock-repeat" type="password" autocomplete="new-password" value={second} onInput={(e) => setSecond((e.target as HTMLInputElement).value)} aria-invalid={mismatch} aria-describedby="lock-repeat-help" />
          <span id="lock-repeat-help" class={mismatch ? 'field-error' : 'field-help'}>
            {mismatch ? 'The two passphrases differ.' : 'At least 8 characters.'}
          </span>
        </div>
        <button type="submit" disabled={busy || first === '' || first !== second}>
          {busy ? 'Encrypting…' : 'Turn on lock'}
        </button>
      </form>
    );
  } else if (status.locked) {
    body = (
      <>
        <p class="notice warn small">Locked: orders are not being checked and none can be placed until you unlock.</p>
        <UnlockForm onUnlock={async (p) => {
          const result = await actions.unlock(p);
          if (result.ok) onStatus(result.value);
          return result;
        }} />
        {confirmForget ? (
          <p class="notice error small" role="alert">
            This deletes the locked API keys; your panels and orders stay, and each panel needs its key entered again.{' '}
            <button type="button" class="danger" onClick={async () => onStatus(await actions.forget())}>
              Delete locked keys
            </button>{' '}
            <button type="button" onClick={() => setConfirmForget(false)}>
              Keep them
            </button>
          </p>
        ) : (
          <button type="button" class="link small" onClick={() => setConfirmForget(true)}>
            Forgot the passphrase?
          </button>
        )}
      </>
    );
  } else {
    body = (
      <>
        <p class="notice ok small" role="status">
          API keys are encrypted with your passphrase, and unlocked until the browser closes.
        </p>
        <div class="row">
          <button type="button" onClick={async () => onStatus(await actions.lock())}>
            Lock now
          </button>
        </div>
        <form
          class="row"
          onSubmit={async (e) => {
            e.preventDefault();
            await run(() => actions.disable(first));
          }}
          aria-label="Turn off the passphrase lock"
        >
          <label for="lock-off" class="sr-only">
            Passphrase to turn the lock off
          </label>
          <input id="lock-off" class="grow" type="password" placeholder="Passphrase" autocomplete="current-password" value={first} onInput={(e) => setFirst((e.target as HTMLInputElement).value)} />
          <button type="submit" disabled={busy || first === ''}>
            {busy ? 'Decrypting…' : 'Turn off lock'}
          </button>
        </form>
      </>
    );
  }
  return (
    <section class="key-lock" aria-labelledby="key-lock-title">
      <h2 id="key-lock-title">Passphrase lock</h2>
      {body}
      {error && (
        <ErrorNotice error={error} small />
      )}
    </section>
  );
}
