/**
 * One definition per stored type: the storage check and the backup reader are the same
 * tables read two ways, so they agree on every value (a fuzz over mutated orders, attempts
 * and panels proves it), and what the background makes storable reads back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORDER, UNCONFIRMED, checkOrders } from '../../orders/schema';
import { PANEL, checkPanels } from '../../panels/schema';
import { order } from '../../../testing/orders';
import { TEXT_CAP, type Field } from '../fields';
import { readStored, readStrict, storable } from '../read';

const attempt = {
  id: 'u1', panelId: 'p', serviceId: '3', serviceName: 'Views', link: 'https://t.example/v', quantity: 100, estimatedCharge: '0.05', attemptedAt: 9, reason: 'timeout',
  runs: null, interval: null, source: 'mass-order', service: null,
};
const panel = { id: 'p', name: 'Panel', apiUrl: 'https://p.example/api/v2', isDefault: true, lowBalanceThreshold: '5', createdAt: 1 };

/** Values a corrupted blob or a hand-edited backup may hold where a field belongs. */
const oddValue = fc.oneof(
  fc.constantFrom(undefined, null, '', 'constructor', '__proto__', 'javascript:alert(1)', 'https://ok.example/x', '0.9', '0.90', '1e-7', 'x'.repeat(5000)),
  fc.constantFrom(0, -1, 1.5, 2 ** 60, Number.NaN, true, [], {}, [1], { a: 1 }),
  fc.string(),
);

/** A good value with some of its fields replaced by odd ones. */
function mutated(good: Record<string, unknown>) {
  const keys = Object.keys(good);
  return fc.array(fc.tuple(fc.constantFrom(...keys), oddValue), { maxLength: 4 }).map((changes) => {
    const copy: Record<string, unknown> = { ...good };
    for (const [key, value] of changes) {
      if (value === undefined) delete copy[key];
      else copy[key] = value;
    }
    return copy;
  });
}

function agree<T>(field: Field<T>, raw: unknown): void {
  const stored = readStored(field, raw, null);
  let strict: { value: T } | { error: string };
  try {
    strict = { value: readStrict(field, raw, 'Here') };
  } catch (error) {
    strict = { error: (error as Error).message };
  }
  if (stored.lost) expect(strict).toEqual({ error: expect.stringMatching(/^Here[,:] .*must be/) });
  else expect(strict).toEqual({ value: stored.value });
}

describe('one definition, read two ways', () => {
  it.each([
    ['orders', ORDER, order('p', '7', { history: [{ at: 1, status: 'pending', statusText: 'Placed' }], refills: [{ refillId: 'r', requestedAt: 2, status: 'pending', statusText: 'Requested', lastCheckedAt: null, missing: false }] })],
    ['unconfirmed attempts', UNCONFIRMED, attempt],
    ['panels', PANEL, panel],
  ] as const)('fuzz: the storage check and the backup reader agree on %s', (_what, field, good) => {
    fc.assert(fc.property(mutated(good as unknown as Record<string, unknown>), (raw) => agree(field as Field<unknown>, raw)), { numRuns: 3000 });
  });

  it('panel text is capped where it is stored, without counting as a loss', () => {
    const long = order('p', '1', { statusText: 'x'.repeat(10_000), service: { id: '1', name: 'n'.repeat(5000), type: 'Default', category: '', rate: '1', refill: null, cancel: null } });
    const { value, lost } = checkOrders({ [long.key]: long });
    expect(lost).toBe(false);
    expect(value['p:1']!.statusText).toHaveLength(TEXT_CAP.line);
    expect(value['p:1']!.service!.name).toHaveLength(TEXT_CAP.line);
    // What the background writes is already in that form: read back, it is the same.
    const written = storable(ORDER, long);
    expect(checkOrders({ [written.key]: written })).toEqual({ value: { [written.key]: written }, lost: false });
  });

  it('a link with another scheme than http(s) is not kept; a username is', () => {
    const bad = order('p', '1', { link: 'javascript:alert(document.cookie)' });
    const user = order('p', '2', { link: '@someone' });
    const { value, lost } = checkOrders({ [bad.key]: bad, [user.key]: user });
    expect(lost).toBe(true);
    expect(value['p:1']!.link).toBeNull();
    expect(value['p:2']!.link).toBe('@someone');
    expect(() => readStrict(ORDER, bad, 'Order 1')).toThrow('Order 1: “link” must be a web address starting with http:// or https:// or null');
  });

  it('ids named like Object.prototype members are data', () => {
    const odd = order('constructor', '__proto__');
    const { value, lost } = checkOrders({ [odd.key]: odd, toString: order('p', 'toString') });
    expect(lost).toBe(false);
    expect(Object.keys(value).sort()).toEqual(['constructor:__proto__', 'p:toString']);
    expect(checkPanels([{ ...panel, id: '__proto__' }]).value[0]!.id).toBe('__proto__');
  });
});
