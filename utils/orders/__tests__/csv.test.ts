import { describe, expect, it } from 'vitest';
import { order } from '../../tracker/__tests__/helpers';
import { CSV_BOM, csvCell, ordersToCsv } from '../csv';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks; defuses formulas in text only', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1)', true)).toBe("'=SUM(A1)");
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('one row per order with exact money, ISO dates and the panel’s name', () => {
    const at = Date.UTC(2026, 10, 24, 10, 0, 0);
    const csv = ordersToCsv(
      [
        order('p1', '42', { charge: '0.1234567', currency: 'USD', startCount: 10, remains: 250, createdAt: at, lastCheckedAt: at + 1000, statusText: 'Partial', status: 'partial', refills: [{ refillId: '9', requestedAt: at, status: 'completed', statusText: 'Completed', lastCheckedAt: null, missing: false }] }),
        order('p2', '43', { service: null, link: null, quantity: null, missing: true, createdAt: at }),
      ],
      [{ id: 'p1', name: 'Panel, One', apiUrl: 'https://p1/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 }],
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Order ID,Panel,Service ID,Service,Link,Quantity,Start count,Delivered,Remains,Charge,Currency,Status,Created,Last checked,Refills',
      '42,"Panel, One",1,Instagram Followers,https://instagram.com/p/42,1000,10,750,250,0.1234567,USD,Partial,2026-11-24T10:00:00.000Z,2026-11-24T10:00:01.000Z,9: Completed',
      '43,p2,,,,,,,,,,Not found on panel,2026-11-24T10:00:00.000Z,,',
      '',
    ]);
  });
});
