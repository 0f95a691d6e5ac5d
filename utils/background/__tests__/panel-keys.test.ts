/**
 * No API key outlives its panel, and a panel id a backup brings back never inherits a key:
 * removing a panel while the passphrase lock was closed left its sealed key behind, and a
 * restored backup naming that id then sent the old key to whatever URL the backup said.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelProfile } from '../../panels/types';
import { panelSecretsItem, panelsItem } from '../../storage';
import { restoreBackup } from '../backup';
import { dropOrphanKeys, enableLock, lockNow, readKeys, unlock } from '../key-vault';
import { removePanel } from '../panels';

const PASSPHRASE = 'long enough phrase';
const profile = (id: string, apiUrl = `https://${id}.example/api/v2`): PanelProfile => ({ id, name: `Panel ${id}`, apiUrl, isDefault: id === 'a', lowBalanceThreshold: null, createdAt: 0 });
const backupNaming = (panel: PanelProfile) => JSON.stringify({ format: 'panelpilot-backup', version: 1, exportedAt: '', data: { panels: [panel] } });

beforeEach(async () => {
  fakeBrowser.reset();
  await panelsItem.setValue([profile('a'), profile('b')]);
  await panelSecretsItem.setValue({ a: 'key-a', b: 'key-b' });
});

describe('keys and their panels', () => {
  it('removing a panel while locked is refused: the panel and its sealed key stay, to be removed together once unlocked', async () => {
    await enableLock(PASSPHRASE, 1000);
    await lockNow();
    const refused = await removePanel('b');
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('unlock it to remove a panel') } });
    expect((await panelsItem.getValue()).map((p) => p.id)).toEqual(['a', 'b']);
    await unlock(PASSPHRASE);
    expect(await removePanel('b')).toEqual({ ok: true, value: null });
    expect(await readKeys()).toEqual({ locked: false, keys: { a: 'key-a' } });
  });

  it('a restored panel id never inherits a key stored under it: it comes back without a key', async () => {
    // A key left behind by an older version (its panel removed while locked).
    await panelsItem.setValue([profile('a')]);
    const outcome = await restoreBackup(backupNaming(profile('b', 'https://attacker.example/api/v2')));
    expect(outcome).toMatchObject({ ok: true, panelsWithoutKey: ['Panel b'] });
    expect(await panelSecretsItem.getValue()).toEqual({ a: 'key-a' });
  });

  it('locked, a backup bringing back a panel id is refused and changes nothing', async () => {
    await panelsItem.setValue([profile('a')]);
    await enableLock(PASSPHRASE, 1000);
    await lockNow();
    const outcome = await restoreBackup(backupNaming(profile('b', 'https://attacker.example/api/v2')));
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('PanelPilot is locked: unlock it') });
    expect((await panelsItem.getValue()).map((p) => p.id)).toEqual(['a']);
    await unlock(PASSPHRASE);
    // Unlocking drops the key that had no panel.
    expect(await readKeys()).toEqual({ locked: false, keys: { a: 'key-a' } });
  });

  it('keys without a panel are dropped when they can be reached', async () => {
    await panelsItem.setValue([profile('a')]);
    await dropOrphanKeys();
    expect(await panelSecretsItem.getValue()).toEqual({ a: 'key-a' });
  });
});
