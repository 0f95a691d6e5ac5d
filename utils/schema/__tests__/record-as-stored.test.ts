/**
 * recordOf and checkOrders keep the stored object when every entry reads as stored (no second
 * 10,000-key object per read), and still drop, rekey and report what is not: a fuzz proves the
 * kept-as-stored path gives what the always-copying reader it replaced gave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORDER, checkOrders } from '../../orders/schema';
import { order } from '../../../testing/orders';
import { BAD, recordOf, type Field, type ReadContext } from '../fields';
import { readStored } from '../read';

const ORDERS = recordOf(ORDER);

/** The reader before the fast path: every entry read into a new object, always. */
function copyingRead(raw: unknown): { value: Record<string, unknown>; lost: boolean } | null {
  if (raw === null || raw === undefined) return { value: {}, lost: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) return null;
  const ctx: ReadContext = { lost: false, strict: false };
  const kept: [string, unknown][] = [];
  for (const [key, entry] of Object.entries(raw)) {
    const value = (ORDER as Field<unknown>).read(entry, ctx);
    if (value === BAD) ctx.lost = true;
    else kept.push([key, value]);
  }
  const values = kept.map(([, v]) => v as { key: string });
  const value = Object.fromEntries(values.map((o) => [o.key, o]));
  return { value, lost: ctx.lost || Object.keys(value).length !== values.length };
}

const good = [order('p', '1'), order('p', '2', { history: [{ at: 1, status: 'pending', statusText: 'Placed' }] }), order('q', '1', { status: 'completed', statusText: 'Completed' })];

/** A stored record: good orders, some broken, some under another key. */
const storedRecord = fc
  .array(
    fc.tuple(
      fc.constantFrom(...good),
      fc.constantFrom('as is', 'other key', 'no id', 'bad status', 'number id', 'extra field', 'not an object', 'old blob'),
    ),
    { maxLength: 8 },
  )
  .map((entries) => {
    const raw: Record<string, unknown> = {};
    entries.forEach(([o, how], i) => {
      const copy = structuredClone(o) as unknown as Record<string, unknown>;
      if (how === 'other key') raw[`x${i}`] = copy;
      else if (how === 'no id') raw[o.key] = { ...copy, orderId: undefined };
      else if (how === 'bad status') raw[o.key] = { ...copy, status: 42 };
      else if (how === 'number id') raw[o.key] = { ...copy, orderId: Number(o.orderId) };
      else if (how === 'extra field') raw[o.key] = { ...copy, surprise: true };
      else if (how === 'not an object') raw[o.key] = 'text';
      else if (how === 'old blob') {
        delete copy.refills;
        raw[o.key] = copy;
      } else raw[o.key] = copy;
    });
    return raw;
  });

describe('a record read as stored', () => {
  it('is the stored object itself when every order reads as stored', () => {
    const raw = structuredClone(Object.fromEntries(good.map((o) => [o.key, o])));
    const read = checkOrders(raw);
    expect(read.lost).toBe(false);
    expect(read.value).toBe(raw);
    expect(readStored(ORDERS, raw, {}).value).toBe(raw);
  });

  it('is a copy without the unusable order, reported lost, when one is malformed', () => {
    const raw = structuredClone(Object.fromEntries(good.map((o) => [o.key, o])));
    (raw['p:2'] as unknown as Record<string, unknown>).panelId = 7;
    const read = checkOrders(raw);
    expect(read.lost).toBe(true);
    expect(read.value).not.toBe(raw);
    expect(Object.keys(read.value)).toEqual(['p:1', 'q:1']);
    // The stored value is left as it was (the background keeps a backup of it).
    expect(Object.keys(raw)).toEqual(['p:1', 'p:2', 'q:1']);
  });

  it('is rekeyed when an order is stored under another key', () => {
    const raw = { wrong: structuredClone(good[0]!) };
    expect(checkOrders(raw)).toEqual({ value: { 'p:1': good[0] }, lost: false });
  });

  it('keeps "__proto__" and "constructor" as ordinary keys', () => {
    const raw = JSON.parse('{"__proto__": 1, "constructor": true}') as unknown;
    expect(readStored(recordOf({ read: (v) => v, missing: null, what: 'any' } as Field<unknown>), raw, {}).value).toBe(raw);
    const copied = readStored(recordOf({ read: (v) => (v === 1 ? BAD : v), missing: null, what: 'any' } as Field<unknown>), raw, {});
    expect(Object.hasOwn(copied.value, 'constructor')).toBe(true);
    expect(Object.getPrototypeOf(copied.value)).toBe(Object.prototype);
  });

  it('fuzz: the kept-as-stored read gives what the always-copying read gave', () => {
    fc.assert(
      fc.property(storedRecord, (raw) => {
        const expected = copyingRead(structuredClone(raw));
        const read = checkOrders(raw);
        expect(read).toEqual(expected);
        // Kept as stored exactly when nothing had to change.
        const untouched = !read.lost && Object.keys(read.value).length === Object.keys(raw).length && Object.entries(read.value).every(([k, v]) => raw[k] === v);
        expect(read.value === raw).toBe(untouched);
      }),
      { numRuns: 2000 },
    );
  });
});
