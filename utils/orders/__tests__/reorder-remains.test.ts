import { describe, expect, it } from 'vitest';
import type { Service } from '../../panel-api/types';
import { realCatalog } from '../../catalog/__tests__/real-catalogs';
import { fitQuantity, remainsElsewhere, remainsOf, remainsOnSamePanel } from '../reorder-remains';
import { service, tracked } from './timeline';

const followers: Service = { id: '10', name: 'Instagram Followers [R30]', type: 'Default', category: 'Instagram Followers', rate: '0.9', min: 50, max: 10_000, refill: true, cancel: true, dripfeed: true };
const snapshot = service(followers.name, { id: '10', rate: '0.9' });
const partial = tracked('p', '1', { status: 'partial' }, { service: snapshot, quantity: 1000, remains: 300, link: 'https://instagram.com/someone' });

describe('what remains to order', () => {
  it('partial, canceled and refunded orders with known remains', () => {
    expect(remainsOf(partial)).toEqual({ ok: true, remains: 300 });
    expect(remainsOf({ ...partial, status: 'canceled', remains: 1000 })).toEqual({ ok: true, remains: 1000 });
    expect(remainsOf({ ...partial, status: 'completed', remains: 0 })).toEqual({ ok: false, reason: 'Only partial, canceled or refunded orders have remains to order.' });
    expect(remainsOf({ ...partial, remains: null })).toEqual({ ok: false, reason: 'The panel did not say how much remains.' });
    expect(remainsOf({ ...partial, link: null })).toEqual({ ok: false, reason: 'This order has no link to order for.' });
  });

  it('within min, max and step; says when remains are below the minimum', () => {
    expect(fitQuantity(300, followers)).toEqual({ ok: true, quantity: 300, capped: false });
    expect(fitQuantity(30, followers)).toEqual({ ok: false, reason: 'The remaining 30 is below this service’s minimum of 50.' });
    expect(fitQuantity(25_000, followers)).toEqual({ ok: true, quantity: 10_000, capped: true });
    expect(fitQuantity(375, { ...followers, step: 100 })).toEqual({ ok: true, quantity: 300, capped: true });
    expect(fitQuantity(300, { ...followers, type: 'Package' })).toMatchObject({ ok: false });
  });

  it('on the same panel, as it lists the service now', () => {
    expect(remainsOnSamePanel(partial, [followers])).toEqual({
      ok: true,
      form: { panelId: 'p', serviceId: '10', link: 'https://instagram.com/someone', quantity: 300, capped: false, missingFields: [] },
    });
    expect(remainsOnSamePanel(partial, [{ ...followers, min: 500 }])).toEqual({ ok: false, reason: 'The remaining 300 is below this service’s minimum of 500.' });
    expect(remainsOnSamePanel(partial, [])).toEqual({ ok: false, reason: 'The panel no longer lists this service: order the remains on a matching service.' });
    const seo = { ...followers, type: 'SEO' };
    expect(remainsOnSamePanel(partial, [seo])).toMatchObject({ ok: true, form: { missingFields: ['Keywords'] } });
  });
});

describe('the best matching service on another panel', () => {
  it('in the same currency the closest rate wins; other currencies come after, never rate-compared', () => {
    const others = [
      { panelId: 'q', currency: 'USD', services: [{ ...followers, id: 'a', rate: '2.5' }, { ...followers, id: 'b', rate: '0.8' }, { ...followers, id: 'c', rate: '0.95', min: 500 }] },
      { panelId: 'e', currency: 'EUR', services: [{ ...followers, id: 'x', rate: '0.9' }] },
      { panelId: 'p', currency: 'USD', services: [{ ...followers, id: 'same-panel', rate: '0.9' }] },
      { panelId: 't', currency: 'USD', services: [{ ...followers, id: 'tiktok', name: 'TikTok Followers', category: 'TikTok', rate: '0.9' }] },
    ];
    const found = remainsElsewhere(partial, others);
    expect(found.map((f) => [f.form.panelId, f.service.id, f.rateComparable])).toEqual([
      ['q', 'b', true],
      ['q', 'a', true],
      ['e', 'x', false],
    ]);
    expect(found[0]!.form).toEqual({ panelId: 'q', serviceId: 'b', link: 'https://instagram.com/someone', quantity: 300, capped: false, missingFields: [] });
  });

  it('on real catalogs: an Instagram-followers order partial on one panel finds followers elsewhere', () => {
    const jap = realCatalog('justanotherpanel-2020-07-16.json');
    const gone = jap.find((s) => s.id === '3374')!;
    const order = tracked('jap', '1', { status: 'partial' }, { service: service(gone.name, { id: gone.id, rate: gone.rate, category: gone.category }), quantity: 5000, remains: 1200, link: 'https://instagram.com/x' });
    const found = remainsElsewhere(order, [{ panelId: 'smmkings', currency: 'USD', services: realCatalog('smmkings-2020-07-16.numbers.json') }]);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.service.name.toLowerCase()).toMatch(/instagram.*follower|follower.*instagram/);
      expect(f.form.quantity).toBe(1200);
      expect(f.service.min).toBeLessThanOrEqual(1200);
    }
  });
});
