import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelClient } from '../../panel-api/types';
import { autoRefillChoicesItem, autoRefillItem, catalogChangesItem, catalogRemovedItem, catalogTimesItem, panelSecretsItem, panelsItem, pinnedServicesItem } from '../../storage';
import { EMPTY_AUTO_REFILL_STATE, FRESH_PANEL_REFILL_STATE } from '../../tracker-state/auto-refill-state';
import { removePanel, savePanel, type PanelDeps } from '../panels';

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

describe('panel origins are given back', () => {
  let removed: string[][];
  beforeEach(async () => {
    fakeBrowser.reset();
    removed = [];
    fakeBrowser.permissions.remove = vi.fn(async ({ origins }: { origins?: string[] }) => {
      removed.push(origins ?? []);
      return true;
    }) as never;
    let n = 0;
    const numbered = { ...deps, newId: () => `p${++n}` };
    await savePanel({ name: 'A', apiUrl: 'https://a.example/api/v2', apiKey: 'key-a' }, numbered);
    await savePanel({ name: 'A2', apiUrl: 'https://a.example/api/v3', apiKey: 'key-a2' }, numbered);
    await savePanel({ name: 'B', apiUrl: 'https://b.example/api/v2', apiKey: 'key-b' }, numbered);
  });

  it('when the last panel on a site is removed, and not while another panel uses it', async () => {
    await removePanel('p3');
    expect(removed).toEqual([['https://b.example/*']]);
    await removePanel('p1');
    expect(removed).toHaveLength(1);
    await removePanel('p2');
    expect(removed).toEqual([['https://b.example/*'], ['https://a.example/*']]);
  });

  it('when a panel moves to another site', async () => {
    await savePanel({ id: 'p3', name: 'B', apiUrl: 'https://b-new.example/api/v2', apiKey: 'key-b' }, deps);
    expect(removed).toEqual([['https://b.example/*']]);
    // Moving within the same site gives nothing back.
    await savePanel({ id: 'p3', name: 'B', apiUrl: 'https://b-new.example/v2', apiKey: '' }, deps);
    expect(removed).toHaveLength(1);
  });
});

describe('removing a panel', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await savePanel({ name: 'A', apiUrl: 'https://a.example/api/v2', apiKey: 'key-a' }, deps);
  });

  it('drops what was kept for it (pins, catalog changes and times, auto-refill choices and state), keeps the other panels’ and the orders’ choices', async () => {
    const removedService = { service: { id: '3', name: 'Views', type: 'Default', category: 'X', rate: '1', min: 1, max: 10, refill: null, cancel: null, dripfeed: null }, at: 1 };
    const change = (panelId: string) => ({ at: 1, panelId, serviceId: '3', name: 'Views', changes: [{ kind: 'removed' as const }] });
    const quiet = { rateUp: 0, rateDown: 0, terms: 0, removed: 1, back: 0, added: 0 };
    await pinnedServicesItem.setValue({ p1: ['3'], q: ['4'] });
    await catalogRemovedItem.setValue({ p1: { '3': removedService }, q: {} });
    await catalogChangesItem.setValue({ entries: [change('p1'), change('q')], refreshes: [{ at: 1, panelId: 'p1', unwatched: quiet }] });
    await catalogTimesItem.setValue({ p1: { askedAt: 1, fetchedAt: 1 }, q: { askedAt: 2, fetchedAt: null } });
    await autoRefillChoicesItem.setValue({ panels: { p1: true, q: false }, services: { 'p1:3': true, 'q:3': true }, orders: { 'p1:77': true } });
    await autoRefillItem.setValue({ ...EMPTY_AUTO_REFILL_STATE, panels: { p1: { ...FRESH_PANEL_REFILL_STATE, rejectedInRow: 2 } } });

    expect((await removePanel('p1')).ok).toBe(true);

    expect(await pinnedServicesItem.getValue()).toEqual({ q: ['4'] });
    expect(await catalogRemovedItem.getValue()).toEqual({ q: {} });
    expect(await catalogChangesItem.getValue()).toEqual({ entries: [change('q')], refreshes: [] });
    expect(await catalogTimesItem.getValue()).toEqual({ q: { askedAt: 2, fetchedAt: null } });
    expect(await autoRefillChoicesItem.getValue()).toEqual({ panels: { q: false }, services: { 'q:3': true }, orders: { 'p1:77': true } });
    expect((await autoRefillItem.getValue()).panels).toEqual({});
  });
});
