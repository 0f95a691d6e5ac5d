/**
 * The one place API keys are read and written. Without a passphrase they sit in
 * `local:panelSecrets`; with the lock on they are sealed in `local:sealedKeys` and, once the
 * user unlocks, held in session storage until the browser closes or the user locks again.
 * Pages never receive a key: they get the lock's state and send passphrases.
 */
import { browser } from 'wxt/browser';
import { panelError } from '../panel-api/errors';
import type { MessageHandlers } from '../messaging';
import type { Result } from '../panel-api/types';
import type { KeyLockStatus } from '../panels/types';
import { MIN_PASSPHRASE, openWithPassphrase, reseal, sealWithPassphrase, type OpenedKeys } from '../panels/key-seal';
import { plural, t } from '../i18n/messages';
import { panelSecretsItem, panelsItem, sealedKeysItem, storageBackupsItem, unlockedKeysItem } from '../storage';
import { readBackupIndex } from '../storage-backups';
import { own, without } from '../own';
import { withLock } from './lock';

export type KeyRing = { locked: false; keys: Record<string, string> } | { locked: true };


/** Made when it is shown (a page asked, a poll is refused), in the language of that moment. */
export const lockedError = () => ({ ...panelError('auth', t('options_lockedMessage')), hint: t('options_lockedHint') });

const fail = (message: string, hint: string): Result<never> => ({ ok: false, error: { ...panelError('validation', message), hint } });

export async function readKeys(): Promise<KeyRing> {
  if (!(await sealedKeysItem.getValue())) return { locked: false, keys: await panelSecretsItem.getValue() };
  const opened = await unlockedKeysItem.getValue();
  return opened ? { locked: false, keys: opened.keys } : { locked: true };
}

export async function keyLockStatus(): Promise<KeyLockStatus> {
  const [sealed, opened] = await Promise.all([sealedKeysItem.getValue(), unlockedKeysItem.getValue()]);
  return { enabled: sealed !== null, locked: sealed !== null && opened === null };
}

/** Sets (string) or removes (null) one panel's key, sealed again when the lock is on. */
export async function writeKey(panelId: string, apiKey: string | null): Promise<Result<null>> {
  return withLock('keys', () =>
    changeKeys((keys) => {
      const rest = without(keys, panelId);
      return apiKey === null ? rest : { ...rest, [panelId]: apiKey };
    }),
  );
}

/**
 * Drops the keys of these panel ids (a removed panel, a panel id a backup brings back).
 * While the lock is closed the sealed keys cannot be changed: refused, so the caller changes
 * nothing either (no key may outlive its panel, and no restored id may inherit one).
 */
export function dropKeys(panelIds: readonly string[]): Promise<Result<null>> {
  return withLock('keys', () => changeKeys((keys) => Object.fromEntries(Object.entries(keys).filter(([id]) => !panelIds.includes(id)))));
}

/** Under the keys lock: applies `change` to the keys, plain or sealed again; refused while locked. */
async function changeKeys(change: (keys: Record<string, string>) => Record<string, string>): Promise<Result<null>> {
  if (!(await sealedKeysItem.getValue())) {
    const keys = await panelSecretsItem.getValue();
    const next = change(keys);
    if (Object.keys(next).length !== Object.keys(keys).length || Object.entries(next).some(([id, key]) => own(keys, id) !== key)) await panelSecretsItem.setValue(next);
    return { ok: true, value: null };
  }
  const opened = await unlockedKeysItem.getValue();
  if (!opened) return { ok: false, error: lockedError() };
  const next = await reseal(opened, change(opened.keys));
  await sealedKeysItem.setValue(next.sealed);
  await unlockedKeysItem.setValue(next.opened);
  return { ok: true, value: null };
}

/**
 * Keys whose panel is gone (left by removing a panel while locked, before that was refused):
 * dropped at worker start and at every unlock, as soon as they can be reached.
 */
export function dropOrphanKeys(): Promise<void> {
  // Under the panels lock, as saving a panel writes its key and then the panel under it.
  return withLock('panels', async () => {
    const ring = await readKeys();
    if (ring.locked) return;
    const panels = new Set((await panelsItem.getValue()).map((p) => p.id));
    const orphans = Object.keys(ring.keys).filter((id) => !panels.has(id));
    if (orphans.length) await dropKeys(orphans);
  });
}

/**
 * A corrupted `panelSecrets` blob is kept as `backup:panelSecrets:<time>` (utils/storage.ts).
 * Once the keys are sealed, such plain copies must not outlive them.
 */
