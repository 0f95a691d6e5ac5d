// @vitest-environment node
/** The simulator's dialects (panel-sim/dialects.ts): what each sends on the wire, and what the client makes of it. */
import { afterEach, describe, expect, it } from 'vitest';
import { createPanelClient } from '../../utils/panel-api/client';
import { controlClient } from '../control';
import type { DialectTraits } from '../dialects';
import { startPanelSim, type PanelSim, type PanelSimOptions } from '../server';

const SERVICES = [
  { service: 1, name: 'Instagram Followers', type: 'Default', category: 'Instagram Followers', rate: '0.90', min: '50', max: '10000', refill: true, cancel: true, dripfeed: true },
  { service: 2, name: 'Instagram Auto Likes', type: 'Subscriptions', category: 'Instagram Auto Likes', rate: '2', min: '50', max: '5000', refill: false, cancel: false },
  { service: 3, name: 'Views', type: 'Default', category: 'Instagram Views', rate: '0.01', min: '100', max: '100000', refill: false, cancel: true },
];

let sim: PanelSim | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function start(dialect: string | DialectTraits, options: PanelSimOptions = {}) {
  sim = await startPanelSim({ port: 0, services: SERVICES, balance: '1234.5', quiet: true, clockSpeed: 0, dialect, ...options });
  const raw = async (fields: Record<string, string>) => {
    const response = await fetch(sim!.apiUrl, { method: 'POST', body: new URLSearchParams({ key: 'demo-key', ...fields }) });
    // Bytes, not text(): decoding drops a leading BOM, and the BOM is what is being sent.
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, bytes, text: bytes.toString('utf8'), type: response.headers.get('content-type') };
  };
  return { sim, raw, api: createPanelClient({ apiUrl: sim.apiUrl, apiKey: 'demo-key' }, { timeoutMs: 2000 }), control: controlClient(sim.url) };
}

describe('php-notices', () => {
  it('a BOM and notices around every answer, as text/html; the client reads the JSON inside', async () => {
    const { raw, api } = await start('php-notices');
    const answer = await raw({ action: 'balance' });
    expect(answer.type).toMatch(/text\/html/);
    expect([...answer.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(answer.text.startsWith('\uFEFF<br />\n<b>Notice</b>:')).toBe(true);
    expect(answer.text).toContain('<b>Deprecated</b>');
    expect(await api.balance()).toEqual({ ok: true, value: { balance: '1234.5', currency: 'USD', text: '1234.50000' } });
    expect(await api.add('1', { link: 'https://instagram.com/p/n', quantity: 100 })).toEqual({ ok: true, value: { orderId: '10001' } });
    expect(await api.status('10001')).toMatchObject({ ok: true, value: { status: 'pending' } });
  });
});

describe('envelope', () => {
  it('{services,count}, {status:true,data}, "Empty Data", {order_id}, {status:false,message}', async () => {
    const { raw, api } = await start('envelope');
    expect(JSON.parse((await raw({ action: 'services' })).text)).toMatchObject({ services: expect.any(Array), count: 3 });
    expect(JSON.parse((await raw({ action: 'balance' })).text)).toEqual({ status: true, data: { balance: '1234.50000', currency: 'USD' } });
    expect(JSON.parse((await raw({ action: 'add', service: '1', link: 'https://a.b/c', quantity: '100' })).text)).toEqual({ order_id: '10001' });
    expect(JSON.parse((await raw({ action: 'status', orders: '77,78' })).text)).toEqual({ status: 'success', data: 'Empty Data' });
    expect(JSON.parse((await raw({ action: 'add', service: '99' })).text)).toEqual({ status: false, message: 'Incorrect service ID' });
    expect(await api.services()).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ id: '2' })]) });
    expect(await api.statuses(['10001', '77'])).toMatchObject({ failures: [], items: { '10001': { ok: true, value: { status: 'pending' } } } });
    expect(await api.add('99', { link: 'https://a.b/c', quantity: 100 })).toMatchObject({ ok: false, error: { kind: 'validation', message: 'Incorrect service ID' } });
  });
});

