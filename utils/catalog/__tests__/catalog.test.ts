import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeServices } from '../../panel-api/normalize';
import type { Service } from '../../panel-api/types';
import { cheapestAlternatives } from '../compare';
import { detectPlatform, likelyKind, platformById } from '../platform';
import { buildIndex, searchServices } from '../search';

const catalog = (() => {
  const r = normalizeServices(JSON.parse(readFileSync('tests/fixtures/catalogs/justanotherpanel-2020-07-16.json', 'utf8')));
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();

describe('platform detection', () => {
  it.each([
    ['https://www.instagram.com/p/abc/', 'instagram', 'likes'],
    ['https://instagram.com/someone', 'instagram', 'followers'],
    ['https://www.instagram.com/reel/xyz/', 'instagram', 'views'],
    ['https://vm.tiktok.com/ZM123/', 'tiktok', 'followers'],
    ['https://www.tiktok.com/@a/video/1', 'tiktok', 'views'],
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube', 'views'],
    ['https://www.youtube.com/@channel', 'youtube', 'subscribers'],
    ['https://x.com/jack/status/20', 'twitter', 'likes'],
    ['https://t.me/durov', 'telegram', 'members'],
    ['https://open.spotify.com/track/1', 'spotify', 'plays'],
    ['https://www.twitch.tv/someone', 'twitch', 'followers'],
    ['https://shop.example.com/page', 'website', 'visits'],
  ])('%s → %s (%s)', (url, platform, kind) => {
    expect(detectPlatform(url)?.id).toBe(platform);
    expect(likelyKind(url)).toBe(kind);
  });
  it('a non-URL has no platform', () => {
    expect(detectPlatform('someone')).toBeNull();
    expect(detectPlatform('javascript:alert(1)')).toBeNull();
  });
});

describe('service search over a real catalog', () => {
  const index = buildIndex(catalog);
  it('prefilters by platform', () => {
    const ig = searchServices(index, '', { platform: platformById('instagram') });
    expect(ig.length).toBeGreaterThan(300);
    expect(ig.length).toBeLessThan(catalog.length);
    for (const i of ig.slice(0, 50)) expect(index.haystack[i]).toMatch(/instagram|insta |ig /);
  });
  it('finds by words in any order, with typos tolerated, and by exact id first', () => {
    const hits = searchServices(index, 'likes instagram', { platform: null }).slice(0, 10).map((i) => index.services[i]!.name.toLowerCase());
    expect(hits.length).toBe(10);
    for (const name of hits) expect(name).toMatch(/like/);
    expect(index.services[searchServices(index, '3226')[0]!]!.id).toBe('3226');
    expect(searchServices(index, 'instagarm folowers').length).toBeGreaterThan(0);
  });
  it('shows recent services first when there is no query', () => {
    const result = searchServices(index, '', { platform: platformById('instagram'), recent: ['3226', '1914'] });
    expect(result.slice(0, 2).map((i) => index.services[i]!.id)).toEqual(['3226', '1914']);
  });
});

describe('compare panels', () => {
  it('finds the cheapest same-platform, same-kind services elsewhere', () => {
    const chosen = catalog.find((s) => s.id === '3226')!;
    const other: Service[] = [
      { ...chosen, id: 'a', rate: '0.5', name: 'Instagram Likes cheap' },
      { ...chosen, id: 'b', rate: '0.3', name: 'Instagram Likes cheaper' },
      { ...chosen, id: 'c', rate: '0.1', name: 'Instagram Followers', category: 'Instagram Followers' },
      { ...chosen, id: 'd', rate: '0.1', name: 'TikTok Likes', category: 'TikTok Likes' },
    ];
    expect(cheapestAlternatives(chosen, 'USD', [{ panelId: 'p2', services: other, currency: 'USD' }]).sameCurrency.map((a) => a.service.id)).toEqual(['b', 'a']);
  });

  it('never ranks rates in different currencies against each other, nor rates whose currency is not stated', () => {
    const chosen = { ...catalog.find((s) => s.id === '3226')!, rate: '0.9' };
    const like = (id: string, rate: string, currency?: string): Service => ({ ...chosen, id, rate, name: `Instagram Likes ${id}`, ...(currency ? { currency } : {}) });
    const result = cheapestAlternatives(chosen, 'USD', [
      { panelId: 'rub', services: [like('r1', '40'), like('r2', '0.5')], currency: 'RUB' },
      { panelId: 'usd', services: [like('u1', '0.7'), like('e1', '0.2', 'EUR')], currency: 'usd' },
      { panelId: 'unstated', services: [like('n1', '0.01')], currency: null },
    ]);
    // 0.5 RUB, 0.2 EUR and 0.01 (no currency) are not "cheaper" than 0.9 USD: only USD is ranked.
    expect(result.sameCurrency.map((a) => a.service.id)).toEqual(['u1']);
    expect(result.otherCurrencies.map((a) => [a.service.id, a.currency])).toEqual([
      ['e1', 'EUR'],
      ['r2', 'RUB'],
      ['r1', 'RUB'],
      ['n1', null],
    ]);
    // Without a currency for the chosen service, nothing is comparable.
    expect(cheapestAlternatives(chosen, null, [{ panelId: 'usd', services: [like('u1', '0.7')], currency: 'USD' }]).sameCurrency).toEqual([]);
  });
});
