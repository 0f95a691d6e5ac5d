/**
 * The only code that talks to a panel: one typed function per API v2 action. Batch forms
 * split ids into requests of ≤ 100 and merge the answers. Nothing here throws, and nothing
 * here retries `add`: an `add` without an answer comes back `ambiguous`.
 */
import { panelError, say, type PanelError } from './errors';
import {
  normalizeAddAnswer,
  normalizeBalance,
  normalizeBatch,
  normalizeCancelAnswer,
  normalizeOrderStatus,
  normalizeRefillAnswer,
  normalizeRefillStatus,
  normalizeServices,
} from './normalize';
import { redact } from './redact';
import { postForm, type FetchLike } from './transport';
import type { AddOrderFields, BatchResult, PanelClient, PanelConnection, Result } from './types';

export const BATCH_SIZE = 100;
/**
 * Failures after which a batch call stops: a refused key, IP or account, a browser check, a
 * rate limit, and a panel that is not answering at all (10 batches × a 20 s timeout would hold the poller for minutes).
 */
export const STOP_BATCHES: ReadonlySet<PanelError['kind']> = new Set(['auth', 'ip_blocked', 'api_disabled', 'challenge', 'rate_limited', 'timeout', 'network']);
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Panels can be slow to create orders; a longer wait means fewer ambiguous outcomes. */
/**
 * Under 30 s on purpose: Chrome ends an extension service worker whose fetch has waited 30 s,
 * and an answer the worker can still record beats one that dies with it.
 */
export const DEFAULT_ADD_TIMEOUT_MS = 25_000;

export interface PanelClientOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
  addTimeoutMs?: number;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
}

export function createPanelClient(conn: PanelConnection, options: PanelClientOptions = {}): PanelClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call<T>(
    params: Record<string, string>,
    normalize: (json: unknown) => Result<T>,
    mayHaveCreated = false,
  ): Promise<Result<T>> {
    try {
      const answer = await postForm(conn.apiUrl, conn.apiKey, params, {
        fetch: options.fetch,
        timeoutMs: mayHaveCreated ? (options.addTimeoutMs ?? DEFAULT_ADD_TIMEOUT_MS) : timeoutMs,
        mayHaveCreated,
      });
      if (!answer.ok) return answer;
      const result = normalize(answer.json);
      return result.ok ? result : { ok: false, error: { ...result.error, message: redact(result.error.message, conn.apiKey) } };
    } catch (error) {
      // Last resort: a bug in normalization must not become an uncaught exception.
      return { ok: false, error: panelError('bad_response', say('errors_unreadable', redact(String(error), conn.apiKey)), { ambiguous: mayHaveCreated || undefined }) };
    }
  }

  async function batched<T>(
    action: string,
    listField: string,
    ids: readonly string[],
    shape: Parameters<typeof normalizeBatch<T>>[2],
  ): Promise<BatchResult<T>> {
    const result: BatchResult<T> = { items: {}, failures: [], calls: 0 };
    const items: [string, Result<T>][] = [];
    for (const batch of chunk(uniqueIds(ids), BATCH_SIZE)) {
      result.calls += 1;
      const answer = await call({ action, [listField]: batch.join(',') }, (json) => normalizeBatch(json, batch, shape));
      if (!answer.ok) {
        result.failures.push(answer.error);
        if (STOP_BATCHES.has(answer.error.kind)) break;
        continue;
      }
      // Per-item errors are redacted too: a key a panel echoed JSON-escaped (\u002F) is only
      // readable after parsing.
      for (const [id, item] of Object.entries(answer.value)) {
        items.push([id, item.ok ? item : { ok: false as const, error: { ...item.error, message: redact(item.error.message, conn.apiKey) } }]);
      }
    }
    // Object.fromEntries defines, not assigns: an id named "__proto__" stays an ordinary key.
    // Once for all batches: a property defined per answer (10,000 of them) cost far more.
    result.items = Object.fromEntries(items);
    return result;
  }

  return {
    services: () => call({ action: 'services' }, normalizeServices),

    add(serviceId: string, fields: AddOrderFields) {
      const params: Record<string, string> = { action: 'add', service: serviceId };
      for (const [name, value] of Object.entries(fields)) {
        if (value === undefined || value === null || value === '') continue;
        params[name] = typeof value === 'number' ? String(Math.trunc(value)) : String(value);
      }
      return call(params, normalizeAddAnswer, true);
    },

    status: (orderId) => call({ action: 'status', order: orderId }, normalizeOrderStatus),
    statuses: (orderIds) =>
      batched('status', 'orders', orderIds, { idKey: 'order', valueKey: null, normalize: normalizeOrderStatus }),

    refill: (orderId) => call({ action: 'refill', order: orderId }, normalizeRefillAnswer),
    refills: (orderIds) =>
      batched('refill', 'orders', orderIds, { idKey: 'order', valueKey: 'refill', normalize: normalizeRefillAnswer }),

    refillStatus: (refillId) => call({ action: 'refill_status', refill: refillId }, normalizeRefillStatus),
    refillStatuses: (refillIds) =>
      batched('refill_status', 'refills', refillIds, { idKey: 'refill', valueKey: 'status', normalize: normalizeRefillStatus }),

    cancel: (orderIds) =>
      batched('cancel', 'orders', orderIds, { idKey: 'order', valueKey: 'cancel', normalize: normalizeCancelAnswer }),

    balance: () => call({ action: 'balance' }, normalizeBalance),
  };
}
