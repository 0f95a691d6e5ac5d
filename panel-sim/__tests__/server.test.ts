// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPanelClient } from '../../utils/panel-api/client';
import { controlClient } from '../control';
import { startPanelSim, type PanelSim } from '../server';

const SERVICES = [
  { service: 1, name: 'Instagram Followers', type: 'Default', category: 'Instagram Followers', rate: '0.90', min: '50', max: '10000', refill: true, cancel: true },
  { service: 2, name: 'Comments', type: 'Custom Comments', category: 'Instagram Comments', rate: '8', min: '1', max: '1500', refill: false, cancel: true },
  { service: 3, name: 'Package', type: 'Package', category: 'Instagram', rate: '12.5', min: '1', max: '1', refill: false, cancel: false },
  { service: 4, name: 'No drip', type: 'Default', category: 'YouTube Views', rate: '1.2345678', min: '100', max: '100000', dripfeed: false },
];

let sim: PanelSim;
const post = async (fields: Record<string, string>) => {
  const response = await fetch(sim.apiUrl, { method: 'POST', body: new URLSearchParams({ key: 'demo-key', ...fields }) });
  return { status: response.status, text: await response.text(), headers: response.headers };
};
const api = () => createPanelClient({ apiUrl: sim.apiUrl, apiKey: 'demo-key' }, { timeoutMs: 1000, addTimeoutMs: 1000 });
const control = () => controlClient(sim.url);

beforeEach(async () => {
  sim = await startPanelSim({ port: 0, services: SERVICES, balance: '100', quiet: true });
});
afterEach(async () => {
  await sim.close();
});

describe('the seed shapes', () => {
  it('services, balance, add, status, refill, refill_status, cancel', async () => {
    expect(JSON.parse((await post({ action: 'services' })).text)[0]).toEqual({ service: 1, name: 'Instagram Followers', type: 'Default', category: 'Instagram Followers', rate: '0.90', min: '50', max: '10000', refill: true, cancel: true });
    expect(JSON.parse((await post({ action: 'balance' })).text)).toEqual({ balance: '100.00000', currency: 'USD' });
    const add = JSON.parse((await post({ action: 'add', service: '1', link: 'https://instagram.com/p/1', quantity: '1000' })).text);
    expect(add).toEqual({ order: 10001 });
    expect(JSON.parse((await post({ action: 'status', order: '10001' })).text)).toEqual({ charge: '0.90000', start_count: '0', status: 'Pending', remains: '1000', currency: 'USD' });
    expect(JSON.parse((await post({ action: 'status', orders: '10001,9' })).text)).toEqual({
      '10001': { charge: '0.90000', start_count: '0', status: 'Pending', remains: '1000', currency: 'USD' },
      '9': { error: 'Incorrect order ID' },
    });
    expect(JSON.parse((await post({ action: 'refill', order: '10001' })).text)).toEqual({ error: 'The order is not completed' });
    await control().completeAll();
    expect(JSON.parse((await post({ action: 'refill', order: '10001' })).text)).toEqual({ refill: '501' });
    expect(JSON.parse((await post({ action: 'refill', orders: '10001,9' })).text)).toEqual([
      { order: 10001, refill: 502 },
      { order: 9, refill: { error: 'Incorrect order ID' } },
    ]);
    expect(JSON.parse((await post({ action: 'refill_status', refill: '501' })).text)).toEqual({ status: 'Pending' });
    expect(JSON.parse((await post({ action: 'refill_status', refills: '501,77' })).text)).toEqual([
      { refill: 501, status: 'Pending' },
      { refill: 77, status: { error: 'Refill not found' } },
    ]);
    const second = JSON.parse((await post({ action: 'add', service: '1', link: 'https://instagram.com/p/2', quantity: '100' })).text);
    expect(JSON.parse((await post({ action: 'cancel', orders: `${second.order},9,10001` })).text)).toEqual([
      { order: second.order, cancel: 1 },
      { order: 9, cancel: { error: 'Incorrect order ID' } },
      { order: 10001, cancel: { error: 'The order is already completed' } },
    ]);
  });
});

describe('errors real panels send', () => {
  it.each([
    [{ key: 'wrong', action: 'balance' }, 'Invalid API key'],
    [{ action: 'fly' }, 'Incorrect request'],
    [{ action: 'add', service: '999', link: 'https://a.b/c', quantity: '100' }, 'Incorrect service ID'],
    [{ action: 'add', service: '1', link: 'https://a.b/c', quantity: '10' }, 'Quantity less than minimal 50'],
    [{ action: 'add', service: '1', link: 'https://a.b/c', quantity: '10001' }, 'Quantity more than maximum'],
    [{ action: 'add', service: '1', link: 'not a link', quantity: '100' }, 'Bad link'],
    [{ action: 'add', service: '4', link: 'https://a.b/c', quantity: '100', runs: '2', interval: '5' }, 'This services does not support Dripfeed feature!'],
    [{ action: 'add', service: '2', link: 'https://a.b/c' }, 'Incorrect request'],
    [{ action: 'status', orders: Array.from({ length: 101 }, (_, i) => i).join(',') }, 'Incorrect request'],
  ])('%j → %s', async (fields, error) => {
    expect(JSON.parse((await post(fields as Record<string, string>)).text)).toEqual({ error });
  });

  it('low funds and an active order on the same link', async () => {
    await control().setBalance('0.5');
    expect(JSON.parse((await post({ action: 'add', service: '1', link: 'https://a.b/c', quantity: '1000' })).text)).toEqual({ error: 'Not enough funds on balance' });
    await control().setBalance('100');
    await post({ action: 'add', service: '1', link: 'https://a.b/c', quantity: '100' });
    expect(JSON.parse((await post({ action: 'add', service: '1', link: 'https://a.b/c', quantity: '100' })).text)).toEqual({
      error: 'You have active order with this link. Please wait until order being completed.',
    });
  });
});

