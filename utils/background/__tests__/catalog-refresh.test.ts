// The catalog refresh end to end in the background: a panel behind `fetch`, the real storage items.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../settings';
import { balancesItem, catalogChangesItem, catalogItem, catalogRemovedItem, catalogTimesItem, ordersItem, panelSecretsItem, panelsItem, pinnedServicesItem, settingsItem, trackerStateItem } from '../../storage';
import { EMPTY_TRACKER_STATE } from '../../storage-check';
import { order } from '../../../testing/orders';
import { refreshCatalog } from '../catalog';
import { describeChange } from '../../catalog/change-log';
import { CATALOG_ALARM, refreshDueCatalog, registerCatalogAlarm } from '../catalog-alarm';
import { pinService } from '../pinned-services';

const H = 3_600_000;
type Raw = { service: string; name: string; category: string; rate: string; min: string; max: string; type: string; refill: boolean; currency?: string };
const raw = (service: string, name: string, rate: string, extra: Partial<Raw> = {}): Raw => ({ service, name, category: 'Instagram Followers', rate, min: '10', max: '10000', type: 'Default', refill: true, ...extra });
let listed: Raw[];
let serviceCalls = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  serviceCalls = 0;
  listed = [raw('1', 'Instagram Followers [R30]', '0.80'), raw('2', 'Instagram Followers HQ', '1.20'), raw('3', 'Instagram Followers Cheap', '0.40'), raw('4', 'Instagram Followers Real', '2.00')];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const form = new URLSearchParams(String(init.body));
      if (form.get('action') === 'services') {
        serviceCalls += 1;
        return new Response(JSON.stringify(listed));
      }
      return new Response(JSON.stringify({ balance: '50', currency: 'USD' }));
    }),
  );
  await panelsItem.setValue([{ id: 'a', name: 'Demo panel', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 }]);
  await panelSecretsItem.setValue({ a: 'key-a' });
  // Service 1 was ordered this week; service 2 is pinned; 3 and 4 are never used.
  await ordersItem.setValue({ 'a:1': order('a', '1', { createdAt: Date.now() - 24 * H, service: { id: '1', name: 'Instagram Followers [R30]', type: 'Default', category: 'Instagram Followers', rate: '0.8', refill: true, cancel: null } }) });
  await pinService('a', '2', true);
});
afterEach(() => vi.unstubAllGlobals());

const shown = () => Object.values(fakeBrowser.notifications.getAllCreateOptions());

