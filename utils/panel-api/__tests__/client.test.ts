import { describe, expect, it } from 'vitest';
import { createPanelClient } from '../client';
import { fakePanel, html, json } from './fake-panel';

const KEY = 'secret-key-123456';
const conn = { apiUrl: 'https://panel.example/api/v2', apiKey: KEY };
const client = (answer: Parameters<typeof fakePanel>[0], opts = {}) => {
  const panel = fakePanel(answer);
  return { panel, api: createPanelClient(conn, { fetch: panel.fetch, ...opts }) };
};

describe('seed example answers', () => {
  it('services', async () => {
    const { api, panel } = client(() => [
      { service: 1, name: 'Followers', type: 'Default', category: 'First Category', rate: '0.90', min: '50', max: '10000', refill: true, cancel: true },
      { service: 2, name: 'Comments', type: 'Custom Comments', category: 'Second Category', rate: '8', min: '10', max: '1500', refill: false, cancel: true },
    ]);
    const result = await api.services();
    expect(result).toEqual({
      ok: true,
      value: [
        { id: '1', name: 'Followers', type: 'Default', category: 'First Category', rate: '0.9', min: 50, max: 10000, refill: true, cancel: true, dripfeed: null },
        { id: '2', name: 'Comments', type: 'Custom Comments', category: 'Second Category', rate: '8', min: 10, max: 1500, refill: false, cancel: true, dripfeed: null },
      ],
    });
    expect(Object.fromEntries(panel.requests[0]!)).toEqual({ key: KEY, action: 'services' });
  });

  it('add sends service and the set fields, answers the order id as a string', async () => {
    const { api, panel } = client(() => ({ order: 23501 }));
    expect(await api.add('1', { link: 'https://x.com/a', quantity: 100, runs: 2, interval: 30, comments: undefined })).toEqual({ ok: true, value: { orderId: '23501' } });
    expect(Object.fromEntries(panel.requests[0]!)).toEqual({ key: KEY, action: 'add', service: '1', link: 'https://x.com/a', quantity: '100', runs: '2', interval: '30' });
  });

  it('status of one order', async () => {
    const { api } = client(() => ({ charge: '0.27819', start_count: '3572', status: 'Partial', remains: '157', currency: 'USD' }));
    expect(await api.status('1')).toEqual({
      ok: true,
      value: { status: 'partial', statusText: 'Partial', charge: '0.27819', startCount: 3572, remains: 157, currency: 'USD' },
    });
  });

  it('status of many orders with a per-item error', async () => {
    const { api, panel } = client(() => ({
      '1': { charge: '0.27819', start_count: '3572', status: 'Partial', remains: '157', currency: 'USD' },
      '10': { error: 'Incorrect order ID' },
      '100': { charge: '1.44219', start_count: '234', status: 'In progress', remains: '10', currency: 'USD' },
    }));
    const result = await api.statuses(['1', '10', '100']);
    expect(panel.requests[0]!.get('orders')).toBe('1,10,100');
    expect(result.calls).toBe(1);
    expect(result.failures).toEqual([]);
    expect(result.items['1']).toMatchObject({ ok: true, value: { status: 'partial', remains: 157 } });
    expect(result.items['100']).toMatchObject({ ok: true, value: { status: 'in_progress', statusText: 'In progress', charge: '1.44219' } });
    expect(result.items['10']).toMatchObject({ ok: false, error: { kind: 'not_found', message: 'Incorrect order ID' } });
  });

  it('refill one and many', async () => {
    const one = client(() => ({ refill: '1' }));
    expect(await one.api.refill('5')).toEqual({ ok: true, value: { refillId: '1' } });
    const many = client(() => [
      { order: 1, refill: 1 },
      { order: 2, refill: 2 },
      { order: 3, refill: { error: 'Incorrect order ID' } },
    ]);
    const result = await many.api.refills(['1', '2', '3']);
    expect(result.items).toEqual({
      '1': { ok: true, value: { refillId: '1' } },
      '2': { ok: true, value: { refillId: '2' } },
      '3': { ok: false, error: expect.objectContaining({ kind: 'not_found' }) },
    });
  });

  it('refill status one and many', async () => {
    const one = client(() => ({ status: 'Completed' }));
    expect(await one.api.refillStatus('1')).toEqual({ ok: true, value: { status: 'completed', statusText: 'Completed' } });
    const many = client(() => [
      { refill: 1, status: 'Completed' },
      { refill: 2, status: 'Rejected' },
      { refill: 3, status: { error: 'Refill not found' } },
    ]);
    const result = await many.api.refillStatuses(['1', '2', '3']);
    expect(many.panel.requests[0]!.get('refills')).toBe('1,2,3');
    expect(result.items['1']).toEqual({ ok: true, value: { status: 'completed', statusText: 'Completed' } });
    expect(result.items['2']).toEqual({ ok: true, value: { status: 'rejected', statusText: 'Rejected' } });
    expect(result.items['3']).toMatchObject({ ok: false, error: { kind: 'not_found', message: 'Refill not found' } });
  });

  it('cancel many', async () => {
    const { api } = client(() => [
      { order: 9, cancel: { error: 'Incorrect order ID' } },
      { order: 2, cancel: 1 },
    ]);
    const result = await api.cancel(['9', '2']);
    expect(result.items['2']).toEqual({ ok: true, value: true });
    expect(result.items['9']).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it('balance', async () => {
    const { api } = client(() => ({ balance: '100.84292', currency: 'USD' }));
    expect(await api.balance()).toEqual({ ok: true, value: { balance: '100.84292', currency: 'USD', text: '100.84292' } });
  });
});

describe('real-world drift', () => {
  it('numbers as JSON numbers, ids as strings or hex, capitalised keys', async () => {
    const { api } = client((form) =>
      form.get('action') === 'services'
        ? [{ service: '308', name: 'X', type: 'Default', category: 'C', rate: 0.9, min: 10, max: 2147483647 }]
        : { Charge: 0.27819, Start_count: 3572, Status: 'Completed', Remains: 0, Currency: 'EUR' },
    );
    const services = await api.services();
    expect(services.ok && services.value[0]).toMatchObject({ id: '308', rate: '0.9', min: 10, max: 2147483647, refill: null, cancel: null });
    expect(await api.status('5f1a2b3c4d5e6f7a8b9c0d1e')).toEqual({
      ok: true,
      value: { status: 'completed', statusText: 'Completed', charge: '0.27819', startCount: 3572, remains: 0, currency: 'EUR' },
    });
    const add = client(() => ({ order: '5f1a2b3c4d5e6f7a8b9c0d1e' }));
    expect(await add.api.add('1', { link: 'https://a.b/c', quantity: 10 })).toEqual({ ok: true, value: { orderId: '5f1a2b3c4d5e6f7a8b9c0d1e' } });
  });

  it('wrapped service lists and extra fields', async () => {
    for (const wrapped of [{ data: [{ service: 1, rate: '1', name: 'a' }] }, { status: 'success', data: [{ service: 1, rate: '1', name: 'a' }] }]) {
      const { api } = client(() => wrapped);
      const result = await api.services();
      expect(result.ok && result.value.map((s) => s.id)).toEqual(['1']);
    }
    const { api } = client(() => [{ service: 1, rate: '1', name: 'a', dripfeed: '1', refill: 'true', cancel: 0, step: '10', desc: 'About', average_delivery: '2 hours' }]);
    const result = await api.services();
    expect(result.ok && result.value[0]).toMatchObject({ dripfeed: true, refill: true, cancel: false, step: 10, description: 'About', averageDelivery: '2 hours', min: 1, type: 'Default' });
  });

  it('every status word seen is matched case- and space-insensitively; unknown words are kept', async () => {
    const words: Record<string, string> = {
      Pending: 'pending', 'In progress': 'in_progress', Processing: 'processing', Completed: 'completed', Partial: 'partial',
      Canceled: 'canceled', Cancelled: 'canceled', Refunded: 'refunded', Active: 'in_progress', Inprogress: 'in_progress',
      'In Progress': 'in_progress', Error: 'failed', Fail: 'failed', ' completed ': 'completed', 'IN_PROGRESS': 'in_progress',
      Paused: 'paused', Expired: 'expired', Awaiting: 'pending', Failed: 'failed', 'Verifying': 'unknown',
    };
    for (const [word, status] of Object.entries(words)) {
      const { api } = client(() => ({ status: word, charge: '1' }));
      const result = await api.status('1');
      expect(result.ok && [result.value.status, result.value.statusText]).toEqual([status, word.trim()]);
    }
    const refills: Record<string, string> = { Pending: 'pending', 'In progress': 'in_progress', Completed: 'completed', Rejected: 'rejected', Error: 'failed', completed: 'completed', rejected: 'rejected', Odd: 'unknown' };
    for (const [word, status] of Object.entries(refills)) {
      const { api } = client(() => ({ status: word }));
      const result = await api.refillStatus('1');
      expect(result.ok && result.value.status).toBe(status);
    }
  });

  it('SmartPanel bare-string per-item errors', async () => {
    const { api } = client(() => ({ '1': 'Incorrect order ID', '2': { status: 'Pending', charge: '0.1' } }));
    const result = await api.statuses(['1', '2']);
    expect(result.items['1']).toMatchObject({ ok: false, error: { kind: 'not_found', message: 'Incorrect order ID' } });
    expect(result.items['2']).toMatchObject({ ok: true });
  });

  it('a batch of one answered "Incorrect order ID" is that order not found, not a failing panel', async () => {
    const { api } = client(() => ({ error: 'Incorrect order ID' }));
    const result = await api.statuses(['77']);
    expect(result.failures).toEqual([]);
    expect(result.items['77']).toMatchObject({ ok: false, error: { kind: 'not_found', message: 'Incorrect order ID' } });
    // Two ids and the same bare error: that is the request failing, for both.
    expect((await api.statuses(['77', '78'])).failures).toHaveLength(1);
  });

  it('a batch of one answered in the single form', async () => {
    const { api } = client(() => ({ charge: '0.1', status: 'Pending', remains: '5' }));
    const result = await api.statuses(['77']);
    expect(result.items['77']).toMatchObject({ ok: true, value: { status: 'pending', remains: 5 } });
  });
});

describe('batching', () => {
  it('250 ids → 100 + 100 + 50, merged; duplicates sent once; empty sends nothing', async () => {
    const { api, panel } = client((form) =>
      Object.fromEntries(form.get('orders')!.split(',').map((id) => [id, { status: 'Completed', charge: '1' }])),
    );
    const ids = Array.from({ length: 250 }, (_, i) => String(i + 1));
    const result = await api.statuses([...ids, '1', '2']);
    expect(result.calls).toBe(3);
    expect(panel.requests.map((r) => r.get('orders')!.split(',').length)).toEqual([100, 100, 50]);
    expect(Object.keys(result.items)).toHaveLength(250);
    const empty = client(() => ({}));
    expect(await empty.api.statuses([])).toEqual({ items: {}, failures: [], calls: 0 });
    expect(empty.panel.requests).toHaveLength(0);
  });

  it('a panel that does not answer (timeout, dropped connection) is not asked the next batches', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => String(i + 1));
    let calls = 0;
    const stalled = createPanelClient(conn, { timeoutMs: 20, fetch: () => (calls++, new Promise<Response>(() => {})) });
    expect(await stalled.statuses(ids)).toMatchObject({ calls: 1, failures: [expect.objectContaining({ kind: 'timeout' })] });
    const reset = createPanelClient(conn, { fetch: async () => (calls++, Promise.reject(new TypeError('Failed to fetch'))) });
    expect(await reset.refillStatuses(ids)).toMatchObject({ calls: 1, failures: [expect.objectContaining({ kind: 'network' })] });
    expect(calls).toBe(2);
  });

  it('a failed batch keeps its ids out and the others in; auth stops the rest', async () => {
    let n = 0;
    const { api } = client((form) => {
      n += 1;
      if (n === 2) return new Response('oops', { status: 500 });
      return Object.fromEntries(form.get('orders')!.split(',').map((id) => [id, { status: 'Pending' }]));
    });
    const ids = Array.from({ length: 250 }, (_, i) => String(i + 1));
    const result = await api.statuses(ids);
    expect(result.calls).toBe(3);
    expect(Object.keys(result.items)).toHaveLength(150);
    expect(result.failures.map((f) => f.kind)).toEqual(['server']);

    const auth = client(() => ({ error: 'Invalid API key' }));
    const stopped = await auth.api.statuses(ids);
    expect(stopped.calls).toBe(1);
    expect(stopped.failures).toEqual([expect.objectContaining({ kind: 'auth', message: 'Invalid API key' })]);
  });
});

