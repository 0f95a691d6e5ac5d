import { afterEach, describe, expect, it } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { useCatalog } from '@/utils/i18n/messages';
import { order } from '../../../testing/orders';
import { ordersCount, READ_START, stillReading, withPart, withReadError } from '../orders-read';

const byKey = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => order('p', String(i))).map((o) => [o.key, o]));

describe('the orders page reading its orders part by part', () => {
  it('says nothing is read before the first part, and counts only what is read until the last', () => {
    expect(ordersCount(READ_START, 0, 0)).toBe('Reading orders…');
    const first = withPart(READ_START, byKey(250), false, 9_750);
    expect(first).toMatchObject({ complete: false, remaining: 9_750, started: true });
    expect(stillReading(first)).toBe('Still reading 9,750 orders…');
    // Never "250 orders tracked": a partial count is not the total.
    expect(ordersCount(first, 250, 250)).toBe('250 orders read so far. Still reading 9,750 orders…');
    expect(ordersCount(first, 250, 12)).toBe('12 of 250 orders read so far. Still reading 9,750 orders…');
    expect(ordersCount(withPart(READ_START, byKey(250), false), 250, 250)).toBe('250 orders read so far. Reading older orders…');
  });

  it('counts the total once every order is read, and takes each later change whole', () => {
    const first = withPart(READ_START, byKey(250), false, 9_750);
    const all = withPart(first, byKey(10_000), true);
    expect(all).toMatchObject({ complete: true, remaining: null });
    expect(Object.keys(all.orders)).toHaveLength(10_000);
    expect(stillReading(all)).toBeNull();
    expect(ordersCount(all, 10_000, 10_000)).toBe('10,000 orders tracked');
    expect(ordersCount(all, 10_000, 40)).toBe('40 of 10,000 orders shown');
    // A stored change after the read: a complete part again, with the new orders.
    expect(Object.keys(withPart(all, byKey(9_999), true).orders)).toHaveLength(9_999);
  });

  it('keeps what was read when a later part fails', () => {
    const first = withPart(READ_START, byKey(3), false, 5);
    const failed = withReadError(first, new Error('QUOTA_BYTES exceeded'));
    expect(failed).toMatchObject({ complete: false, error: 'QUOTA_BYTES exceeded' });
    expect(Object.keys(failed.orders)).toHaveLength(3);
  });
});

describe('the read state in Russian and Arabic', () => {
  const sources = readLocaleSources();
  const use = (locale: string) => useCatalog(locale, buildMessages(sources, locale));
  afterEach(() => use('en'));
  const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

  it('Russian: the remaining count takes its few/many form, the partial count says "so far"', () => {
    use('ru');
    expect(stillReading(withPart(READ_START, byKey(1), false, 9_752))).toBe('Осталось прочитать 9\u00a0752 заказа…');
    expect(stillReading(withPart(READ_START, byKey(1), false, 9_750))).toBe('Осталось прочитать 9\u00a0750 заказов…');
    expect(ordersCount(withPart(READ_START, byKey(250), false, 5), 250, 250)).toBe('Прочитано пока: 250 заказов. Осталось прочитать 5 заказов…');
    expect(ordersCount(withPart(READ_START, byKey(3), true), 3, 3)).toBe('Отслеживается 3 заказа');
  });

  it('Arabic: few and many forms, each value isolated for right-to-left', () => {
    use('ar');
    expect(stillReading(withPart(READ_START, byKey(1), false, 3))).toBe('جارٍ قراءة 3 طلبات متبقية…');
    expect(stillReading(withPart(READ_START, byKey(1), false, 11))).toBe('جارٍ قراءة 11 طلبًا متبقيًا…');
    expect(strip(ordersCount(withPart(READ_START, byKey(2), true), 2, 1))).toBe('عُرض 1 من طلبين');
  });
});
