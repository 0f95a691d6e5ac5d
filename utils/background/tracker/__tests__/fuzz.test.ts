/**
 * Fuzzing the tracker core: 10,000 generated and mutated panel answers go through the real
 * client (as the poll cycle does) into applyCycle. It never throws, every failure it records
 * is classified, a bad answer never changes an order's status, charge or remains, and what
 * the cycle would write reads back through the storage check unchanged: a write that failed
 * the check was backed up and reset on every cycle (status words such as "constructor",
 * 40-digit amounts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPanelClient } from '../../../panel-api/client';
import { ORDER_STATUSES, REFILL_STATUSES } from '../../../panel-api/types';
import type { TrackedOrder } from '../../../orders/types';
import { FUZZ_IDS, FUZZ_KEY, assertClassified, exchange, fuzzFetch, type FuzzExchange } from '../../../panel-api/__tests__/fuzz-answers';
import { STATUS_INFO } from '../../../orders/schema';
import { storable } from '../../../schema/read';
import { checkOrders, checkTrackerState } from '../../../storage-check';
import { answerFor, applyCycle, type PanelAnswers } from '../core';
import { emptyState, order } from '../../../../testing/orders';

const PANEL = 'p';

/** Names every object inherits: a plain-object lookup of these finds a function. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'toLocaleString'];
const longNumber = fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 })).map(([i, f]) => `${'9'.repeat(i)}${f ? `.${'1'.repeat(f)}` : ''}`);

/** Status answers whose words are prototype names and whose numbers are over-long. */
const prototypeAnswer: fc.Arbitrary<FuzzExchange> = fc
  .dictionary(
    fc.constantFrom(...FUZZ_IDS),
    fc.record(
      {
        status: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('Completed', 'In progress (45%)')),
        charge: fc.oneof(longNumber, fc.constantFrom('0.9')),
        remains: fc.oneof(longNumber, fc.constantFrom('0', '-20')),
        start_count: fc.oneof(longNumber, fc.constant('0')),
        currency: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.constant('x'.repeat(500)), fc.constant('USD')),
      },
      { requiredKeys: ['status'] },
    ),
    { minKeys: 1, maxKeys: 4 },
  )
  .map((answer) => ({ kind: 'response', status: 200, body: JSON.stringify(answer), contentType: 'application/json', headers: {} }));

/** What the poll cycle writes must read back as written: no loss, no backup, no reset. */
function assertStorable(result: ReturnType<typeof applyCycle>): void {
  expect(checkOrders(result.orders)).toEqual({ value: result.orders, lost: false });
  expect(checkTrackerState(result.state)).toEqual({ value: result.state, lost: false });
}

const refill = fc.record({
  refillId: fc.constantFrom(...FUZZ_IDS),
  requestedAt: fc.constant(1),
  status: fc.constantFrom(...REFILL_STATUSES),
  statusText: fc.constantFrom('Pending', 'Completed', 'Rejected', 'odd'),
  lastCheckedAt: fc.constant(null),
  missing: fc.boolean(),
});

const trackedOrder = fc
  .record({
    orderId: fc.constantFrom(...FUZZ_IDS),
    status: fc.constantFrom(...ORDER_STATUSES),
    charge: fc.constantFrom(null, '0.9', '12.5'),
    remains: fc.constantFrom(null, 0, 500),
    startCount: fc.constantFrom(null, 10),
    missing: fc.boolean(),
    refills: fc.uniqueArray(refill, { maxLength: 2, selector: (r) => r.refillId }),
  })
  .map(({ orderId, ...patch }) => order(PANEL, orderId, { ...patch, statusText: patch.status }));

/** What the poll cycle does: ask the panel (here: a fuzzed fetch) for these orders and refills. */
async function answersFrom(orders: TrackedOrder[], exchanges: Parameters<typeof fuzzFetch>[0]): Promise<PanelAnswers> {
  const api = createPanelClient({ apiUrl: 'https://panel.example/api/v2', apiKey: FUZZ_KEY }, { fetch: fuzzFetch(exchanges), timeoutMs: 1000 });
  const orderIds = orders.map((o) => o.orderId);
  const refillIds = orders.flatMap((o) => o.refills.flatMap((r) => (r.refillId === null ? [] : [r.refillId])));
  return {
    panelId: PANEL,
    statuses: orderIds.length ? await api.statuses(orderIds) : null,
    refills: refillIds.length ? await api.refillStatuses(refillIds) : null,
  };
}

function check(before: Record<string, TrackedOrder>, answers: PanelAnswers): void {
  const result = applyCycle(before, [answers], emptyState(), 1_000);
  assertStorable(result);
  expect(Object.keys(result.orders).sort()).toEqual(Object.keys(before).sort());
  for (const failure of [...(answers.statuses?.failures ?? []), ...(answers.refills?.failures ?? [])]) assertClassified(failure);
  const lastError = result.state.panels[PANEL]?.lastError;
  if (lastError) assertClassified(lastError.error);

  for (const [key, was] of Object.entries(before)) {
    const now = result.orders[key]!;
    const answer = answerFor(answers.statuses, was.orderId);
    if (answer?.ok) {
      expect(now.status).toBe(storable(STATUS_INFO, answer.value).status);
      expect(now.charge).toBe(answer.value.charge ?? was.charge);
      expect(now.remains).toBe(answer.value.remains ?? was.remains);
    } else {
      // A bad answer (per-item error, failed batch, no answer) changes nothing the user paid for.
      expect({ status: now.status, statusText: now.statusText, charge: now.charge, remains: now.remains, startCount: now.startCount }).toEqual({
        status: was.status,
        statusText: was.statusText,
        charge: was.charge,
        remains: was.remains,
        startCount: was.startCount,
      });
      expect(now.missing).toBe(was.missing || answer?.error.kind === 'not_found');
    }
    for (const r of now.refills) {
      const previous = was.refills.find((x) => x.refillId === r.refillId)!;
      const refillAnswer = r.refillId === null ? undefined : answerFor(answers.refills, r.refillId);
      if (!refillAnswer?.ok) expect(r.status).toBe(previous.status);
    }
  }
  for (const event of result.events) {
    if (event.kind !== 'order') continue;
    expect(answerFor(answers.statuses, before[event.orderKey]!.orderId)?.ok).toBe(true);
  }
  expect(JSON.stringify(result)).not.toContain(FUZZ_KEY);
}

describe('fuzz: panel answers through the tracker core', () => {
  it('10,000 generated answers: no throw, failures classified, bad answers change no order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(trackedOrder, { minLength: 1, maxLength: 4, selector: (o) => o.orderId }),
        fc.array(fc.oneof({ weight: 4, arbitrary: exchange }, { weight: 1, arbitrary: prototypeAnswer }), { minLength: 1, maxLength: 2 }),
        async (orders, exchanges) => {
          const before = Object.fromEntries(orders.map((o) => [o.key, o]));
          check(before, await answersFrom(orders, exchanges));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 10_000) },
    );
  }, 600_000);
});
