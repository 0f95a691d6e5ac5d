/**
 * Answers that real panel scripts send (issue 12, section 1), through the client: what each
 * becomes in PanelPilot's model, with the words a user would read. One describe per family.
 */
import { describe, expect, it } from 'vitest';
import { createPanelClient } from '../client';
import { fakePanel, html, json } from './fake-panel';

const KEY = 'sk+live/Key=9 end';
const conn = { apiUrl: 'https://panel.example/api/v2', apiKey: KEY };
const client = (answer: Parameters<typeof fakePanel>[0], opts = {}) => {
  const panel = fakePanel(answer);
  return { panel, api: createPanelClient(conn, { fetch: panel.fetch, ...opts }) };
};
const text = (body: string, contentType = 'text/html; charset=UTF-8', status = 200) => () => new Response(body, { status, headers: { 'content-type': contentType } });
const errorOf = (result: { ok: boolean; error?: unknown }) => (result.ok ? null : result.error);

const NOTICE = '<br />\n<b>Notice</b>:  Undefined index: HTTP_X_FORWARDED_FOR in <b>/home/panel/api/v2/index.php</b> on line <b>37</b><br />\n';
const WARNING = '\n<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent in <b>/home/panel/app/Response.php</b> on line <b>61</b><br />\n';
const DEPRECATED = '<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in <b>/home/panel/app/helpers.php</b> on line <b>214</b><br />\n';
const XDEBUG = "<br />\n<font size='1'><table class='xdebug-error xe-notice' dir='ltr' border='1' cellspacing='0' cellpadding='1'><tr><th align='left' bgcolor='#f57900' colspan=\"5\">( ! ) Notice: Undefined variable: x in /var/www/api.php on line <i>4</i></th></tr></table></font>\n";
const FATAL = '<br />\n<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[HY000] in /home/panel/app/Db.php:22<br />\n';

describe('text around the JSON', () => {
  it('a BOM (one per included file), notices, warnings and deprecations are read past, as text/html too', async () => {
    const balance = '{"balance":"12.5","currency":"USD"}';
    for (const body of [
      `\uFEFF${balance}`,
      `\uFEFF\uFEFF${balance}`,
      `${NOTICE}${balance}`,
      `${balance}${WARNING}`,
      `\uFEFF${DEPRECATED}${NOTICE}${balance}${WARNING}`,
      `${XDEBUG}${balance}`,
      `PHP Notice:  Undefined index: x in /var/www/api.php on line 3\n${balance}\nPHP Warning:  Division by zero in /var/www/b.php on line 7`,
    ]) {
      const { api } = client(() => text(body));
      expect(await api.balance(), body).toEqual({ ok: true, value: { balance: '12.5', currency: 'USD', text: '12.5' } });
    }
  });

  it('a notice before an order id still places the order: the id is read, not "unconfirmed"', async () => {
    const { api } = client(() => text(`${NOTICE}{"order":23501}`));
    expect(await api.add('1', { link: 'https://instagram.com/p/x', quantity: 100 })).toEqual({ ok: true, value: { orderId: '23501' } });
  });

  it('a PHP fatal error is not noise: the panel failed; an add answered so may still have been placed', async () => {
    const { api } = client(() => text(`{"order":23501}${FATAL}`));
    const add = await api.add('1', { link: 'https://instagram.com/p/x', quantity: 100 });
    expect(add).toMatchObject({ ok: false, error: { kind: 'server', ambiguous: true, message: expect.stringContaining('crashed (PHP “Fatal error”') } });
    expect(await api.balance()).toMatchObject({ ok: false, error: { kind: 'server' } });
  });

  it('a real HTML page is still not an API: a login page, and Cloudflare’s check', async () => {
    const login = client(() => text('<!DOCTYPE html><html><head><title>Login | SMM Panel</title></head><body><form><input type="password" name="password"></form></body></html>'));
    expect(errorOf(await login.api.balance())).toMatchObject({
      kind: 'bad_response',
      message: expect.stringContaining('A login page (“Login | SMM Panel”) came back'),
      hint: expect.stringContaining('Copy the API URL from the panel’s API page'),
    });
    const cloudflare = client(() => text('<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking if the site connection is secure</body></html>', 'text/html', 403));
    expect(errorOf(await cloudflare.api.balance())).toMatchObject({
      kind: 'challenge',
      message: expect.stringContaining('browser check (“Just a moment...”)'),
      hint: expect.stringContaining('let the API URL through the check'),
    });
  });
});

