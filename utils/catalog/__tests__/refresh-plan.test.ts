import { describe, expect, it } from 'vitest';
import { CATALOG_ASK_GAP_MS, nextCatalogRefresh, type CatalogTimes } from '../refresh-plan';

const H = 3_600_000;
const NOW = 1_000 * H;
const TTL = 24 * H;
const times = (entries: Record<string, CatalogTimes>) => new Map(Object.entries(entries));

describe('nextCatalogRefresh', () => {
  it('takes the oldest catalog past the TTL, one panel per run; a panel never fetched first', () => {
    const t = times({ a: { askedAt: 0, fetchedAt: NOW - 30 * H }, b: { askedAt: 0, fetchedAt: NOW - 50 * H }, c: { askedAt: 0, fetchedAt: NOW - 2 * H } });
    expect(nextCatalogRefresh(['a', 'b', 'c'], t, new Set(), TTL, NOW)).toBe('b');
    expect(nextCatalogRefresh(['a', 'b', 'c', 'new'], t, new Set(), TTL, NOW)).toBe('new');
  });

  it('nothing while every catalog is within the TTL', () => {
    expect(nextCatalogRefresh(['a'], times({ a: { askedAt: 0, fetchedAt: NOW - 23 * H } }), new Set(), TTL, NOW)).toBeNull();
  });

  it('a panel asked within the hour waits (answered or not): the next oldest goes instead', () => {
    const t = times({ a: { askedAt: NOW - 10 * 60_000, fetchedAt: NOW - 90 * H }, b: { askedAt: NOW - CATALOG_ASK_GAP_MS, fetchedAt: NOW - 30 * H } });
    expect(nextCatalogRefresh(['a', 'b'], t, new Set(), TTL, NOW)).toBe('b');
  });

  it('a blocked panel (key refused, backing off, no key) is left alone', () => {
    const t = times({ a: { askedAt: 0, fetchedAt: NOW - 90 * H } });
    expect(nextCatalogRefresh(['a'], t, new Set(['a']), TTL, NOW)).toBeNull();
  });
});
