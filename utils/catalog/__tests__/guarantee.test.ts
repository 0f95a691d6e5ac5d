import { describe, expect, it } from 'vitest';
import { guaranteeLabel, guaranteePatterns, parseGuarantee, type Guarantee } from '../guarantee';
import { allRealServices } from './real-catalogs';

const named = (name: string, refill: boolean | null = null, extra: { category?: string; description?: string } = {}) =>
  parseGuarantee({ name, category: extra.category ?? '', refill, description: extra.description });

const brief = (g: Guarantee) => (g.kind === 'days' ? `days ${g.days}${g.auto ? ' auto' : ''}` : g.kind === 'lifetime' ? `lifetime${g.auto ? ' auto' : ''}` : g.kind === 'unknown' ? `unknown${g.refill ? ' refill' : ''}${g.conflict ? ' conflict' : ''}` : 'none');

describe('refill guarantees in the spellings of real catalogs', () => {
  it.each([
    ['Instagram Followers [75K] [R30] [1H - 1K/Day] ♻🔥', 'days 30', 'R30'],
    ['Instagram Followers [70K] [AR30] [INSTANT - 10K/Day] 💧♻🔥', 'days 30 auto', 'AR30'],
    ['Instagram Followers [6K] [AUTO R30] [1H - 1K/Day] ♻', 'days 30 auto', 'AUTO R30'],
    ['♛ YouTube Subscribers [HQ - Max 4K] [30 Days Refill]', 'days 30', '30 Days Refill'],
    ['Facebook Page Likes(MAX 25K)(Refill 20 day )](INSTANT)', 'days 20', 'Refill 20 day'],
    ['Facebook Page Likes (Max 20k)(refil 10 D)(instant)', 'days 10', 'refil 10 D'],
    ['Instagram Followers (Max 50k)(30D auto Refill)(Refil button enabled)', 'days 30 auto', '30D auto Refill'],
    ['Instagram Followers 500k(20 dasy auto refil)', 'days 20 auto', '20 dasy auto refil'],
    ['Instagram Followers (25k)(SUPER REAL)(30days Autorefil)(Refil Button Enabled)', 'days 30 auto', '30days Autorefil'],
    ['HQ Youtube Likes(Max 2k)(30 daysRefil)', 'days 30', '30 daysRefil'],
    ['Youtube Views (• 90 Days of refill Guarantee)', 'days 90', '90 Days of refill'],
    ['Youtube Views ( 90 Days of auto-refill Guarantee)', 'days 90 auto', '90 Days of auto-refill'],
    ['IMDB Votes 9 Star (1YEAR REFIL)', 'days 365', '1YEAR REFIL'],
    ['Facebook Likes ( Instant-6 Hours Real active Likes Zero Drop 30 days guarantee )', 'days 30', '30 days guarantee'],
    ['Youtube Subscribers [5K] [Refill 30]', 'days 30', 'Refill 30'],
    ['✪ YouTube Watchtime [ 0-12 𝑯𝒐𝒖𝒓 𝑺𝒕𝒂𝒓𝒕 ] ★彡30 Days Refill彡★', 'days 30', '30 Days Refill'],
    ['YouTube Likes - [ Max - 50K ][ 30 𝑫𝒂𝒚𝒔 𝑹𝒆𝒇𝒊𝒍𝒍 𝑩𝒖𝒕𝒕𝒐𝒏 ]', 'days 30', '30 𝑫𝒂𝒚𝒔 𝑹𝒆𝒇𝒊𝒍𝒍'],
    ['Youtube Views [10M] [R∞] [6H - 100K/Day]', 'lifetime', 'R∞'],
    ['Youtube Views [∞] [AUTO R∞] [INSTANT - 100K/Day] 🔥🔥🔥', 'lifetime auto', 'AUTO R∞'],
    ['YOUTUBE VIEWS( Lifetime Guarantee ) daily speed 1M', 'lifetime', 'Lifetime Guarantee'],
    ['Facebook page likes ( MAX 20 K) (Refill Life TIME Guarantee )', 'lifetime', 'Refill Life TIME'],
    ['Youtube Views (50k daily speed )(Lifetime Non drop Gurantee)', 'lifetime', 'Lifetime Non drop Gurantee'],
    ['Russian youtube Views| Lifetime warranty]', 'lifetime', 'Lifetime warranty'],
    ['Retention Youtube Views (LifeTimeGurantee )', 'lifetime', 'LifeTimeGurantee'],
    ['Instagram Reel Likes [50K] [INSTANT] [NO REFILL]', 'none', 'NO REFILL'],
    ['Instagram Followers (speed 500 per hour )(N0 Refil))', 'none', 'N0 Refil'],
    ['Instagram Followers (slow with avatars)9No Refil)', 'none', 'No Refil'],
    ['𝓝𝓮𝔀 YouTube Likes [ No-Refill ] Instant Start', 'none', 'No-Refill'],
    ['Twitter Real Like |(Max 1K ) ( No Refill No Guarantee )', 'none', 'No Refill'],
    ['🇹🇷 Turkey Targeted YouTube Views - ♻', 'unknown refill', '♻'],
    ['Instagram Followers [𝗛𝗤 - 𝗠𝗮𝘅 𝟱𝟬𝗞] ~ 𝐑efill Button Enable', 'unknown refill', '𝐑efill'],
    ['Instagram Followers HQ Auto Refill 3k-5k/Day 30days INSTANT', 'unknown refill', 'Refill'],
    ['Instagram Followers [R30] [No Refill]', 'unknown conflict', 'R30 · No Refill'],
    ['Instagram Followers [R30] (60 days refill)', 'unknown conflict', 'R30 · 60 days refill'],
  ])('%s → %s', (name, expected, matched) => {
    const g = named(name);
    expect(brief(g)).toBe(expected);
    expect(g.kind === 'none' || g.kind === 'days' || g.kind === 'lifetime' || g.kind === 'unknown' ? g.matched : null).toBe(matched);
  });

  it.each([
    ['Youtube USA Subscriber( 30 days Refil )(promotion for 7 days)', 'days 30'],
    ['UK Traffic from Theguardian.com [12H - 10K/Day]', 'unknown'],
    ['Youtube Views (Speed 50k-1M)(Life Time Stable)', 'unknown'],
    ['Youtube Views [ADS] [∞] [NEVER DROP] [72H - 500K/Day]', 'unknown'],
    ['Instagram Followers [100K] [NON DROP] [1H - 3K/Day]', 'unknown'],
    ['Twitch.tv Followers Drip Feed [10-12 Days]', 'unknown'],
    ['Facebook Page Likes [ 30 days refill] [ No drop from 1 year]', 'days 30'],
  ])('no guessing: %s → %s', (name, expected) => {
    expect(brief(named(name))).toBe(expected);
  });

  it.each([
    ['Seguidores Instagram garantía 30 días', 'days 30'],
    ['Seguidores reais (reposição 30 dias)', 'days 30'],
    ['Подписчики Instagram гарантия 30 дней', 'days 30'],
    ['Подписчики без гарантии', 'none'],
    ['Takipçi 30 gün garanti', 'days 30'],
    ['Followers garansi 30 hari', 'days 30'],
    ['Abonnés garantie 2 mois', 'days 60'],
    ['Seguidores sin reposición', 'none'],
    ['Takipçi garantisiz', 'none'],
    ['Followers ♻ 30d', 'days 30'],
    ['Followers ❌ refill', 'none'],
  ])('other languages and emoji: %s → %s', (name, expected) => {
    expect(brief(named(name))).toBe(expected);
  });

  it('the flag decides only when no text says anything: false = none, true = days not stated, missing = unknown', () => {
    expect(named('Instagram Followers', false)).toEqual({ kind: 'none', matched: null, source: 'flag' });
    expect(named('Instagram Followers', true)).toEqual({ kind: 'unknown', refill: true, auto: false, matched: null, source: 'flag' });
    expect(named('Instagram Followers', null)).toEqual({ kind: 'unknown', refill: null, auto: false, matched: null, source: null });
    // The text is what the seller promises: a stated 30 days stands beside a false flag.
    expect(brief(named('Instagram Followers [R30]', false))).toBe('days 30');
  });

  it('the name first, then the description, then the category', () => {
    expect(named('Instagram Followers', true, { description: 'Refill: 30 days. Start 0-1h.' })).toMatchObject({ kind: 'days', days: 30, source: 'description' });
    expect(named('Instagram Followers', true, { category: 'Instagram Followers [Refill 60 Days]' })).toMatchObject({ kind: 'days', days: 60, source: 'category' });
    expect(named('Followers [R15]', true, { category: 'Instagram [Refill 60 Days]' })).toMatchObject({ kind: 'days', days: 15, source: 'name' });
    expect(named('Followers ♻', true, { category: 'Instagram [No refill]' })).toMatchObject({ kind: 'none', source: 'category' });
    expect(named('Followers', true, { description: 'Refill: No' })).toMatchObject({ kind: 'none', source: 'description' });
  });

  it('labels', () => {
    expect(guaranteeLabel(named('F [AR30]'))).toBe('30-day refill (auto)');
    expect(guaranteeLabel(named('F [R∞]'))).toBe('Lifetime refill');
    expect(guaranteeLabel(named('F [No refill]'))).toBe('No refill');
    expect(guaranteeLabel(named('F ♻'))).toBe('Refill, days not stated');
    expect(guaranteeLabel(named('F', null))).toBe('Refill not stated');
  });
});