describe('perfect-panel: drip-feed and subscription answers', () => {
  it('a drip-feed reports its runs and their orders; quantity is per run', async () => {
    const { raw, api, control } = await start('perfect-panel');
    await api.add('1', { link: 'https://instagram.com/p/drip', quantity: 100, runs: 3, interval: 10 });
    // 100 per run × 3 runs × 0.90 / 1000 = 0.27.
    expect((await control.stats()).balance).toBe('1234.23000');
    await control.advance(30_000 + 10 * 60_000 + 1);
    expect(JSON.parse((await raw({ action: 'status', order: '10001' })).text)).toEqual({ status: 'In progress', runs: '2', orders: [1000101, 1000102] });
    await control.advance(60 * 60_000);
    expect(await api.status('10001')).toMatchObject({ ok: true, value: { status: 'completed', progress: { kind: 'drip_feed', runsDone: 3, childOrderCount: 3 } } });
  });

  it('subscriptions: Active, then Paused or Expired by fate, each with posts, orders and expiry', async () => {
    const { raw, api, control } = await start('perfect-panel');
    const sub = (username: string) => api.add('2', { username, min: 50, max: 100, delay: 0, expiry: '31/12/2030' });
    await sub('creator');
    await sub('creator_pp-fate=paused');
    await sub('creator_pp-fate=expired');
    await control.advance(30_000 + 3 * 60_000);
    expect(JSON.parse((await raw({ action: 'status', order: '10001' })).text)).toEqual({ status: 'Active', posts: '4', orders: [1000101, 1000102, 1000103, 1000104], expiry: '31/12/2030' });
    const result = await api.statuses(['10001', '10002', '10003']);
    expect(result.items['10002']).toMatchObject({ ok: true, value: { status: 'paused', statusText: 'Paused', progress: { kind: 'subscription', postsDone: 1 } } });
    expect(result.items['10003']).toMatchObject({ ok: true, value: { status: 'expired', statusText: 'Expired', progress: { postsDone: 2, expiry: '31/12/2030' } } });
  });
});

describe('smartpanel', () => {
  it('"Active", remains "Unknown" until started, bare per-item errors, refill texts and statuses of its own', async () => {
    const { raw, api, control } = await start('smartpanel');
    await api.add('1', { link: 'https://instagram.com/p/s', quantity: 100 });
    expect(JSON.parse((await raw({ action: 'status', order: '10001' })).text)).toMatchObject({ status: 'Pending', remains: 'Unknown', start_count: '0' });
    expect(await api.status('10001')).toMatchObject({ ok: true, value: { remains: null, startCount: null } });
    expect(JSON.parse((await raw({ action: 'status', orders: '10001,9' })).text)).toMatchObject({ '9': 'Incorrect order ID' });
    await control.advance(60_000);
    expect(await api.status('10001')).toMatchObject({ ok: true, value: { status: 'in_progress', statusText: 'Active' } });
    await control.completeAll();
    expect(JSON.parse((await raw({ action: 'refill', order: '10001' })).text)).toEqual({ success: 'Your order will be refill asap. Thank you for your patience!', refill: 501 });
    expect(await api.refill('10001')).toMatchObject({ ok: false, error: { message: 'The refill task is not completed for this order' } });
    await api.add('3', { link: 'https://instagram.com/p/v', quantity: 100 });
    await control.completeAll();
    expect(await api.refill('10002')).toMatchObject({ ok: false, error: { message: 'Order not eligible for refill.' } });
    const statuses = await api.refillStatuses(['501', '999']);
    expect(statuses.items['501']).toMatchObject({ ok: true, value: { status: 'completed' } });
    expect(statuses.items['999']).toMatchObject({ ok: false, error: { kind: 'not_found', message: 'Refill Request Not found' } });
  });

  it('a rejected refill reads "Cancelled"', async () => {
    const { api, control } = await start('smartpanel');
    await api.add('1', { link: 'https://instagram.com/p/r?pp-fate=refill-rejected', quantity: 100 });
    await control.completeAll();
    const refill = await api.refill('10001');
    await control.completeAll();
    expect(await api.refillStatus(refill.ok ? (refill.value.refillId ?? '') : '')).toEqual({ ok: true, value: { status: 'rejected', statusText: 'Cancelled' } });
  });
});

