import { describe, expect, it } from 'vitest';
import { PLATFORMS, serviceMatchesPlatform, type Platform } from '../platform';
import { allRealServices } from './real-catalogs';

/** The rule as written first: the keyword inside the haystack padded with a space each side. */
const padded = (h: string, p: Platform) => p.keywords.some((k) => ` ${h} `.includes(k));

describe('serviceMatchesPlatform', () => {
  it('matches exactly as the padded haystack does, over the real catalogs and every platform', () => {
    const haystacks = allRealServices().map((s) => `${s.id} ${s.name} ${s.category}`.toLowerCase());
    for (const p of PLATFORMS) for (const h of haystacks) if (serviceMatchesPlatform(h, p) !== padded(h, p)) expect([p.id, h]).toBe('the same answer');
  });

  it('lets a keyword with a space at its end or start meet the padding, and only there', () => {
    const p = (...keywords: string[]): Platform => ({ id: 't', label: 'T', hosts: [], keywords });
    const cases: [string, Platform][] = [
      ['likes ig', p('ig ')],
      ['ig likes', p('ig ')],
      ['big likes', p('ig ')],
      ['likes igtv', p('ig ')],
      ['ig', p(' ig ')],
      ['ig likes', p(' ig ')],
      ['likes ig', p(' ig ')],
      ['bigger', p(' ig ')],
      ['fig', p(' ig')],
      ['ig', p(' ig')],
      ['tik tok views', p('tik tok')],
      ['anything', p(' ')],
      ['', p('ig ')],
    ];
    for (const [h, platform] of cases) expect(serviceMatchesPlatform(h, platform), `${h} / ${platform.keywords}`).toBe(padded(h, platform));
  });
});
