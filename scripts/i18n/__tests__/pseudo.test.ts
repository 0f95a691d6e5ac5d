import { describe, expect, it } from 'vitest';
import { pseudoLocalize, pseudoMessages } from '../pseudo';

describe('the pseudo-locale', () => {
  it('accents every letter, brackets the text and makes it ~35% longer', () => {
    const text = pseudoLocalize('Place order');
    expect(text).toBe('[Ƥļåçé öŕðéŕ ····]');
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(text.length).toBeGreaterThanOrEqual(Math.round('Place order'.length * 1.35));
  });

  it('leaves placeholders and $$ as they are', () => {
    expect(pseudoLocalize('$COUNT$ orders for $$5 ($1)')).toBe('[$COUNT$ öŕðéŕš ƒöŕ $$5 ($1) ······]');
  });

  it('keeps the meta entries', () => {
    expect(pseudoMessages({ meta_locale: { message: 'en' }, popup_x: { message: 'Add' } })).toEqual({ meta_locale: { message: 'en' }, popup_x: { message: '[Åðð ··]' } });
  });
});
