import { describe, expect, it } from 'vitest';
import { optionsPagePath, ordersPagePath, quickOrderPagePath, readOptionsPageQuery, readOrdersPageQuery, readQuickOrderPageQuery, remainsPagePath } from '../page-urls';

const search = (path: string) => path.slice(path.indexOf('?'));

describe('page URLs', () => {
  it('orders page: what is built is read back, keys with colons and commas kept', () => {
    expect(ordersPagePath()).toBe('/orders.html');
    expect(ordersPagePath({ order: 'a:1' })).toBe('/orders.html?order=a%3A1');
    expect(readOrdersPageQuery(search(ordersPagePath({ order: 'p&1:9' })))).toEqual({ open: 'p&1:9', keys: null, list: null, view: 'orders' });
    expect(readOrdersPageQuery(search(ordersPagePath({ keys: ['a:1', 'b:2'] })))).toEqual({ open: null, keys: ['a:1', 'b:2'], list: null, view: 'orders' });
    expect(readOrdersPageQuery(search(ordersPagePath({ list: 'tok' })))).toEqual({ open: null, keys: null, list: 'tok', view: 'orders' });
  });

  it('orders page: tolerant on what a hand-made link carries', () => {
    expect(readOrdersPageQuery('?keys=a%3A1,%20a%3A2,')).toEqual({ open: null, keys: ['a:1', 'a:2'], list: null, view: 'orders' });
    expect(readOrdersPageQuery('')).toEqual({ open: null, keys: null, list: null, view: 'orders' });
    // A view: the catalog changes (a catalog notification) or spending; anything else is the orders.
    expect(readOrdersPageQuery(search(ordersPagePath({ view: 'catalog' }))).view).toBe('catalog');
    expect(readOrdersPageQuery('?view=spending').view).toBe('spending');
    expect(readOrdersPageQuery('?view=constructor').view).toBe('orders');
    expect(ordersPagePath({ view: 'orders' })).toBe('/orders.html');
  });

  it('quick order: the link and the panel, each encoded', () => {
    const link = 'https://www.instagram.com/p/x/?a=1&b=2#c';
    expect(quickOrderPagePath(link)).toBe(`/quick-order.html?url=${encodeURIComponent(link)}`);
    expect(readQuickOrderPageQuery(search(quickOrderPagePath(link, 'panel 1')))).toEqual({ url: link, panelId: 'panel 1', remains: null });
    expect(readQuickOrderPageQuery('')).toEqual({ url: '', panelId: null, remains: null });
    // "Order the remaining N": an order key with a panel id that holds ':' and '&'.
    expect(remainsPagePath('p:a&b:123')).toBe('/quick-order.html?remains=p%3Aa%26b%3A123');
    expect(readQuickOrderPageQuery(search(remainsPagePath('p:a&b:123'))).remains).toBe('p:a&b:123');
  });

  it('options: the demo panel offer', () => {
    expect(readOptionsPageQuery(search(optionsPagePath(true)))).toEqual({ demo: true });
    expect(optionsPagePath()).toBe('/options.html');
    expect(readOptionsPageQuery('')).toEqual({ demo: false });
  });
});