describe('other envelopes', () => {
  const service = { service: 1, name: 'Followers', type: 'Default', category: 'Instagram', rate: '0.9', min: '10', max: '1000' };
  it('{"services":[…],"count":N} and {"status":"success","data":"Empty Data"}', async () => {
    const counted = client(() => ({ services: [service], count: 1 }));
    expect(await counted.api.services()).toMatchObject({ ok: true, value: [{ id: '1', rate: '0.9' }] });
    const empty = client(() => ({ status: 'success', data: 'Empty Data' }));
    expect(await empty.api.services()).toEqual({ ok: true, value: [] });
    // A batch with nothing to report is no answer for any id, not a failing panel.
    expect(await empty.api.statuses(['1', '2'])).toEqual({ items: {}, failures: [], calls: 1 });
    // One order "Empty Data": the panel does not know it.
    expect(await empty.api.status('1')).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it('{"status":true,"data":{…}} around balance, status, refill and a batch; {"order_id":"…"} for add', async () => {
    const { api } = client((form) => {
      switch (form.get('action')) {
        case 'balance':
          return { status: true, data: { balance: '5.25', currency: 'EUR' } };
        case 'status':
          return form.has('orders') ? { status: true, data: { '7': { status: 'Completed', charge: '1' } } } : { status: true, data: { status: 'Pending', charge: '1' } };
        case 'refill':
          return { status: true, data: { refill: '88' } };
        default:
          return { order_id: '5f1a2b3c' };
      }
    });
    expect(await api.balance()).toEqual({ ok: true, value: { balance: '5.25', currency: 'EUR', text: '5.25' } });
    expect(await api.status('7')).toMatchObject({ ok: true, value: { status: 'pending' } });
    expect((await api.statuses(['7'])).items['7']).toMatchObject({ ok: true, value: { status: 'completed' } });
    expect(await api.refill('7')).toEqual({ ok: true, value: { refillId: '88' } });
    expect(await api.add('1', { link: 'https://a.b/c', quantity: 10 })).toEqual({ ok: true, value: { orderId: '5f1a2b3c' } });
  });

  it('{"status":false,"message":…} is the panel refusing, in its words', async () => {
    const { api } = client(() => ({ status: false, message: 'Not enough funds on balance' }));
    expect(errorOf(await api.add('1', { link: 'https://a.b/c', quantity: 10 }))).toMatchObject({ kind: 'funds', message: 'Not enough funds on balance' });
  });
});

describe('status answers', () => {
  const status = async (answer: unknown) => {
    const result = await client(() => answer).api.status('1');
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  it('remains "Unknown", negative (over-delivery) or missing; start_count 0 until started', async () => {
    expect(await status({ status: 'Pending', remains: 'Unknown', start_count: '0', charge: '1' })).toMatchObject({ remains: null, startCount: null });
    expect(await status({ status: 'Completed', remains: '-37', start_count: '980', charge: '1' })).toMatchObject({ status: 'completed', remains: -37, startCount: 980 });
    expect(await status({ status: 'In progress', charge: '1' })).toMatchObject({ remains: null });
    // Once running, 0 is a real count (an account that had no followers).
    expect(await status({ status: 'In progress', start_count: 0, remains: 10 })).toMatchObject({ startCount: 0 });
  });

  it('"Active", "Fail", "Rejected", "Refunded", lowercase "processing", subscription words', async () => {
    const words: [string, string][] = [
      ['Active', 'in_progress'], ['Fail', 'failed'], ['Rejected', 'failed'], ['Refunded', 'refunded'], ['processing', 'processing'],
      ['Paused', 'paused'], ['Expired', 'expired'], ['Canceled', 'canceled'],
    ];
    for (const [word, kind] of words) expect(await status({ status: word })).toMatchObject({ status: kind, statusText: word });
  });

  it('a status word named like something every object has is unknown, shown verbatim (a plain-object lookup returned a function)', async () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(await status({ status: word, charge: '1' })).toMatchObject({ status: 'unknown', statusText: word });
    }
    const refill = await client(() => ({ status: 'constructor' })).api.refillStatus('1');
    expect(refill).toEqual({ ok: true, value: { status: 'unknown', statusText: 'constructor' } });
  });

  it('a drip-feed answer {status, runs, orders} and a subscription answer {status, posts, orders, expiry}', async () => {
    expect(await status({ status: 'In progress', runs: '2', orders: [1234501, '1234502'] })).toEqual({
      status: 'in_progress', statusText: 'In progress', charge: null, startCount: null, remains: null, currency: null,
      progress: { kind: 'drip_feed', runsDone: 2, postsDone: null, childOrders: ['1234501', '1234502'], childOrderCount: 2, expiry: null },
    });
    expect(await status({ status: 'Paused', posts: 3, orders: [11, 12, 13], expiry: '31/12/2030' })).toMatchObject({
      status: 'paused',
      statusText: 'Paused',
      progress: { kind: 'subscription', runsDone: null, postsDone: 3, childOrders: ['11', '12', '13'], childOrderCount: 3, expiry: '31/12/2030' },
    });
    const many = await status({ status: 'Active', posts: 500, orders: Array.from({ length: 500 }, (_, i) => i + 1) });
    expect(many.progress).toMatchObject({ childOrderCount: 500, childOrders: expect.arrayContaining(['500']) });
    expect(many.progress?.childOrders).toHaveLength(100);
  });
});

describe('refill answers', () => {
  it('{"refill":"1"}, a "success" text with the id, and "Success" with no id at all', async () => {
    expect(await client(() => ({ refill: '1' })).api.refill('5')).toEqual({ ok: true, value: { refillId: '1' } });
    expect(await client(() => ({ success: 'Your order will be refill asap. Thank you for your patience!', refill: 4521 })).api.refill('5')).toEqual({ ok: true, value: { refillId: '4521' } });
    expect(await client(() => ({ status: 'Success', message: 'Refill request has been received' })).api.refill('5')).toEqual({ ok: true, value: { refillId: null } });
    const batch = await client(() => [{ order: 5, refill: { status: 'Success' } }, { order: 6, refill: 'Success' }]).api.refills(['5', '6']);
    expect(batch.items).toEqual({ '5': { ok: true, value: { refillId: null } }, '6': { ok: true, value: { refillId: null } } });
  });

  it('refusals keep the panel’s words with advice that fits them', async () => {
    expect(errorOf(await client(() => ({ error: 'Order not eligible for refill.' })).api.refill('5'))).toMatchObject({
      kind: 'validation',
      message: 'Order not eligible for refill.',
      hint: expect.stringContaining('cannot be refilled on this panel'),
    });
    expect(errorOf(await client(() => ({ error: 'The refill task is not completed for this order' })).api.refill('5'))).toMatchObject({
      kind: 'validation',
      hint: expect.stringContaining('earlier refill of this order is still running'),
    });
  });

  it('refill statuses "Rejected", "Cancelled", "Refill Request Not found"', async () => {
    const many = client(() => [
      { refill: 1, status: 'Rejected' },
      { refill: 2, status: 'Cancelled' },
      { refill: 3, status: 'Refill Request Not found' },
    ]);
    const result = await many.api.refillStatuses(['1', '2', '3']);
    expect(result.items['1']).toEqual({ ok: true, value: { status: 'rejected', statusText: 'Rejected' } });
    expect(result.items['2']).toEqual({ ok: true, value: { status: 'rejected', statusText: 'Cancelled' } });
    expect(result.items['3']).toMatchObject({ ok: false, error: { kind: 'not_found', message: 'Refill Request Not found' } });
    expect(await client(() => ({ status: 'Refill Request Not found' })).api.refillStatus('3')).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });
});

describe('money and currency', () => {
  const balance = async (answer: unknown) => (await client(() => answer).api.balance());
  it('"1,234.56", "$1,234.56", "1 234,56 ₽" are read; the sign is kept as the panel wrote it', async () => {
    expect(await balance({ balance: '1,234.56', currency: 'USD' })).toEqual({ ok: true, value: { balance: '1234.56', currency: 'USD', text: '1,234.56' } });
    expect(await balance({ balance: '$1,234.56' })).toEqual({ ok: true, value: { balance: '1234.56', currency: '$', text: '$1,234.56' } });
    expect(await balance({ balance: '1 234,56 ₽' })).toEqual({ ok: true, value: { balance: '1234.56', currency: '₽', text: '1 234,56 ₽' } });
    expect(await balance({ balance: '1\u00A0234,56', currency: 'RUB' })).toMatchObject({ ok: true, value: { balance: '1234.56', currency: 'RUB' } });
  });

  it('an ambiguous figure is kept as the panel’s text, never guessed; no currency is "not stated", never USD', async () => {
    expect(await balance({ balance: '12,500', currency: 'USD' })).toEqual({ ok: true, value: { balance: null, currency: 'USD', text: '12,500' } });
    expect(await balance({ balance: '100.84292' })).toEqual({ ok: true, value: { balance: '100.84292', currency: null, text: '100.84292' } });
    expect(await balance({ balance: 7.5 })).toEqual({ ok: true, value: { balance: '7.5', currency: null, text: '7.5' } });
    expect(await balance({ balance: 'lots' })).toMatchObject({ ok: false, error: { kind: 'bad_response' } });
  });

  it('a service object with its own currency keeps it', async () => {
    const { api } = client(() => [{ service: 1, name: 'A', rate: '0.5', currency: 'USD' }, { service: 2, name: 'B', rate: '40' }]);
    const result = await api.services();
    expect(result.ok && result.value.map((s) => s.currency)).toEqual(['USD', undefined]);
  });
});

describe('ids above 2^53 are kept exactly as the panel wrote them', () => {
  it('order, refill and service ids, raw numbers in the JSON', async () => {
    const add = client(() => json('{"order": 12345678901234567890}'));
    expect(await add.api.add('1', { link: 'https://a.b/c', quantity: 10 })).toEqual({ ok: true, value: { orderId: '12345678901234567890' } });
    const refills = client(() => json('[{"order": 98765432109876543210, "refill": 11111111111111111111}]'));
    expect((await refills.api.refills(['98765432109876543210'])).items).toEqual({ '98765432109876543210': { ok: true, value: { refillId: '11111111111111111111' } } });
    const drip = client(() => json('{"status": "In progress", "runs": 1, "orders": [90071992547409931]}'));
    expect(await drip.api.status('1')).toMatchObject({ ok: true, value: { progress: { childOrders: ['90071992547409931'] } } });
    const services = client(() => json('[{"service": 9007199254740993, "name": "x", "rate": 0.123456789012345678}]'));
    // The rate is read from the digits the panel wrote, not from a float, then kept to the
    // 12 places of the one money rule (utils/money.ts): digits past them are never money.
    expect(await services.api.services()).toMatchObject({ ok: true, value: [{ id: '9007199254740993', rate: '0.123456789012' }] });
  });
});

describe('access and connection errors, explained', () => {
  const balanceError = async (answer: Parameters<typeof fakePanel>[0]) => errorOf(await client(answer).api.balance());

  it('IP whitelists, in JSON, in plain text and with 403', async () => {
    for (const answer of [
      () => ({ error: 'IP not allowed' }),
      () => ({ error: 'Your IP address is not whitelisted. Add it in API settings.' }),
      () => text('IP not allowed', 'text/plain'),
      () => () => json({ error: 'Access denied for this IP' }, { status: 403 }),
    ]) {
      expect(await balanceError(answer)).toMatchObject({ kind: 'ip_blocked', hint: expect.stringContaining('public IP address') });
    }
  });

  it('"API is Disable for this user or User Not Found! Contact the Support"', async () => {
    expect(await balanceError(() => ({ error: 'API is Disable for this user or User Not Found! Contact the Support' }))).toMatchObject({
      kind: 'api_disabled',
      message: 'API is Disable for this user or User Not Found! Contact the Support',
      hint: expect.stringContaining('Turn the API on'),
    });
  });

  it('"Incorrect request": the path may be wrong', async () => {
    expect(await balanceError(() => ({ error: 'Incorrect request' }))).toMatchObject({ kind: 'validation', hint: expect.stringContaining('API URL’s path is wrong') });
  });

  it('an empty body, a 404 page, a redirect', async () => {
    expect(await balanceError(() => text(''))).toMatchObject({ kind: 'bad_response', message: expect.stringContaining('empty answer'), hint: expect.stringContaining('path is wrong') });
    expect(await balanceError(() => text('<html><head><title>404 Not Found</title></head><body>Not Found</body></html>', 'text/html', 404))).toMatchObject({
      kind: 'bad_response',
      message: expect.stringContaining('404 Not Found'),
      hint: expect.stringContaining('/api/v1'),
    });
    expect(await balanceError(() => () => new Response(null, { status: 301, headers: { location: 'https://www.panel.example/api/v2' } }))).toMatchObject({
      kind: 'redirect',
      message: expect.stringContaining('https://www.panel.example'),
    });
  });
});

describe('the key never shows, however a panel echoes it', () => {
  it('URL-encoded (+ / = and a space), form-encoded, JSON-escaped, in lower-case hex, per batch item', async () => {
    const echoes = [
      `Invalid API key ${encodeURIComponent(KEY)}`,
      `Invalid key=${new URLSearchParams({ k: KEY }).toString().slice(2)}`,
      `Invalid key=${encodeURIComponent(KEY).toLowerCase()}`,
    ];
    for (const echo of echoes) {
      const result = await client(() => ({ error: echo })).api.balance();
      expect(JSON.stringify(result), echo).not.toMatch(/sk(\+|%2B)live/i);
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('•••') } });
    }
    const escaped = await client(() => json(`{"1": {"error": "key ${KEY.replace('/', '\\\\/')} refused"}, "2": {"error": "key ${KEY.replace('/', '\\u002F')} refused"}}`)).api.statuses(['1', '2']);
    expect(JSON.stringify(escaped)).not.toContain('live');
  });
});