describe('a catalog refresh diffs the new catalog with the stored one', () => {
  it('lists the watched services’ changes, counts the others, keeps the removed, and notifies once', async () => {
    const t0 = Date.now();
    expect(await refreshCatalog('a', t0)).toMatchObject({ ok: true, value: { count: 4 } });
    // The first catalog has nothing to differ from.
    expect((await catalogChangesItem.getValue()).entries).toEqual([]);
    expect(shown()).toEqual([]);

    listed = [raw('1', 'Instagram Followers [R30]', '1.00'), raw('3', 'Instagram Followers Cheap', '0.30'), raw('4', 'Instagram Followers Real', '2.00', { min: '100' })];
    await refreshCatalog('a', t0 + 25 * H);
    const log = await catalogChangesItem.getValue();
    expect(log.entries.map((e) => [e.serviceId, e.changes.map((c) => c.kind)])).toEqual([
      ['1', ['rate']],
      ['2', ['removed']],
    ]);
    expect(log.entries[0]!.changes[0]).toEqual({ kind: 'rate', direction: 'up', from: '0.8', to: '1', percent: '25.0' });
    expect(log.refreshes).toEqual([{ at: t0 + 25 * H, panelId: 'a', unwatched: { rateUp: 0, rateDown: 1, terms: 1, removed: 0, back: 0, added: 0 } }]);
    expect(Object.keys((await catalogRemovedItem.getValue()).a ?? {})).toEqual(['2']);
    expect(shown()).toEqual([expect.objectContaining({ title: 'Demo panel: 1 price rise, 1 removed' })]);
    expect(shown()[0]!.message).toBe('1 Instagram Followers [R30]: Rate 0.80 → 1.00 (+25.0%)\n2 Instagram Followers HQ: Removed from the panel');
    expect(Object.keys(await fakeBrowser.notifications.getAll())[0]).toMatch(/^pp\|\/orders\.html\?view=catalog\|catalog:a\|/);
    expect(await catalogTimesItem.getValue()).toEqual({ a: { askedAt: 0, fetchedAt: t0 + 25 * H } });

    // Back again, compared with its last known terms.
    listed.push(raw('2', 'Instagram Followers HQ', '1.20'));
    await refreshCatalog('a', t0 + 50 * H);
    expect((await catalogChangesItem.getValue()).entries[0]).toMatchObject({ serviceId: '2', changes: [{ kind: 'back' }] });
    expect((await catalogRemovedItem.getValue()).a).toEqual({});
    expect(shown()).toHaveLength(2);
  });

  it('a worker killed while the new catalog is written: the changes are already listed, and the next refresh neither loses nor repeats them', async () => {
    await refreshCatalog('a', 1);
    listed = listed.map((s) => (s.service === '1' ? { ...s, rate: '1.00' } : s));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const killed = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((k) => k.startsWith('catalog:'))) throw new Error('the worker was killed');
      return set(items);
    });
    await refreshCatalog('a', 2).catch(() => null);
    killed.mockRestore();
    const entries = async () => (await catalogChangesItem.getValue()).entries.map((e) => [e.serviceId, e.changes.map((c) => c.kind)]);
    expect(await entries()).toEqual([['1', ['rate']]]);
    // The next refresh finds the old catalog still stored: the same change, listed and told once.
    await refreshCatalog('a', 3);
    expect(await entries()).toEqual([['1', ['rate']]]);
    expect(shown()).toHaveLength(1);
    expect((await catalogItem('a').getValue())?.fetchedAt).toBe(3);
  });

  it('a service billed in its own currency: its rate change is told in that currency, not the balance\'s', async () => {
    await balancesItem.setValue({ a: { last: { balance: '50', currency: 'USD', text: '50', fetchedAt: 1 }, error: null } } as never);
    listed = listed.map((s) => (s.service === '1' ? { ...s, currency: 'EUR' } : s));
    await refreshCatalog('a', 1);
    listed = listed.map((s) => (s.service === '1' ? { ...s, rate: '1.00' } : s));
    await refreshCatalog('a', 2);
    expect(shown()[0]!.message).toBe('1 Instagram Followers [R30]: Rate 0.80 → 1.00 EUR (+25.0%)');
    const [entry] = (await catalogChangesItem.getValue()).entries;
    expect(describeChange(entry!.changes[0]!, 'USD')).toBe('Rate 0.80 → 1.00 EUR (+25.0%)');
  });

  it('nothing watched changed: nothing listed, no notification', async () => {
    await refreshCatalog('a', 1);
    listed = listed.map((s) => (s.service === '3' ? { ...s, rate: '0.5' } : s));
    await refreshCatalog('a', 2);
    expect(shown()).toEqual([]);
    expect((await catalogChangesItem.getValue()).entries).toEqual([]);
  });

  it('the setting off: listed, not notified', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notify: { ...DEFAULT_SETTINGS.notify, catalogChanges: false } });
    await refreshCatalog('a', 1);
    listed = listed.filter((s) => s.service !== '1');
    await refreshCatalog('a', 2);
    expect((await catalogChangesItem.getValue()).entries).toHaveLength(1);
    expect(shown()).toEqual([]);
  });

  it('unpinning takes the service off the watch list', async () => {
    expect(await pinnedServicesItem.getValue()).toEqual({ a: ['2'] });
    await pinService('a', '2', false);
    await refreshCatalog('a', 1);
    listed = listed.filter((s) => s.service !== '2');
    await refreshCatalog('a', 2);
    expect((await catalogChangesItem.getValue()).entries).toEqual([]);
    expect((await catalogChangesItem.getValue()).refreshes[0]!.unwatched.removed).toBe(1);
  });
});

describe('the background refreshes catalogs on its own', () => {
  it('an alarm of its own, put back at every worker start', async () => {
    registerCatalogAlarm();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(CATALOG_ALARM))?.periodInMinutes).toBe(60));
  });

  it('one panel per run, the stale one; then nothing until it is stale again', async () => {
    const now = Date.now();
    await catalogItem('a').setValue({ panelId: 'a', fetchedAt: now - 25 * H, services: [] });
    expect(await refreshDueCatalog(now)).toBe('a');
    expect(serviceCalls).toBe(1);
    expect(await catalogTimesItem.getValue()).toEqual({ a: { askedAt: now, fetchedAt: now } });
    expect(await refreshDueCatalog(now + 2 * H)).toBeNull();
    expect(serviceCalls).toBe(1);
  });

  it('leaves a panel alone while its key is refused or the poller backs off', async () => {
    const now = Date.now();
    const poll = { failures: 3, nextAttemptAt: now + 10 * 60_000, lastError: null, pausedForAuth: false, lastSuccessAt: null };
    await trackerStateItem.setValue({ ...EMPTY_TRACKER_STATE, panels: { a: poll } });
    expect(await refreshDueCatalog(now)).toBeNull();
    await trackerStateItem.setValue({ ...EMPTY_TRACKER_STATE, panels: { a: { ...poll, nextAttemptAt: null, pausedForAuth: true } } });
    expect(await refreshDueCatalog(now)).toBeNull();
    expect(serviceCalls).toBe(0);
  });

  it('a failed ask counts as the panel’s turn: not asked again within the hour', async () => {
    const now = Date.now();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Service Unavailable', { status: 503 })));
    expect(await refreshDueCatalog(now)).toBe('a');
    expect(await refreshDueCatalog(now + 30 * 60_000)).toBeNull();
    expect(await refreshDueCatalog(now + 61 * 60_000)).toBe('a');
  });
});
