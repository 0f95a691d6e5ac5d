import { describe, expect, it } from 'vitest';
import { own } from '../own';

describe('own', () => {
  it('finds own entries only: an inherited name is not an entry', () => {
    const record: Record<string, number> = { a: 1, ['__proto__']: 2 } as Record<string, number>;
    Object.defineProperty(record, '__proto__', { value: 2, enumerable: true });
    expect(own(record, 'a')).toBe(1);
    expect(own(record, '__proto__')).toBe(2);
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'b']) expect(own(record, name)).toBeUndefined();
    expect(own(null, 'a')).toBeUndefined();
  });
});