describe('errors are classified, never thrown, and never show the key', () => {
  const cases: [string, string][] = [
    ['Invalid API key', 'auth'],
    ['Incorrect API key', 'auth'],
    ['Incorrect request', 'validation'],
    ['Incorrect service ID', 'validation'],
    ['Disabled service ID', 'validation'],
    ['Bad link', 'validation'],
    ['Incorrect link', 'validation'],
    ['Quantity less than minimum', 'validation'],
    ['Quantity less than minimal 200', 'validation'],
    ['Quantity more than maximum', 'validation'],
    ['Not enough funds on balance', 'funds'],
    ['neworder.error.not_enough_funds', 'funds'],
    ['neworder.error.link_duplicate', 'duplicate_link'],
    ['neworder.error.min_quantity', 'validation'],
    ['neworder.error.max_quantity', 'validation'],
    ['error.incorrect_service_id', 'validation'],
    ['Incorrect order ID', 'not_found'],
    ['You have active order with this link. Please wait until order being completed.', 'duplicate_link'],
    ['Refill is disabled for this service', 'validation'],
    ['The refill task is not completed for this order', 'validation'],
    ['The order is not completed', 'validation'],
    ['Refill not found', 'not_found'],
    ['This services does not support Dripfeed feature!', 'validation'],
    ['Something odd happened', 'rejected'],
  ];
  it.each(cases)('“%s” → %s, with the panel’s own words', async (text, kind) => {
    const { api } = client(() => ({ error: text }));
    const result = await api.add('1', { link: 'https://a.b', quantity: 1 });
    expect(result).toMatchObject({ ok: false, error: { kind, message: text } });
    expect(result.ok || result.error.hint.length).toBeGreaterThan(10);
  });

  it('HTTP status codes', async () => {
    const expectations: [Response, string][] = [
      [json({ error: 'Too many requests' }, { status: 429, headers: { 'Retry-After': '30' } }), 'rate_limited'],
      [json({ error: 'Unauthorized' }, { status: 401 }), 'auth'],
      [json({ error: 'Payment required' }, { status: 402 }), 'funds'],
      [json({ error: 'Quantity less than minimum' }, { status: 422 }), 'validation'],
      [html('<h1>500</h1>', 500), 'server'],
      [html('<title>Not Found</title>', 404), 'bad_response'],
    ];
    for (const [response, kind] of expectations) {
      const { api } = client(() => () => response.clone());
      const result = await api.balance();
      expect(result.ok ? null : result.error.kind).toBe(kind);
    }
    const { api } = client(() => () => json({}, { status: 429, headers: { 'Retry-After': '30' } }));
    const result = await api.balance();
    expect(result.ok ? null : result.error.retryAfterMs).toBe(30_000);
  });

  it('HTML pages, truncated JSON and wrong types', async () => {
    const bodies: [Response, string, RegExp][] = [
      [html('<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>'), 'challenge', /browser check.*Just a moment/],
      [html('<br /><b>Fatal error</b>: Uncaught Error in /var/www/api.php'), 'server', /crashed.*Fatal error/],
      [json('{"balance": "100.8'), 'bad_response', /not valid JSON/],
      [json(''), 'bad_response', /empty/],
      [json([]), 'bad_response', /unexpected shape/],
      [json(42), 'bad_response', /unexpected shape/],
      [json({ balance: 'lots' }), 'bad_response', /unexpected shape/],
    ];
    for (const [response, kind, message] of bodies) {
      const { api } = client(() => () => response.clone());
      const result = await api.balance();
      expect(result).toMatchObject({ ok: false, error: { kind } });
      expect(result.ok ? '' : result.error.message).toMatch(message);
    }
    const services = client(() => 42);
    expect(await services.api.services()).toMatchObject({ ok: false, error: { kind: 'bad_response' } });
    const statuses = client(() => 'nonsense');
    const batch = await statuses.api.statuses(['1', '2']);
    expect(batch.failures[0]?.kind ?? 'no failure').toBeDefined();
  });

  it('a timed-out add is ambiguous; a timed-out read is not', async () => {
    const never = () => () => new Promise<Response>(() => undefined);
    const { api } = client(never, { timeoutMs: 20, addTimeoutMs: 20 });
    expect(await api.add('1', { link: 'https://a.b', quantity: 1 })).toMatchObject({ ok: false, error: { kind: 'timeout', ambiguous: true } });
    expect(await api.balance()).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    const read = await api.balance();
    expect(read.ok ? null : read.error.ambiguous).toBeUndefined();
  });

  it('a dropped connection on add is ambiguous', async () => {
    const { api } = client(() => () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await api.add('1', { link: 'https://a.b', quantity: 1 })).toMatchObject({ ok: false, error: { kind: 'network', ambiguous: true } });
  });

  it('redirects are refused, never followed', async () => {
    // What a browser's fetch gives for `redirect: 'manual'`: an opaque response, status 0.
    const opaque = new Response(null);
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    const browserStyle = client(() => () => opaque);
    expect(await browserStyle.api.balance()).toMatchObject({ ok: false, error: { kind: 'redirect' } });
    const nodeStyle = client(() => () => new Response(null, { status: 302, headers: { Location: 'https://evil.example/collect' } }));
    const result = await nodeStyle.api.balance();
    expect(result).toMatchObject({ ok: false, error: { kind: 'redirect' } });
    expect(result.ok ? '' : result.error.message).toContain('https://evil.example');
    // An add answered with a redirect may have been carried out first: unconfirmed, not refused.
    const add = await nodeStyle.api.add('1', { link: 'https://instagram.com/p/x/', quantity: 100 });
    expect(add).toMatchObject({ ok: false, error: { kind: 'redirect', ambiguous: true } });
    let sentInit: RequestInit | undefined;
    const spy = createPanelClient(conn, { fetch: async (_u, init) => ((sentInit = init), json({ balance: '1', currency: 'USD' })) });
    await spy.balance();
    expect(sentInit).toMatchObject({ method: 'POST', redirect: 'manual', credentials: 'omit' });
  });

  it('the key is redacted when a panel echoes it', async () => {
    const { api } = client(() => ({ error: `Invalid API key ${KEY}` }));
    const result = await api.balance();
    expect(JSON.stringify(result)).not.toContain(KEY);
    const net = client(() => () => Promise.reject(new Error(`connect failed for key=${KEY}`)));
    expect(JSON.stringify(await net.api.balance())).not.toContain(KEY);
    const page = client(() => () => html(`<title>${KEY}</title>`, 500));
    expect(JSON.stringify(await page.api.balance())).not.toContain(KEY);
  });
});

