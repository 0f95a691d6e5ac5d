import { describe, expect, it } from 'vitest';
import { formatDateTime, formatInteger, formatList, formatPercent, formatRelativeTime } from '../intl-format';

const NBSP = '\u00a0';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// 5 January 2026, 14:07 in the machine's zone: the hour is checked, not the zone.
const AT = new Date(2026, 0, 5, 14, 7).getTime();

/** Per language: integer, date parts, "3 min ago", "now", a list of three. */
const LANGUAGES: Record<string, { int: string; date: RegExp; ago: string; now: string; list: string }> = {
  en: { int: '1,234,567', date: /^Jan 5, 2026, 2:07\sPM$/, ago: '3 min. ago', now: 'now', list: 'A, B, and C' },
  ru: { int: `1${NBSP}234${NBSP}567`, date: /^5 янв\. 2026 г\., 14:07$/, ago: '3 мин. назад', now: 'сейчас', list: 'A, B и C' },
  es: { int: '1.234.567', date: /^5 ene 2026, 14:07$/, ago: 'hace 3 min', now: 'ahora', list: 'A, B y C' },
  'pt-BR': { int: '1.234.567', date: /^5 de jan\. de 2026, 14:07$/, ago: 'há 3 min.', now: 'agora', list: 'A, B e C' },
  tr: { int: '1.234.567', date: /^5 Oca 2026 14:07$/, ago: '3 dk. önce', now: 'şimdi', list: 'A, B ve C' },
  id: { int: '1.234.567', date: /^5 Jan 2026, 14\.07$/, ago: '3 mnt lalu', now: 'sekarang', list: 'A, B, dan C' },
  hi: { int: '12,34,567', date: /^5 जन॰ 2026, 2:07 pm$/, ago: '3 मि॰ पहले', now: 'अब', list: 'A, B, और C' },
  ar: { int: '1,234,567', date: /^05\u200f\/01\u200f\/2026، 2:07 م$/, ago: 'قبل 3 دقائق', now: 'الآن', list: 'A وB وC' },
};

describe('Intl formatting in eight languages', () => {
  for (const [tag, want] of Object.entries(LANGUAGES)) {
    it(`${tag}: integers, date and time, relative time, lists`, () => {
      expect(formatInteger(1234567, tag)).toBe(want.int);
      expect(formatDateTime(AT, 'dateTime', tag)).toMatch(want.date);
      expect(formatRelativeTime(AT - 3 * MINUTE, AT, tag)).toBe(want.ago);
      expect(formatRelativeTime(AT - 20_000, AT, tag)).toBe(want.now);
      expect(formatList(['A', 'B', 'C'], 'conjunction', tag)).toBe(want.list);
    });
  }

  it('shows "—" for no number or no time', () => {
    expect(formatInteger(null, 'en')).toBe('—');
    expect(formatInteger(Number.NaN, 'ru')).toBe('—');
    expect(formatDateTime(null, 'date', 'ar')).toBe('—');
  });

  it('picks the largest unit that fits, in the past and the future, never "yesterday"', () => {
    expect(formatRelativeTime(AT - 2 * HOUR, AT, 'en')).toBe('2 hr. ago');
    expect(formatRelativeTime(AT - 30 * HOUR, AT, 'en')).toBe('1 day ago');
    expect(formatRelativeTime(AT + 5 * MINUTE, AT, 'en')).toBe('in 5 min.');
    expect(formatRelativeTime(AT - 400 * 24 * HOUR, AT, 'ru')).toBe('1 г. назад');
    expect(formatRelativeTime(AT - 2 * HOUR, AT, 'ru', 'long')).toBe('2 часа назад');
  });

  it('formats dates and times alone, and percentages', () => {
    expect(formatDateTime(AT, 'date', 'ru')).toBe('5 янв. 2026 г.');
    expect(formatDateTime(AT, 'time', 'tr')).toBe('14:07');
    expect(formatPercent(0.42, 'tr')).toBe('%42');
    expect(formatList(['A', 'B'], 'disjunction', 'es')).toBe('A o B');
  });
});
