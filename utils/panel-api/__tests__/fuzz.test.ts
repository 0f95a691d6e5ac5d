/**
 * Fuzzing the client: 10,000 generated and mutated panel answers through every action's
 * parse/normalise path. Whatever comes back, the client never throws, every failure is a
 * classified PanelError without the key, and every success is well-typed and showable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPanelClient } from '../client';
import type { BatchResult, Result } from '../types';
import {
  FUZZ_IDS,
  FUZZ_KEY,
  assertClassified,
  assertCleanValue,
  assertMoney,
  assertOrderStatus,
  assertRefillStatus,
  assertService,
  exchange,
  fuzzFetch,
} from './fuzz-answers';

/** A refill id is the panel's text, or null when it accepted the refill without one. */
const assertRefillRequest = (v: { refillId: string | null }) => {
  if (v.refillId !== null) expect(v.refillId).toMatch(/\S/);
};

const ACTIONS = ['services', 'add', 'status', 'statuses', 'refill', 'refills', 'refillStatus', 'refillStatuses', 'cancel', 'balance'] as const;
type Action = (typeof ACTIONS)[number];

function checkResult<T>(result: Result<T>, checkValue: (value: T) => void): void {
  if (result.ok) {
    checkValue(result.value);
    assertCleanValue(result.value);
  } else assertClassified(result.error);
}

function checkBatch<T>(batch: BatchResult<T>, ids: readonly string[], checkValue: (value: T) => void): void {
  for (const failure of batch.failures) assertClassified(failure);
  for (const [id, item] of Object.entries(batch.items)) {
    // Only ids that were asked about come back (a panel cannot invent orders).
    if (!ids.includes(id)) throw new Error(`unasked id ${id}`);
    checkResult(item, checkValue);
  }
  if (Object.getPrototypeOf(batch.items) !== Object.prototype && Object.getPrototypeOf(batch.items) !== null) throw new Error('items prototype replaced');
}

async function run(action: Action, ids: string[], fetch: ReturnType<typeof fuzzFetch>): Promise<void> {
  const api = createPanelClient({ apiUrl: 'https://panel.example/api/v2', apiKey: FUZZ_KEY }, { fetch, timeoutMs: 1000, addTimeoutMs: 1000 });
  switch (action) {
    case 'services':
      return checkResult(await api.services(), (list) => list.forEach(assertService));
    case 'add':
      return checkResult(await api.add('1', { link: 'https://a.b/c', quantity: 100 }), (v) => expect(v.orderId).toMatch(/\S/));
    case 'status':
      return checkResult(await api.status(ids[0]!), assertOrderStatus);
    case 'statuses':
      return checkBatch(await api.statuses(ids), ids, assertOrderStatus);
    case 'refill':
      return checkResult(await api.refill(ids[0]!), assertRefillRequest);
    case 'refills':
      return checkBatch(await api.refills(ids), ids, assertRefillRequest);
    case 'refillStatus':
      return checkResult(await api.refillStatus(ids[0]!), assertRefillStatus);
    case 'refillStatuses':
      return checkBatch(await api.refillStatuses(ids), ids, assertRefillStatus);
    case 'cancel':
      return checkBatch(await api.cancel(ids), ids, (v) => expect(v).toBe(true));
    case 'balance':
      return checkResult(await api.balance(), (b) => {
        // Unknown stays unknown: no currency is null (never "USD"), an unreadable figure keeps its text.
        if (b.currency !== null) expect(b.currency).toMatch(/\S/);
        if (b.balance !== null) assertMoney(b.balance);
        else expect(b.text).toMatch(/\d/);
      });
  }
}

describe('fuzz: panel answers through the client', () => {
  it('10,000 generated answers: no throw, every failure classified, every success well-typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ACTIONS),
        fc.uniqueArray(fc.constantFrom(...FUZZ_IDS), { minLength: 1, maxLength: 5 }),
        fc.array(exchange, { minLength: 1, maxLength: 2 }),
        async (action, ids, exchanges) => {
          await run(action, ids, fuzzFetch(exchanges));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 10_000) },
    );
  }, 600_000);
});
