import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelSecretsItem, panelsItem, sealedKeysItem, unlockedKeysItem } from '../../storage';
import { disableLock, enableLock, forgetLockedKeys, keyLockStatus, lockNow, readKeys, unlock, writeKey } from '../key-vault';

const FAST = 1000;

describe('key vault', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await panelsItem.setValue(['p1', 'p2'].map((id) => ({ id, name: id, apiUrl: `https://${id}.example/api/v2`, isDefault: id === 'p1', lowBalanceThreshold: null, createdAt: 0 })));
    await panelSecretsItem.setValue({ p1: 'secret-key-1' });
  });

  it('without a lock, keys are plain extension storage', async () => {
    expect(await keyLockStatus()).toEqual({ enabled: false, locked: false });
    expect(await readKeys()).toEqual({ locked: false, keys: { p1: 'secret-key-1' } });
    await writeKey('p2', 'secret-key-2');
    await writeKey('p1', null);
    expect(await panelSecretsItem.getValue()).toEqual({ p2: 'secret-key-2' });
  });

  it('enabling the lock seals the keys and leaves no plain copy', async () => {
    const enabled = await enableLock('long enough phrase', FAST);
    expect(enabled).toEqual({ ok: true, value: { enabled: true, locked: false } });
    expect(await panelSecretsItem.getValue()).toEqual({});
    expect(JSON.stringify(await sealedKeysItem.getValue())).not.toContain('secret-key-1');
    expect(await readKeys()).toEqual({ locked: false, keys: { p1: 'secret-key-1' } });
  });

  it('plain copies of a once-corrupted key blob do not outlive the lock', async () => {
    await fakeBrowser.storage.local.set({
      'backup:panelSecrets:1': { p1: 'secret-key-1' },
      'backup:orders:1': 'kept',
      storageBackups: [{ item: 'panelSecrets', key: 'backup:panelSecrets:1', at: 1, hash: 'a' }, { item: 'orders', key: 'backup:orders:1', at: 1, hash: 'b' }],
    });
    await enableLock('long enough phrase', FAST);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all)).not.toContain('backup:panelSecrets:1');
    expect(all['backup:orders:1']).toBe('kept');
    expect(all.storageBackups).toEqual([{ item: 'orders', key: 'backup:orders:1', at: 1, hash: 'b' }]);
  });

  it('refuses a short passphrase and changes nothing', async () => {
    const result = await enableLock('short', FAST);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('The passphrase is too short.');
    expect(await panelSecretsItem.getValue()).toEqual({ p1: 'secret-key-1' });
    expect(await sealedKeysItem.getValue()).toBeNull();
  });

  it('locked: no key is readable or writable until the right passphrase unlocks', async () => {
    await enableLock('long enough phrase', FAST);
    await lockNow();
    expect(await keyLockStatus()).toEqual({ enabled: true, locked: true });
    expect(await readKeys()).toEqual({ locked: true });
    const write = await writeKey('p2', 'secret-key-2');
    expect(write.ok).toBe(false);
    if (!write.ok) expect(write.error.message).toBe('PanelPilot is locked.');

    const wrong = await unlock('long enough phrasE');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.message).toBe('Wrong passphrase.');
    expect(await readKeys()).toEqual({ locked: true });

    expect((await unlock('long enough phrase')).ok).toBe(true);
    await writeKey('p2', 'secret-key-2');
    await lockNow();
    await unlock('long enough phrase');
    expect(await readKeys()).toEqual({ locked: false, keys: { p1: 'secret-key-1', p2: 'secret-key-2' } });
  });

  it('a browser restart (session storage cleared) locks again', async () => {
    await enableLock('long enough phrase', FAST);
    await unlockedKeysItem.removeValue(); // what a browser restart does to session storage
    expect(await readKeys()).toEqual({ locked: true });
  });

  it('turning the lock off needs the passphrase and restores the plain keys', async () => {
    await enableLock('long enough phrase', FAST);
    expect((await disableLock('wrong phrase here')).ok).toBe(false);
    expect(await sealedKeysItem.getValue()).not.toBeNull();
    expect(await disableLock('long enough phrase')).toEqual({ ok: true, value: { enabled: false, locked: false } });
    expect(await panelSecretsItem.getValue()).toEqual({ p1: 'secret-key-1' });
    expect(await sealedKeysItem.getValue()).toBeNull();
  });

  it('"forgot the passphrase" from a stale page never deletes plain keys', async () => {
    expect(await forgetLockedKeys()).toEqual({ enabled: false, locked: false });
    expect(await panelSecretsItem.getValue()).toEqual({ p1: 'secret-key-1' });
  });

  it('a forgotten passphrase drops the sealed keys and keeps nothing locked', async () => {
    await enableLock('long enough phrase', FAST);
    await lockNow();
    expect(await forgetLockedKeys()).toEqual({ enabled: false, locked: false });
    expect(await readKeys()).toEqual({ locked: false, keys: {} });
  });
});
