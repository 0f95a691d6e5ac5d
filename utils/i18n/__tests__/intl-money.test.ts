import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocaleAmount, formatLocaleMoney } from '../intl-money';

/** The eight languages' tags, and two that write their own digits. */
const TAGS = ['en', 'ru', 'es', 'pt-BR', 'tr', 'id', 'hi', 'ar'];
const OWN_DIGITS = ['ar-EG', 'hi-IN-u-nu-deva'];
const NBSP = '\u00a0';

describe('exact money in eight languages', () => {
  it('changes only the separators and group sizes', () => {
    const expected: Record<string, string> = {
      en: '1,234,567.891',
      ru: `1${NBSP}234${NBSP}567,891`,
      es: '1.234.567,891',
      'pt-BR': '1.234.567,891',
      tr: '1.234.567,891',
      id: '1.234.567,891',
      hi: '12,34,567.891',
      ar: '1,234,567.891',
    };
    for (const tag of TAGS) expect([tag, formatLocaleAmount('1234567.891', 7, tag)]).toEqual([tag, expected[tag]]);
  });

  it('keeps 7-decimal rates and amounts beyond a float’s precision exact', () => {
    expect(formatLocaleAmount('0.0000001', 7, 'ru')).toBe('0,0000001');
    expect(formatLocaleAmount('123456789012.1234567', 7, 'de')).toBe('123.456.789.012,1234567');
    expect(formatLocaleAmount('123456789012.1234567', 7, 'hi')).toBe('1,23,45,67,89,012.1234567');
    expect(formatLocaleAmount('0.30000000000000004', 7, 'en')).toBe('0.30');
  });

  it('leaves 4-digit amounts ungrouped where the language does (es) and groups them elsewhere', () => {
    expect(formatLocaleAmount('1234.5', 7, 'es')).toBe('1234,50');
    expect(formatLocaleAmount('12345.5', 7, 'es')).toBe('12.345,50');
    expect(formatLocaleAmount('1234.5', 7, 'tr')).toBe('1.234,50');
  });

  it('writes the language’s own digits where it uses them', () => {
    expect(formatLocaleAmount('1234.5', 7, 'ar-EG')).toBe('١٬٢٣٤٫٥٠');
    expect(formatLocaleAmount('1234.5', 7, 'hi-IN-u-nu-deva')).toBe('१,२३४.५०');
  });

  it('puts the currency code where the language does, and the minus sign its way', () => {
    expect(formatLocaleMoney('12.5', 'USD', 7, 'en')).toBe(`USD${NBSP}12.50`);
    expect(formatLocaleMoney('12.5', 'RUB', 7, 'ru')).toBe(`12,50${NBSP}RUB`);
    expect(formatLocaleMoney('-3', 'INR', 7, 'hi')).toBe(`-INR${NBSP}3.00`);
    expect(formatLocaleMoney('12.5', 'USD', 7, 'es')).toBe(`12,50${NBSP}USD`);
    // A code no standard knows is still shown, where a code goes.
    expect(formatLocaleMoney('7', 'coins', 7, 'pt-BR')).toBe(`coins${NBSP}7,00`);
    expect(formatLocaleMoney('7', null, 7, 'pt-BR')).toBe('7,00');
  });

  it('matches Intl.NumberFormat fed the exact decimal string, in every language (property)', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,14}$|^0$/), fc.stringMatching(/^\d{0,9}$/))
      .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`);
    fc.assert(
      fc.property(decimal, fc.constantFrom(...TAGS, ...OWN_DIGITS), fc.integer({ min: 2, max: 7 }), (value, tag, max) => {
        // signDisplay 'negative': no minus on an amount that rounds to zero, as money shows it.
        const options = { minimumFractionDigits: 2, maximumFractionDigits: max, roundingMode: 'halfExpand', signDisplay: 'negative' } as const;
        // Node's Intl formats a numeric string exactly (ES2023); the browser code does not rely on it.
        const oracle = new Intl.NumberFormat(tag, options).format(value as unknown as number);
        const currency = new Intl.NumberFormat(tag, { ...options, style: 'currency', currency: 'EUR', currencyDisplay: 'code' }).format(value as unknown as number);
        expect(formatLocaleAmount(value, max, tag)).toBe(oracle);
        expect(formatLocaleMoney(value, 'EUR', max, tag)).toBe(currency);
      }),
      { numRuns: 2000 },
    );
  });
});
