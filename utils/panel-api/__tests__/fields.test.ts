/**
 * field() passes over keys by their first character before working out their loose form:
 * a fuzz over odd key spellings proves it finds what the full comparison of every key found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { field } from '../fields';

/** The lookup before the shortcut: every own key compared in its loose form. */
function everyKey(obj: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(obj, key)) return obj[key];
  const loose = (k: string) => k.toLowerCase().replace(/[\s_-]/g, '');
  for (const k in obj) if (Object.hasOwn(obj, k) && loose(k) === loose(key)) return obj[k];
  return undefined;
}

const WANTED = ['status', 'start_count', 'error', 'message', 'remains', 'charge', 'currency', 'refill_id', 'order', 'success'];

/** A wanted key spelled as panels spell it, or something else altogether. */
const spelling = fc.oneof(
  fc.tuple(fc.constantFrom(...WANTED), fc.constantFrom('as is', 'upper', 'capital', 'spaced', 'lead', 'tab', 'newline', 'kelvin', 'dotted')).map(([k, how]) => {
    if (how === 'upper') return k.toUpperCase();
    if (how === 'capital') return k[0]!.toUpperCase() + k.slice(1);
    if (how === 'spaced') return k.replace('_', ' ');
    if (how === 'lead') return `_${k}`;
    if (how === 'tab') return `\t${k}`;
    if (how === 'newline') return `\n${k}`;
    // U+212A KELVIN SIGN and U+0130 lower-case to ASCII letters (plus a mark): left to the full comparison.
    if (how === 'kelvin') return `\u212A${k}`;
    return `\u0130${k}`;
  }),
  fc.string({ maxLength: 6 }),
);

describe('field', () => {
  it('finds "Start_count", " status" and "ERROR" for their plain names', () => {
    expect(field({ Start_count: 5 }, 'start_count')).toBe(5);
    expect(field({ ' status': 'x' }, 'status')).toBe('x');
    expect(field({ '\tstatus': 'y' }, 'status')).toBe('y');
    expect(field({ ERROR: 'no' }, 'error')).toBe('no');
    expect(field({ charge: 1 }, 'error')).toBeUndefined();
  });

  it('fuzz: finds what comparing every key in its loose form found', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(spelling, fc.integer()), { maxLength: 6 }), fc.constantFrom(...WANTED, 'k', ''), (entries, key) => {
        const obj = Object.fromEntries(entries);
        expect(field(obj, key)).toBe(everyKey(obj, key));
      }),
      { numRuns: 5000 },
    );
  });
});
