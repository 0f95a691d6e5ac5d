import { describe, expect, it } from 'vitest';
import type { Service } from '../../panel-api/types';
import { checkOrder, toPanelDate, type OrderContext } from '../order-form';
import { parseMassOrder } from '../mass-order';
import { SERVICE_TYPES, typeSpecFor } from '../service-types';
import { KNOWN_SERVICE_TYPES } from '../../panel-api/types';

const service = (patch: Partial<Service> = {}): Service => ({ id: '1', name: 'IG Likes', type: 'Default', category: 'Instagram Likes', rate: '0.84', min: 20, max: 30000, refill: true, cancel: null, dripfeed: null, ...patch });
const ctx = (patch: Partial<OrderContext>): OrderContext => ({ service: service(), values: { link: 'https://instagram.com/p/x', quantity: '1000' }, dripfeed: false, balance: { amount: '100', currency: 'USD', fetchedAt: 0 }, now: 1000, ...patch });

describe('the type table', () => {
  it('covers every documented type; unknown types fall back with a note', () => {
    for (const type of KNOWN_SERVICE_TYPES) expect(SERVICE_TYPES[type]).toBeDefined();
    expect(typeSpecFor('custom comments').unknownType).toBeNull();
    expect(typeSpecFor('Super Boost')).toMatchObject({ unknownType: 'Super Boost', spec: SERVICE_TYPES.Default });
  });
});

describe('checkOrder', () => {
  it('charges rate × quantity / 1000 exactly, with the balance after', () => {
    const check = checkOrder(ctx({}));
    expect(check).toMatchObject({ charge: '0.84', balanceAfter: '99.16', errors: {}, fields: { link: 'https://instagram.com/p/x', quantity: 1000 } });
  });

  it('drip-feed charges quantity × runs and sends runs + interval', () => {
    const check = checkOrder(ctx({ dripfeed: true, values: { link: 'https://a.co/x', quantity: '100', runs: '3', interval: '15' } }));
    expect(check).toMatchObject({ charge: '0.252', chargedQuantity: 300, fields: { quantity: 100, runs: 3, interval: 15 } });
    expect(checkOrder(ctx({ dripfeed: true, values: { link: 'https://a.co/x', quantity: '100', runs: '0', interval: '' } })).errors).toMatchObject({ runs: expect.any(String), interval: expect.any(String) });
    // A service that says no drip-feed ignores the toggle.
    expect(checkOrder(ctx({ dripfeed: true, service: service({ dripfeed: false }) })).fields.runs).toBeUndefined();
  });

  it('packages charge the rate once; comments charge per line', () => {
    expect(checkOrder(ctx({ service: service({ type: 'Package', rate: '12.5' }), values: { link: 'https://a.co/x' } })).charge).toBe('12.5');
    const comments = checkOrder(ctx({ service: service({ type: 'Custom Comments', rate: '120', min: 1, max: 30 }), values: { link: 'https://a.co/x', comments: 'a\n\nb\n c ' } }));
    expect(comments).toMatchObject({ charge: '0.36', chargedQuantity: 3, fields: { comments: 'a\nb\nc' } });
  });

  it('min, max, step and required fields say what to fix', () => {
    expect(checkOrder(ctx({ values: { link: 'https://a.co/x', quantity: '5' } })).errors.quantity).toBe('Quantity must be at least 20 for this service.');
    expect(checkOrder(ctx({ values: { link: 'https://a.co/x', quantity: '30001' } })).errors.quantity).toBe('Quantity can be at most 30,000 for this service.');
    expect(checkOrder(ctx({ service: service({ step: 100 }), values: { link: 'https://a.co/x', quantity: '150' } })).errors.quantity).toBe('Quantity must be a multiple of 100.');
    expect(checkOrder(ctx({ values: { link: 'not a link', quantity: 'ten' } })).errors).toEqual({ link: expect.stringContaining('https://'), quantity: 'Quantity must be a whole number.' });
    expect(checkOrder(ctx({ service: service({ type: 'Poll' }), values: { link: 'https://a.co/x', quantity: '100' } })).errors).toEqual({ answer_number: 'Answer number is required.' });
  });

  it('funds are checked exactly; a stale balance is a warning', () => {
    const low = checkOrder(ctx({ balance: { amount: '0.83', currency: 'USD', fetchedAt: 0 } }));
    expect(low.errors.funds).toContain('Not enough funds');
    const exact = checkOrder(ctx({ balance: { amount: '0.84', currency: 'USD', fetchedAt: 0 } }));
    expect(exact.errors.funds).toBeUndefined();
    expect(checkOrder(ctx({ now: 11 * 60_000 })).warnings[0]).toContain('out of date');
  });

  it('subscriptions take a username, min/max and a d/m/Y expiry', () => {
    const check = checkOrder(ctx({ service: service({ type: 'Subscriptions', min: 10, max: 1000 }), values: { username: 'someone', min: '50', max: '100', delay: '30', expiry: '2026-12-31' } }));
    expect(check.errors).toEqual({});
    expect(check.fields).toEqual({ username: 'someone', min: 50, max: 100, delay: '30', expiry: '31/12/2026' });
    expect(toPanelDate('2026-01-05')).toBe('05/01/2026');
  });

  it('web traffic sends the keyword or referrer only for its traffic type', () => {
    const s = service({ type: 'Web Traffic' });
    const keyword = checkOrder(ctx({ service: s, values: { link: 'https://a.co', quantity: '100', type_of_traffic: '1', google_keyword: 'shoes', referring_url: 'https://x.y' } }));
    expect(keyword.fields).toMatchObject({ type_of_traffic: '1', google_keyword: 'shoes' });
    expect(keyword.fields.referring_url).toBeUndefined();
    expect(checkOrder(ctx({ service: s, values: { link: 'https://a.co', quantity: '100', type_of_traffic: '2' } })).errors.referring_url).toBeDefined();
  });
});

describe('mass order parsing', () => {
  it('gives each line an identity that survives lines inserted or deleted around it', () => {
    const before = parseMassOrder('1 | https://a.example/1 | 100\n2 | https://a.example/2 | 100\n1 | https://a.example/1 | 100');
    const after = parseMassOrder('3 | https://a.example/3 | 100\n\n1 | https://a.example/1 | 100\n2 | https://a.example/2 | 100');
    expect(before.map((l) => l.identity)).toEqual(['1 | https://a.example/1 | 100#1', '2 | https://a.example/2 | 100#1', '1 | https://a.example/1 | 100#2']);
    // The same text keeps its identity at another line number; a new line gets a new one.
    expect(after.map((l) => [l.lineNumber, l.identity])).toEqual([
      [1, '3 | https://a.example/3 | 100#1'],
      [3, '1 | https://a.example/1 | 100#1'],
      [4, '2 | https://a.example/2 | 100#1'],
    ]);
  });

  it('reads the pipe format and its variants', () => {
    const lines = parseMassOrder(['1 | https://a.co/x | 100', '2, https://a.co/y, 200', '3 https://a.co/z 300', '', '# comment', '4 | https://a.co/c | 2 | nice / great', 'x?y | | '].join('\n'));
    expect(lines.map((l) => [l.lineNumber, l.serviceId, l.link, l.quantity, l.comments, l.parseError])).toEqual([
      [1, '1', 'https://a.co/x', 100, null, null],
      [2, '2', 'https://a.co/y', 200, null, null],
      [3, '3', 'https://a.co/z', 300, null, null],
      [6, '4', 'https://a.co/c', 2, 'nice\ngreat', null],
      [7, null, null, null, null, expect.stringContaining('service id')],
    ]);
  });
});