describe('found by fuzzing (fuzz.test.ts)', () => {
  it('numbers beyond exact integers are unknown, not guessed', async () => {
    const services = client(() => [{ service: 1, name: 'A', rate: '1', min: 10, max: 1e308 }]);
    expect(await services.api.services()).toMatchObject({ ok: true, value: [{ min: 10, max: Number.MAX_SAFE_INTEGER }] });
    const status = client(() => ({ status: 'In progress', remains: '99999999999999999999999', charge: 1e308 }));
    expect(await status.api.status('1')).toMatchObject({ ok: true, value: { remains: null, charge: null } });
  });

  it('ids named like inherited properties are ordinary ids', async () => {
    const error = client(() => ({ error: 'Invalid API key' }));
    expect((await error.api.statuses(['constructor', 'toString'])).failures).toMatchObject([{ kind: 'auth' }]);
    const keyed = client(() => '{"__proto__": {"status": "Completed"}, "constructor": "Incorrect order ID"}');
    const result = await keyed.api.statuses(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(result.items)).toBe(Object.prototype);
    expect(Object.keys(result.items).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(result.items, '__proto__')?.value).toMatchObject({ ok: true, value: { status: 'completed' } });
    expect(result.items.constructor).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it('a batch answer naming ids nobody asked about adds nothing', async () => {
    const { api } = client(() => [{ order: 1, cancel: 1 }, { order: 0, cancel: 1 }, { order: 'toString', cancel: 1 }]);
    expect(Object.keys((await api.cancel(['1'])).items)).toEqual(['1']);
  });
});

describe('found by fuzzing, too', () => {
  it('a blank per-item answer is a bad answer with words, not an empty error', async () => {
    const { api } = client(() => ({ '3': '' }));
    const result = await api.refills(['3']);
    expect(result.items['3']).toMatchObject({ ok: false, error: { kind: 'bad_response', message: expect.stringMatching(/empty/) } });
  });
});

describe('found by fuzzing, once more', () => {
  it('a negative or zero max is no limit, and min never exceeds max', async () => {
    const { api } = client(() => [
      { service: 1, rate: '1', min: -1, max: -1 },
      { service: 2, rate: '1', min: 50, max: 0 },
      { service: 3, rate: '1', min: 500, max: 100 },
    ]);
    const result = await api.services();
    expect(result.ok && result.value.map((s) => [s.min, s.max])).toEqual([
      [0, Number.MAX_SAFE_INTEGER],
      [50, Number.MAX_SAFE_INTEGER],
      [500, 500],
    ]);
  });
});
