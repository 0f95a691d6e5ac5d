import { describe, expect, it } from 'vitest';
import { parseOrderIds } from '../import-ids';

describe('pasted order ids', () => {
  it('reads lines, commas, semicolons and spaces; keeps text ids; reports repeats and junk', () => {
    expect(parseOrderIds('10001\n10002, 10003;10004  #10005\r\n\n10002\n5f1a2b3c4d\nhttps://x.com/1\n')).toEqual({
      ids: ['10001', '10002', '10003', '10004', '10005', '5f1a2b3c4d'],
      duplicates: ['10002'],
      invalid: ['https://x.com/1'],
    });
  });

  it('an empty paste reads nothing', () => {
    expect(parseOrderIds('  \n , ')).toEqual({ ids: [], duplicates: [], invalid: [] });
  });
});
