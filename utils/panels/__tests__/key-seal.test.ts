import { describe, expect, it } from 'vitest';
import { openWithPassphrase, reseal, sealWithPassphrase } from '../key-seal';

const KEYS = { p1: 'key-one-0123456789abcdef', p2: 'key-two' };
const FAST = 1000; // iterations: the real 600,000 is for users, not for every test run

describe('key seal', () => {
  it('opens with the right passphrase and returns the same keys', async () => {
    const { sealed } = await sealWithPassphrase(KEYS, 'correct horse battery', FAST);
    expect(JSON.stringify(sealed)).not.toContain('key-one');
    expect((await openWithPassphrase(sealed, 'correct horse battery'))?.keys).toEqual(KEYS);
  });

  it('refuses a wrong passphrase and a tampered blob', async () => {
    const { sealed } = await sealWithPassphrase(KEYS, 'correct horse battery', FAST);
    expect(await openWithPassphrase(sealed, 'Correct horse battery')).toBeNull();
    const flipped = sealed.data.startsWith('A') ? `B${sealed.data.slice(1)}` : `A${sealed.data.slice(1)}`;
    expect(await openWithPassphrase({ ...sealed, data: flipped }, 'correct horse battery')).toBeNull();
    expect(await openWithPassphrase({ ...sealed, iv: 'not base64!' }, 'correct horse battery')).toBeNull();
  });

  it('reseals changed keys without the passphrase, openable with it, under a new IV', async () => {
    const first = await sealWithPassphrase(KEYS, 'correct horse battery', FAST);
    const next = await reseal(first.opened, { ...KEYS, p3: 'key-three' });
    expect(next.sealed.iv).not.toBe(first.sealed.iv);
    expect((await openWithPassphrase(next.sealed, 'correct horse battery'))?.keys).toEqual({ ...KEYS, p3: 'key-three' });
  });
});
