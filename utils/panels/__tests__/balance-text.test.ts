import { describe, expect, it } from 'vitest';
import { balanceLine, balanceWords } from '../balance-text';

describe('a balance in words', () => {
  it('known figure and currency', () => {
    expect(balanceWords({ balance: '1234.56', currency: 'RUB', text: '1 234,56' })).toEqual({ amount: '1,234.56 RUB', note: null, fullNote: null });
  });
  it('no currency from the panel: said, never USD', () => {
    expect(balanceWords({ balance: '100.5', currency: null })).toEqual({ amount: '100.50', note: 'currency not stated', fullNote: 'currency not stated' });
    expect(balanceLine({ balance: '100.5', currency: null })).toBe('100.50 (currency not stated)');
  });
  it('an ambiguous figure: the panel’s own text, marked', () => {
    expect(balanceWords({ balance: null, currency: 'USD', text: '12,500' })).toMatchObject({ amount: '12,500', note: 'as the panel wrote it: the format is ambiguous' });
  });
  it('where room is short, a shorter note with the full one kept', () => {
    expect(balanceWords({ balance: '100.5', currency: null }, true)).toEqual({ amount: '100.50', note: 'no currency', fullNote: 'currency not stated' });
    expect(balanceWords({ balance: null, currency: null, text: '1,234' }, true)).toMatchObject({ note: 'as written' });
  });
});
