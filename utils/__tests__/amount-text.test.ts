import { describe, expect, it } from 'vitest';
import { splitCurrency } from '../amount-text';

describe('a currency sign or code beside an amount', () => {
  it('is split off and kept as written', () => {
    expect(splitCurrency('$1,234.56')).toEqual({ number: '1,234.56', currency: '$' });
    expect(splitCurrency('1 234,56 ₽')).toEqual({ number: '1 234,56', currency: '₽' });
    expect(splitCurrency('EUR 12.50')).toEqual({ number: '12.50', currency: 'EUR' });
    expect(splitCurrency('12.50 INR')).toEqual({ number: '12.50', currency: 'INR' });
    expect(splitCurrency('R$ 10,00')).toEqual({ number: '10,00', currency: 'R$' });
    expect(splitCurrency('₹500')).toEqual({ number: '500', currency: '₹' });
  });
  it('leaves a bare amount alone', () => {
    expect(splitCurrency(' 100.84292 ')).toEqual({ number: '100.84292', currency: null });
    expect(splitCurrency('lots')).toEqual({ number: 'lots', currency: null });
  });
});