async function dropPlainKeyBackups(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const copies = Object.keys(all).filter((key) => key.startsWith('backup:panelSecrets:'));
  if (copies.length) await browser.storage.local.remove(copies);
  // And from the list of copies (utils/storage-backups.ts), which must not name them any more.
  await withLock('storageBackups', async () => {
    const index = readBackupIndex(await storageBackupsItem.getValue());
    const kept = index.filter((b) => b.item !== 'panelSecrets');
    if (kept.length !== index.length) await storageBackupsItem.setValue(kept);
  });
}

export async function enableLock(passphrase: string, iterations?: number): Promise<Result<KeyLockStatus>> {
  if (passphrase.length < MIN_PASSPHRASE) return fail(t('options_lockTooShort'), plural('options_lockTooShortHint', MIN_PASSPHRASE));
  return withLock('keys', async () => {
    if (await sealedKeysItem.getValue()) return fail(t('options_lockAlreadyOn'), t('options_lockAlreadyOnHint'));
    const { sealed, opened } = await sealWithPassphrase(await panelSecretsItem.getValue(), passphrase, iterations);
    // Sealed copy first, then the plain one is removed: a worker killed in between leaves
    // the keys readable in both forms, never in neither.
    await sealedKeysItem.setValue(sealed);
    await unlockedKeysItem.setValue(opened);
    await panelSecretsItem.setValue({});
    await dropPlainKeyBackups();
    return { ok: true, value: { enabled: true, locked: false } };
  });
}

const NO_LOCK: KeyLockStatus = { enabled: false, locked: false };

/**
 * Under the keys lock: opens the sealed keys with the passphrase and hands them to `then`.
 * No lock on: nothing to open. A wrong passphrase: the same words wherever it is asked.
 */
function withOpenedKeys(passphrase: string, hint: string, then: (opened: OpenedKeys) => Promise<KeyLockStatus>): Promise<Result<KeyLockStatus>> {
  return withLock('keys', async () => {
    const sealed = await sealedKeysItem.getValue();
    if (!sealed) return { ok: true, value: NO_LOCK };
    const opened = await openWithPassphrase(sealed, passphrase);
    if (!opened) return fail(t('options_lockWrongPassphrase'), hint);
    return { ok: true, value: await then(opened) };
  });
}

export async function unlock(passphrase: string): Promise<Result<KeyLockStatus>> {
  const result = await withOpenedKeys(passphrase, t('options_lockWrongUnlockHint'), async (opened) => {
    await unlockedKeysItem.setValue(opened);
    return { enabled: true, locked: false };
  });
  if (result.ok) await dropOrphanKeys();
  return result;
}

export async function lockNow(): Promise<KeyLockStatus> {
  // Inside the lock: a key being written at this moment must not put the keys back after.
  await withLock('keys', () => unlockedKeysItem.removeValue());
  return keyLockStatus();
}

/** Turns the lock off: the keys go back to plain extension storage. Needs the passphrase. */
export function disableLock(passphrase: string): Promise<Result<KeyLockStatus>> {
  return withOpenedKeys(passphrase, t('options_lockWrongHint'), async (opened) => {
    await panelSecretsItem.setValue(opened.keys);
    await sealedKeysItem.removeValue();
    await unlockedKeysItem.removeValue();
    return NO_LOCK;
  });
}

/**
 * A forgotten passphrase: the sealed keys are dropped (they cannot be opened), panels stay,
 * and each panel needs its key entered again.
 */
export async function forgetLockedKeys(): Promise<KeyLockStatus> {
  return withLock('keys', async () => {
    // A stale page may ask after the lock was turned off: plain keys are never deleted here.
    if (!(await sealedKeysItem.getValue())) return keyLockStatus();
    await sealedKeysItem.removeValue();
    await unlockedKeysItem.removeValue();
    await panelSecretsItem.setValue({});
    return { enabled: false, locked: false };
  });
}

export const keyVaultHandlers: Pick<MessageHandlers, 'keys.status' | 'keys.enableLock' | 'keys.unlock' | 'keys.lock' | 'keys.disableLock' | 'keys.forget'> = {
  'keys.status': () => keyLockStatus(),
  'keys.enableLock': ({ passphrase }) => enableLock(passphrase),
  'keys.unlock': ({ passphrase }) => unlock(passphrase),
  'keys.lock': () => lockNow(),
  'keys.disableLock': ({ passphrase }) => disableLock(passphrase),
  'keys.forget': () => forgetLockedKeys(),
};
