/** A typed client for the simulator's /__control/ endpoints, for tests in other processes. */
import { catalogControls } from './catalog-edits';
import type { DialectTraits } from './dialects';
import type { FaultSpec } from './faults';

export interface SimStats {
  counts: Record<string, number>;
  batchSizes: Record<string, number[]>;
  balance: string;
  orders: number;
  refills: number;
}

export interface SimOrderRow {
  id: string;
  service: string;
  link: string;
  quantity: number;
  charge: string;
  status: string;
  remains: number;
  startCount: number;
}

export function controlClient(baseUrl: string) {
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}/__control/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }
  return {
    stats: () => call<SimStats>('GET', 'stats'),
    reset: (all = false) => call('POST', 'reset', { all }),
    setFault: (fault: FaultSpec) => call('POST', 'fault', fault),
    clearFaults: () => call('POST', 'faults/clear', {}),
    advance: (ms: number) => call('POST', 'advance', { ms }),
    setClockSpeed: (speed: number) => call('POST', 'clock', { speed }),
    createOrders: (count: number, opts: { service?: string; link?: string; quantity?: number; status?: string; charge?: string } = {}) =>
      call<{ ids: string[] }>('POST', 'orders', { count, ...opts }),
    setOrder: (id: string, patch: { status?: string; remains?: number; start_count?: number }) => call('POST', `orders/${id}`, patch),
    orders: () => call<SimOrderRow[]>('GET', 'orders'),
    refills: () => call<{ id: string; order: string }[]>('GET', 'refills'),
    completeAll: () => call('POST', 'complete-all', {}),
    setBalance: (balance: string) => call('POST', 'balance', { balance }),
    /** Switches how the panel answers from now on: a dialect's name or traits. */
    setDialect: (dialect: string | DialectTraits) => call('POST', 'dialect', typeof dialect === 'string' ? { name: dialect } : { traits: dialect }),
    redirectHits: () => call<{ method: string; path: string; keyPresent: boolean; key: string | null }[]>('GET', 'redirect-hits'),
    ...catalogControls(call),
  };
}

export type ControlClient = ReturnType<typeof controlClient>;
