import { describe, expect, it } from 'vitest';
import { formatPerCurrency, sumPerCurrency } from '../money-totals';

describe('sumPerCurrency', () => {
  it('adds exactly within a currency and never across currencies', () => {
    const totals = sumPerCurrency([
      { amount: '0.1', currency: 'USD' },
      { amount: '2.5', currency: 'EUR' },
      { amount: '0.2', currency: 'USD' },
      { amount: '1', currency: null },
    ]);
    expect(totals).toEqual([
      { currency: 'USD', total: '0.3' },
      { currency: 'EUR', total: '2.5' },
      { currency: null, total: '1' },
    ]);
    expect(formatPerCurrency(totals, 'USD')).toBe('0.30 USD + 2.50 EUR + 1.00');
  });

  it('shows zero in the fallback currency when there is nothing to add', () => {
    expect(formatPerCurrency(sumPerCurrency([]), 'RUB')).toBe('0.00 RUB');
  });
});