describe('coverage on the 8,536 real services', () => {
  it('how many state a guarantee, none, or leave it unknown (pinned)', () => {
    const services = allRealServices();
    const counts = new Map<string, number>();
    const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const service of services) {
      const g = parseGuarantee(service);
      bump(g.kind === 'unknown' ? (g.refill ? 'unknown: refill, days not stated' : 'unknown: nothing said') : g.kind);
      bump(`${g.kind} from ${g.source ?? 'nothing'}`);
    }
    const figures = Object.fromEntries([...counts].sort());
    console.log(`guarantee coverage over ${services.length} services:`, figures);
    expect(services.length).toBe(8536);
    expect(figures).toEqual({
      days: 626,
      'days from name': 626,
      lifetime: 344,
      'lifetime from name': 344,
      none: 6420,
      'none from flag': 6143,
      'none from name': 277,
      'unknown from flag': 991,
      'unknown from name': 155,
      'unknown: refill, days not stated': 1146,
    });
  });
});

describe('the patterns, built on first use', () => {
  it('are built once and kept: every later read gets the same compiled patterns', () => {
    const first = guaranteePatterns();
    expect(guaranteePatterns()).toBe(first);
    expect(named('Followers [R30]').kind).toBe('days');
    expect(guaranteePatterns()).toBe(first);
  });
});
