/**
 * One money rule for reading and storing: every amount parseMoney returns passes the storage
 * check unchanged, and every amount storage accepts reads back as itself. An amount that
 * passed one and failed the other made every poll cycle back up and reset the orders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONEY_TEXT, isMoneyText, parseMoney } from '../money';
import { checkOrders } from '../storage-check';
import { order } from '../../testing/orders';

/** What the storage check makes of an order charged `charge`. */
function stored(charge: string) {
  const o = order('p', '1', { charge });
  return checkOrders({ [o.key]: o });
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Amounts as panels write them, long and odd ones included. */
const panelAmount = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.tuple(fc.constantFrom('', '-', '+', ' '), digits(1, 45), fc.option(digits(0, 45)), fc.option(fc.integer({ min: -40, max: 40 }))).map(
    ([sign, int, frac, exp]) => `${sign}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : `e${exp}`}`,
  ),
  fc.string(),
);

describe('one money rule for panel answers and storage', () => {
  it('a 40-digit amount a panel sends is stored as read, not backed up and reset', () => {
    const amount = parseMoney('0.1234567890123456789012345678901234567890');
    expect(amount).toBe('0.123456789012');
    expect(stored(amount!)).toMatchObject({ lost: false });
    expect(parseMoney('12345678901234.123456789012345678901234567890')).toBe('12345678901234.123456789012');
    expect(parseMoney('0.30000000000000004')).toBe('0.3');
    expect(parseMoney('-0.0000000000001')).toBe('0');
  });

  it('fuzz: every amount parseMoney returns passes the storage check unchanged', () => {
    fc.assert(
      fc.property(panelAmount, (raw) => {
        const amount = parseMoney(raw);
        if (amount === null) return;
        expect(isMoneyText(amount)).toBe(true);
        expect(parseMoney(amount)).toBe(amount);
        const checked = stored(amount);
        expect(checked.lost).toBe(false);
        expect(checked.value['p:1']!.charge).toBe(amount);
      }),
      { numRuns: 20_000 },
    );
  });

  it('fuzz: every amount storage accepts reads back as itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(MONEY_TEXT), (text) => {
        expect(parseMoney(text)).toBe(text);
        expect(stored(text).lost).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });
});
