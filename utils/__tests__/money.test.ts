import { describe, expect, it } from 'vitest';
import { addMoney, chargeFor, compareMoney, formatAmount, formatMoney, parseMoney, subMoney, sumMoney } from '../money';

describe('money', () => {
  it('reads strings and JSON numbers exactly', () => {
    expect(parseMoney('0.90')).toBe('0.9');
    expect(parseMoney(0.9)).toBe('0.9');
    expect(parseMoney('100.84292')).toBe('100.84292');
    expect(parseMoney(' 1,234.5 ')).toBe('1234.5');
    expect(parseMoney('12,345,678')).toBe('12345678');
    expect(parseMoney('0.0000123')).toBe('0.0000123');
    // Rates with 7 decimals stay plain decimals (big.js would write 1e-7).
    expect(parseMoney('0.0000001')).toBe('0.0000001');
    expect(parseMoney(0.00000012)).toBe('0.00000012');
    expect(parseMoney(2147483647)).toBe('2147483647');
  });
  it('does not guess a lone comma before three digits: "12,500" may be 12.5 or 12500, so it is unknown', () => {
    for (const ambiguous of ['12,500', '0,125', '1,234', '1.234.5', '1,23,456.78']) expect(parseMoney(ambiguous)).toBeNull();
  });
  it('reads the groupings that cannot be mistaken', () => {
    // One or two digits after a comma cannot be a group of three: a decimal comma.
    expect(parseMoney('1,5')).toBe('1.5');
    expect(parseMoney('234,56')).toBe('234.56');
    // Spaces (also no-break and narrow no-break) or apostrophes group; the mark after them is the decimal one.
    expect(parseMoney('1 234,56')).toBe('1234.56');
    expect(parseMoney('1\u00A0234\u00A0567,5')).toBe('1234567.5');
    expect(parseMoney('1\u202F234.56')).toBe('1234.56');
    expect(parseMoney("1'234.56")).toBe('1234.56');
    expect(parseMoney('1 234')).toBe('1234');
    // Dots and a comma: the dots group.
    expect(parseMoney('1.234,56')).toBe('1234.56');
    expect(parseMoney('1.234.567')).toBe('1234567');
  });
  it('rejects what is not a number', () => {
    for (const bad of ['', 'abc', '1.2.3', null, undefined, NaN, Infinity, {}, [], true]) {
      expect(parseMoney(bad)).toBeNull();
    }
  });
  it('rejects absurd magnitudes that could not be shown (found by fuzzing)', () => {
    for (const huge of [1e308, -1e308, '1e999999999', '9'.repeat(400), '1e15']) expect(parseMoney(huge)).toBeNull();
    expect(parseMoney('999999999999999.9999999')).toBe('999999999999999.9999999');
  });
  it('never shows binary-float artefacts', () => {
    expect(addMoney('0.1', '0.2')).toBe('0.3');
    expect(subMoney('100', '0.27819')).toBe('99.72181');
    expect(sumMoney(['0.1', '0.2', '0.3'])).toBe('0.6');
    expect(chargeFor('0.9', 1000)).toBe('0.9');
    expect(chargeFor('0.0012345', 150)).toBe('0.000185175');
    expect(chargeFor('8', 7)).toBe('0.056');
  });
  it('compares exactly', () => {
    expect(compareMoney('0.3', addMoney('0.1', '0.2'))).toBe(0);
    expect(compareMoney('10', '9.9999999')).toBe(1);
    expect(compareMoney('-1', '0')).toBe(-1);
  });
  it('formats for people with 2 to 7 decimals and the currency', () => {
    expect(formatAmount('100.84292')).toBe('100.84292');
    expect(formatAmount('5')).toBe('5.00');
    expect(formatAmount('1234567.5')).toBe('1,234,567.50');
    expect(formatAmount('0.000185175')).toBe('0.0001852');
    expect(formatAmount('-0.5')).toBe('-0.50');
    expect(formatAmount('0.000000001')).toBe('0.00');
    expect(formatMoney('12.5', 'USD')).toBe('12.50 USD');
    expect(formatMoney('12.5', null)).toBe('12.50');
  });
});
