import { describe, expect, it } from 'vitest';
import { pure, shallowEqual } from '../pure';

describe('shallowEqual', () => {
  it('is true for the same keys with the same values', () => {
    const service = { id: '1' };
    expect(shallowEqual({ a: 1, s: service, n: Number.NaN }, { a: 1, s: service, n: Number.NaN })).toBe(true);
  });
  it('is false for a changed value, an equal copy of an object, or other keys', () => {
    expect(shallowEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(shallowEqual({ s: { id: '1' } }, { s: { id: '1' } })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
  });
});

describe('pure', () => {
  const onClick = () => {};
  const Row = pure(({ label }: { label: string; onClick: () => void }) => label, 'Row');

  it('renders what its function renders, under its name', () => {
    expect(new Row({ label: 'a', onClick }).render({ label: 'a', onClick })).toBe('a');
    expect(Row.name).toBe('Row');
  });
  it('renders again only when a prop changed', () => {
    const row = new Row({ label: 'a', onClick });
    row.props = { label: 'a', onClick };
    expect(row.shouldComponentUpdate({ label: 'a', onClick })).toBe(false);
    expect(row.shouldComponentUpdate({ label: 'b', onClick })).toBe(true);
    expect(row.shouldComponentUpdate({ label: 'a', onClick: () => {} })).toBe(true);
  });
});