describe('rental', () => {
  it('lowercase words, no remains, refills without ids, "1 234,50 ₽" without a currency field', async () => {
    const { raw, api, control } = await start('rental');
    expect(JSON.parse((await raw({ action: 'balance' })).text)).toEqual({ balance: '1 234,50 ₽' });
    expect(await api.balance()).toEqual({ ok: true, value: { balance: '1234.5', currency: '₽', text: '1 234,50 ₽' } });
    await api.add('1', { link: 'https://instagram.com/p/q', quantity: 100 });
    await control.advance(60_000);
    const status = await raw({ action: 'status', order: '10001' });
    expect(JSON.parse(status.text)).not.toHaveProperty('remains');
    expect(await api.status('10001')).toMatchObject({ ok: true, value: { status: 'processing', statusText: 'processing', remains: null } });
    await control.completeAll();
    expect(await api.refill('10001')).toEqual({ ok: true, value: { refillId: null } });
    expect((await control.stats()).refills).toBe(1);
  });
});

describe('access and balances', () => {
  it('an IP whitelist and a disabled API refuse every call, before the key is looked at', async () => {
    const ip = await start('ip-whitelist');
    expect(await ip.api.balance()).toMatchObject({ ok: false, error: { kind: 'ip_blocked', message: 'IP not allowed' } });
    await ip.control.setDialect('api-disabled');
    expect(await ip.api.balance()).toMatchObject({ ok: false, error: { kind: 'api_disabled' } });
    await ip.control.setDialect('seed');
    expect((await ip.api.balance()).ok).toBe(true);
  });

  it('balance spellings, and services priced in their own currency', async () => {
    const { api, control } = await start({ balance: 'dollar', currencyField: false, serviceCurrency: 'USD' }, { currency: 'RUB' });
    expect(await api.balance()).toEqual({ ok: true, value: { balance: '1234.5', currency: '$', text: '$1,234.50' } });
    await control.setDialect({ balance: 'ambiguous' });
    expect(await api.balance()).toEqual({ ok: true, value: { balance: null, currency: 'RUB', text: '1,234' } });
    await control.setDialect({ balance: 'grouped', serviceCurrency: 'EUR' });
    expect(await api.balance()).toMatchObject({ ok: true, value: { balance: '1234.5', text: '1,234.50' } });
    expect(await api.services()).toMatchObject({ ok: true, value: [expect.objectContaining({ currency: 'EUR' }), expect.anything(), expect.anything()] });
  });

  it('the API answers at the path the panel documents', async () => {
    for (const apiPath of ['/api/v1', '/adminapi/v2', '/api']) {
      const { sim: started, api } = await start('seed', { apiPath });
      expect(started.apiUrl.endsWith(apiPath)).toBe(true);
      expect((await api.balance()).ok).toBe(true);
      await started.close();
      sim = null;
    }
  });

  it('faults: an empty body, a login page, a 404 page, a notice, a fatal error', async () => {
    const { api, control } = await start('seed');
    const expectations: [string, string, RegExp][] = [
      ['empty', 'bad_response', /empty answer/],
      ['login', 'bad_response', /login page/],
      ['http404', 'bad_response', /404 Not Found/],
      ['fatal', 'server', /Fatal error/],
    ];
    for (const [kind, errorKind, message] of expectations) {
      await control.setFault({ kind: kind as never, times: 1 });
      expect(await api.balance()).toMatchObject({ ok: false, error: { kind: errorKind, message: expect.stringMatching(message) } });
    }
    await control.setFault({ kind: 'notice', times: 1 });
    expect(await api.balance()).toMatchObject({ ok: true, value: { balance: '1234.5' } });
  });
});
