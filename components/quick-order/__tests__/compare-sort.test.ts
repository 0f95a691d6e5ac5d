import { describe, expect, it } from 'vitest';
import type { Comparison } from '@/utils/catalog/compare';
import { serviceRecords } from '@/utils/orders/service-record';
import type { Service } from '@/utils/panel-api/types';
import { H, service, tracked } from '@/utils/orders/__tests__/timeline';
import { byRecord } from '../compare-sort';

const svc = (id: string, rate: string): Service => ({ id, name: `Instagram Followers ${id}`, type: 'Default', category: 'Instagram', rate, min: 10, max: 10000, refill: null, cancel: null, dripfeed: null }) as Service;

describe('Compare panels: cheapest or best record', () => {
  const comparison: Comparison = {
    sameCurrency: [svc('1', '0.5'), svc('4', '0.6'), svc('2', '0.7'), svc('3', '0.9')].map((service) => ({ panelId: 'b', service, currency: 'USD' })),
    otherCurrencies: [
      { panelId: 'c', service: svc('5', '40'), currency: 'RUB' },
      { panelId: 'c', service: svc('6', '41'), currency: 'RUB' },
      { panelId: 'c', service: svc('7', '42'), currency: 'RUB' },
      { panelId: 'c', service: svc('8', '43'), currency: 'RUB' },
      { panelId: 'd', service: svc('9', '1'), currency: null },
    ],
  };
  const records = serviceRecords([
    // 1: always partial; 3: always complete; 2: one of two partial; 4: never ordered.
    ...[1, 2, 3].map((i) => tracked('b', `c${i}`, { placedAt: 0, doneAt: H, status: 'partial' }, { service: service('x', { id: '1' }), remains: 500 })),
    ...[1, 2, 3].map((i) => tracked('b', `d${i}`, { placedAt: 0, doneAt: 2 * H }, { service: service('x', { id: '3' }) })),
    tracked('b', 'm1', { placedAt: 0, doneAt: H }, { service: service('x', { id: '2' }) }),
    tracked('b', 'm2', { placedAt: 0, doneAt: H, status: 'partial' }, { service: service('x', { id: '2' }), remains: 10 }),
  ]);

  it('cheapest keeps the rate order, three per currency, each row with its hint', () => {
    const shown = byRecord(comparison, 'cheapest', records);
    expect(shown.sameCurrency.map((a) => a.service.id)).toEqual(['1', '4', '2']);
    expect(shown.sameCurrency.map((a) => a.hint)).toEqual(['usually done in 1 h · 100% partial · 3 orders', null, 'usually done in 1 h · 50% partial · 2 orders']);
    expect(shown.otherCurrencies.map((a) => a.service.id)).toEqual(['5', '6', '7', '9']);
  });
  it('best record puts the surest delivery first, services never ordered last (cheapest first among them)', () => {
    expect(byRecord(comparison, 'record', records).sameCurrency.map((a) => a.service.id)).toEqual(['3', '2', '1']);
    expect(byRecord(comparison, 'record', records, 10).sameCurrency.map((a) => a.service.id)).toEqual(['3', '2', '1', '4']);
  });
  it('without records (still reading), best record is the cheapest order', () => {
    expect(byRecord(comparison, 'record', null).sameCurrency.map((a) => a.service.id)).toEqual(['1', '4', '2']);
  });
});
