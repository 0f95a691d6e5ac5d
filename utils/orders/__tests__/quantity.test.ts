/**
 * One quantity rule for every form and for the background: what Number() would also accept
 * ("0x10" = 16, "1e3" = 1000, "1.000" = 1) is refused with what to write instead.
 */
import { describe, expect, it } from 'vitest';
import type { Service } from '../../panel-api/types';
import { parseMassOrder } from '../mass-order';
import { checkOrder } from '../order-form';
import { fieldsProblem, parseQuantity, quantityFor } from '../quantity';
import { SERVICE_TYPES } from '../service-types';

const service: Service = { id: '1', name: 'Likes', type: 'Default', category: 'Instagram', rate: '0.84', min: 10, max: 100_000, refill: null, cancel: null, dripfeed: null };

describe('parseQuantity', () => {
  it.each([
    ['1000', 1000],
    [' 1000 ', 1000],
    ['1,000', 1000],
    ['12,345,678', 12_345_678],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['1_000', 1000],
    ['0', 0],
  ])('reads “%s” as %d', (text, value) => expect(parseQuantity(text)).toEqual({ ok: true, value }));

  it.each(['0x10', '1e3', '1E3', '+5', '-5', '5.0', '1,00', '1,000 000', '10,00,000', '١٠٠', 'ten', '', 'Infinity', '99999999999999999999'])('refuses “%s”', (text) => {
    expect(parseQuantity(text).ok).toBe(false);
  });

  it('says what to write for a dotted number, which is 1 to a calculator and 1000 to half the world', () => {
    expect(parseQuantity('1.000')).toEqual({ ok: false, message: 'Quantity “1.000” could be 1000 or 1: write it without a dot.' });
  });
});

describe('every form reads quantities by the same rule', () => {
  it.each(['0x10', '1e3', '1.000', '1,00'])('the quick-order form refuses “%s”', (quantity) => {
    const check = checkOrder({ service, values: { link: 'https://instagram.com/p/x', quantity }, dripfeed: false, balance: null, now: 0 });
    expect(check.errors.quantity).toBeDefined();
    expect(check.fields.quantity).toBeUndefined();
  });

  it.each([
    ['1 | https://a.co/x | 0x10', '“0x10”: Quantity must be a whole number.'],
    ['1 | https://a.co/x | 1e3', '“1e3”: Quantity must be a whole number.'],
    ['1 | https://a.co/x | 1.000', '“1.000”: Quantity “1.000” could be 1000 or 1: write it without a dot.'],
    ['1, https://a.co/x, 1,000', '“1,000”: Write the quantity without a comma (1000), or separate the columns with |.'],
    ['1 | https://a.co/x | 0', '“0” is not a quantity.'],
  ])('the mass order refuses “%s”', (text, error) => {
    expect(parseMassOrder(text)).toEqual([expect.objectContaining({ quantity: null, parseError: error })]);
  });

  it('the mass order reads grouped quantities where they cannot be a column', () => {
    expect(parseMassOrder('1 | https://a.co/x | 1,000\n2 https://a.co/y 2_500\n3, https://a.co/z, 300, nice / great').map((l) => [l.quantity, l.comments, l.parseError])).toEqual([
      [1000, null, null],
      [2500, null, null],
      [300, 'nice\ngreat', null],
    ]);
  });

  it('the background checks what a form sent by the same rule before anything leaves', () => {
    const spec = SERVICE_TYPES.Default!;
    expect(fieldsProblem(service, spec, { link: 'https://a.co/x', quantity: 1000 })).toBeNull();
    expect(fieldsProblem(service, spec, { link: 'https://a.co/x', quantity: 16.5 })).toBe('“quantity” must be a whole number.');
    expect(fieldsProblem(service, spec, { link: 'https://a.co/x', quantity: 1e21 })).toBe('“quantity” must be a whole number.');
    expect(fieldsProblem(service, spec, { link: 'https://a.co/x', quantity: 5 })).toBe('Quantity must be at least 10 for this service.');
    expect(fieldsProblem(service, spec, { link: 'https://a.co/x' })).toBe('Quantity is missing.');
    expect(fieldsProblem(service, SERVICE_TYPES['Custom Comments']!, { link: 'https://a.co/x', comments: 'a\nb' })).toBe('The number of comments must be at least 10 for this service.');
    expect(quantityFor(SERVICE_TYPES.Package!, {})).toBe(1);
  });
});