describe('money and progress', () => {
  it('charges exactly and refunds partial and canceled orders', async () => {
    const client = api();
    await client.add('4', { link: 'https://youtube.com/watch?v=1', quantity: 1000 }); // 1.2345678 → 1.23457
    await client.add('2', { link: 'https://instagram.com/p/c', comments: 'nice\ngreat\n\nwow' }); // 3 × 8 / 1000 = 0.024
    await client.add('3', { link: 'https://instagram.com/p/pkg' }); // 12.5 once
    await client.add('1', { link: 'https://instagram.com/p/d?pp-fate=partial', quantity: 1000, runs: 2, interval: 10 }); // 1.8
    expect(await client.balance()).toEqual({ ok: true, value: { balance: '84.44143', currency: 'USD', text: '84.44143' } });
    await control().completeAll();
    const statuses = await client.statuses(['10001', '10002', '10003', '10004']);
    // The drip-feed's quantity was per run: the panel tracks its total, 1000 × 2 runs.
    expect(statuses.items['10004']).toMatchObject({ ok: true, value: { status: 'partial', remains: 600 } });
    // Partial refunds the remains' share: 1.8 × 600 / 2000 = 0.54.
    expect(await client.balance()).toEqual({ ok: true, value: { balance: '84.98143', currency: 'USD', text: '84.98143' } });
  });

  it('orders move Pending → In progress → final with the clock; fates come from the link', async () => {
    const client = api();
    await client.add('1', { link: 'https://x.com/a', quantity: 1000 });
    await client.add('1', { link: 'https://x.com/b?pp-fate=canceled', quantity: 1000 });
    const word = async (id: string) => {
      const r = await client.status(id);
      return r.ok ? r.value.statusText : r.error.message;
    };
    expect(await word('10001')).toBe('Pending');
    await control().advance(60_000);
    expect(await word('10001')).toBe('In progress');
    await control().advance(120_000);
    expect([await word('10001'), await word('10002')]).toEqual(['Completed', 'Canceled']);
    const refill = await client.refill('10001');
    expect(refill.ok).toBe(true);
    await control().advance(120_000);
    expect(await client.refillStatus(refill.ok ? (refill.value.refillId ?? '') : '')).toEqual({ ok: true, value: { status: 'completed', statusText: 'Completed' } });
  });
});

describe('faults and counters', () => {
  it('counts requests per action and batch sizes', async () => {
    const { ids } = await control().createOrders(250);
    const result = await api().statuses(ids);
    expect(Object.keys(result.items)).toHaveLength(250);
    const stats = await control().stats();
    expect(stats.counts['status:orders']).toBe(3);
    expect(stats.batchSizes.status).toEqual([100, 100, 50]);
  });

  it('each fault is classified by the client', async () => {
    const client = createPanelClient({ apiUrl: sim.apiUrl, apiKey: 'demo-key' }, { timeoutMs: 300 });
    const expectations: [string, string][] = [
      ['http500', 'server'],
      ['http429', 'rate_limited'],
      ['html', 'challenge'],
      ['stall', 'timeout'],
      ['reset', 'network'],
      ['redirect', 'redirect'],
      ['truncated', 'bad_response'],
      ['empty', 'bad_response'],
      ['login', 'bad_response'],
      ['http404', 'bad_response'],
      ['fatal', 'server'],
    ];
    for (const [kind, errorKind] of expectations) {
      await control().setFault({ kind: kind as never, times: 1, stallMs: 2000, retryAfter: 7 });
      const result = await client.balance();
      expect([kind, result.ok ? 'ok' : result.error.kind]).toEqual([kind, errorKind]);
      if (kind === 'http429') expect(result.ok ? 0 : result.error.retryAfterMs).toBe(7000);
      expect((await client.balance()).ok).toBe(true); // recovered: the fault was for one request
    }
  });

  it('the HTML fault page is a Cloudflare-like challenge', async () => {
    await control().setFault({ kind: 'html', times: 1 });
    const answer = await post({ action: 'balance' });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('Just a moment...');
  });

  it('numbers and wrap drift shapes', async () => {
    await control().setFault({ kind: 'numbers', times: 1 });
    expect(JSON.parse((await post({ action: 'balance' })).text)).toEqual({ balance: 100, currency: 'USD' });
    await control().setFault({ kind: 'wrap', times: 1, actions: ['services'] });
    expect(JSON.parse((await post({ action: 'services' })).text)).toMatchObject({ status: 'success', data: expect.any(Array) });
    const services = await api().services();
    expect(services.ok && services.value.length).toBe(4);
  });

  it('a redirect target never receives the key from the client', async () => {
    await control().setFault({ kind: 'redirect', times: 1 });
    const result = await api().balance();
    expect(result).toMatchObject({ ok: false, error: { kind: 'redirect' } });
    expect(await control().redirectHits()).toEqual([]);
    // A client that follows redirects would have delivered the key: the recorder sees it.
    await control().setFault({ kind: 'redirect', times: 1 });
    await fetch(sim.apiUrl, { method: 'POST', body: new URLSearchParams({ key: 'demo-key', action: 'balance' }) });
    const hits = await control().redirectHits();
    expect(hits.length).toBe(1);
  });
});
