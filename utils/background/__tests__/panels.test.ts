import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelClient } from '../../panel-api/types';
import { panelSecretsItem, panelsItem } from '../../storage';
import { savePanel, type PanelDeps } from '../panels';

let asked: { apiUrl: string; apiKey: string }[];
const deps: PanelDeps = {
  makeClient: (conn) => {
    asked.push(conn);
    return { balance: async () => ({ ok: true, value: { balance: '5', currency: 'USD' } }) } as unknown as PanelClient;
  },
  now: () => 1,
  newId: () => 'p1',
};

describe('saving a panel', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    asked = [];
    await savePanel({ name: 'A', apiUrl: 'https://a.example/api/v2', apiKey: 'key-a' }, deps);
    asked = [];
  });

  it('keeps the stored key when only the name changes', async () => {
    const result = await savePanel({ id: 'p1', name: 'A renamed', apiUrl: 'https://a.example/api/v2', apiKey: '' }, deps);
    expect(result.ok).toBe(true);
    expect(asked).toEqual([{ apiUrl: 'https://a.example/api/v2', apiKey: 'key-a' }]);
  });

  it('never sends the stored key to a new host: the key must be entered again', async () => {
    const result = await savePanel({ id: 'p1', name: 'A', apiUrl: 'https://other.example/api/v2', apiKey: '' }, deps);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('Enter the API key again');
    expect(asked).toEqual([]);
    expect((await panelsItem.getValue())[0]!.apiUrl).toBe('https://a.example/api/v2');
    expect(await panelSecretsItem.getValue()).toEqual({ p1: 'key-a' });
  });
});
