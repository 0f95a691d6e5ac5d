import { describe, expect, it } from 'vitest';
import { order } from '../../../testing/orders';
import { describeDuplicate, findDuplicates, repeatedLines } from '../duplicates';
import { linkIdentity } from '../link-identity';
import type { UnconfirmedAttempt } from '../types';

const POST = 'https://www.instagram.com/p/C0ffee123/';

describe('linkIdentity', () => {
  it.each([
    'http://instagram.com/p/C0ffee123',
    'https://instagram.com/p/C0ffee123/',
    'instagram.com/p/C0ffee123',
    'https://m.instagram.com/p/C0ffee123/?igshid=MzRlODBiNWFlZA==',
    'https://www.instagram.com/p/C0ffee123/?utm_source=ig_web_copy_link&utm_medium=share',
    'https://www.instagram.com/p/C0ffee123/?igsh=abc#comments',
    'HTTPS://WWW.INSTAGRAM.COM/p/C0ffee123//',
  ])('%s is the same post', (variant) => expect(linkIdentity(variant)).toBe(linkIdentity(POST)));

  it('keeps what tells targets apart: path case, real parameters', () => {
    expect(linkIdentity('https://instagram.com/p/c0ffee123/')).not.toBe(linkIdentity(POST));
    expect(linkIdentity('https://www.youtube.com/watch?v=abc&feature=share')).toBe(linkIdentity('https://youtu.be/abc?si=xyz'));
    expect(linkIdentity('https://www.youtube.com/watch?v=abc')).not.toBe(linkIdentity('https://www.youtube.com/watch?v=abd'));
    expect(linkIdentity('https://x.com/user/status/1?s=20&t=abc')).toBe(linkIdentity('https://x.com/user/status/1'));
    expect(linkIdentity('https://www.tiktok.com/@u/video/1?is_from_webapp=1&sender_device=pc')).toBe(linkIdentity('https://tiktok.com/@u/video/1'));
    expect(linkIdentity('https://facebook.com/post?id=1&fbclid=zz')).toBe(linkIdentity('https://facebook.com/post?id=1'));
    expect(linkIdentity(' @SomeUser ')).toBe(linkIdentity('@someuser'));
  });
});

const attempt = (panelId: string, link: string, at = 5): UnconfirmedAttempt => ({
  id: `u-${at}`, panelId, serviceId: '1', serviceName: 'x', link, quantity: 1, estimatedCharge: null, attemptedAt: at, reason: '', runs: null, interval: null, source: 'quick-order', service: null,
});

describe('findDuplicates', () => {
  const running = order('p', '777', { link: 'https://instagram.com/p/A', status: 'in_progress', statusText: 'In progress' });
  const done = order('p', '778', { link: 'https://instagram.com/p/B', status: 'completed', statusText: 'Completed' });
  const gone = order('p', '779', { link: 'https://instagram.com/p/C', missing: true });
  const elsewhere = order('q', '780', { link: 'https://instagram.com/p/D', status: 'pending' });

  it('finds running, unconfirmed and in-flight orders on the same panel, by link identity', () => {
    const hits = findDuplicates('p', ['https://www.instagram.com/p/A/?utm_source=x', 'https://instagram.com/p/B', 'https://instagram.com/p/C', 'https://instagram.com/p/D', 'https://instagram.com/p/E', 'https://instagram.com/p/F', null], {
      orders: [running, done, gone, elsewhere],
      unconfirmed: [attempt('p', 'https://instagram.com/p/E')],
      inFlight: [attempt('p', 'instagram.com/p/F', 9)],
    });
    expect(hits).toEqual([
      { kind: 'active', orderId: '777', statusText: 'In progress' },
      null,
      null,
      null,
      { kind: 'unconfirmed', at: 5 },
      { kind: 'in-flight', at: 9 },
      null,
    ]);
    expect(describeDuplicate(hits[0]!)).toBe('Order 777 for this link is still In progress. Panels ask for a second order on the same link only after the first completes.');
    expect(describeDuplicate(hits[5]!)).toMatch(/^An order for this link is being sent right now/);
  });

  it('an in-flight order is named first: its answer is not even in yet', () => {
    expect(findDuplicates('p', ['https://instagram.com/p/A'], { orders: [running], unconfirmed: [], inFlight: [attempt('p', 'https://instagram.com/p/A')] })).toEqual([{ kind: 'in-flight', at: 5 }]);
  });

  it('lines of one mass order that repeat an earlier line', () => {
    const repeats = repeatedLines([
      { lineNumber: 1, link: 'https://instagram.com/p/A' },
      { lineNumber: 2, link: 'https://instagram.com/p/B' },
      { lineNumber: 4, link: 'https://www.instagram.com/p/A/' },
    ]);
    expect([...repeats]).toEqual([[4, { kind: 'batch', lineNumber: 1 }]]);
  });
});
