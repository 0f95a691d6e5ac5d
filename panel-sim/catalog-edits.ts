/**
 * Changes to the simulated panel's catalog and refill behaviour while it runs, as real panels
 * make them: a rate raised, a minimum changed, a service removed (and back later), refills
 * refused or ended "Rejected", a cooldown between refills of one order. Driven through the
 * control endpoint (`catalogControl`) and its typed client (`catalogControls`).
 */
import type { SimService } from './catalog';
import { formatUnits, toUnits } from './money';
import type { SimOrder, SimRefill } from './orders';

export interface ServicePatch {
  rate?: string;
  min?: number;
  max?: number;
  type?: string;
  refill?: boolean;
  name?: string;
}

/**
 * `ask`: the refill request itself is refused with `message` (default: the real "Refill is
 * disabled for this service"). `status`: the refill is accepted and ends "Rejected".
 * Without `service`, every service.
 */
export interface RefillRule {
  mode: 'ask' | 'status';
  service?: string;
  message?: string;
}

export const REFILL_DISABLED = 'Refill is disabled for this service';

export class CatalogEdits {
  private readonly removed = new Map<string, SimService>();
  private rules: RefillRule[] = [];
  /** The panel's own minimum between two refills of one order (0 = none). */
  cooldownMs = 0;

  constructor(private readonly services: Map<string, SimService>) {}

  /** Changes a listed service's terms, in the model and in what `services` answers. */
  patch(id: string, patch: ServicePatch): SimService | null {
    const service = this.services.get(id);
    if (!service) return null;
    if (patch.rate !== undefined) {
      const units = toUnits(patch.rate);
      if (units === null || units < 0n) throw new Error(`Not a rate: ${patch.rate}`);
      service.rate = units;
      service.raw = { ...service.raw, rate: formatUnits(units, 7).replace(/0+$/, '').replace(/\.$/, '') };
    }
    for (const key of ['min', 'max'] as const) {
      const value = patch[key];
      if (value === undefined) continue;
      if (!Number.isSafeInteger(value) || value < 1) throw new Error(`Not a ${key}: ${value}`);
      service[key] = value;
      service.raw = { ...service.raw, [key]: value };
    }
    if (patch.type !== undefined) {
      service.type = patch.type;
      service.raw = { ...service.raw, type: patch.type };
    }
    if (patch.refill !== undefined) {
      service.refill = patch.refill;
      service.raw = { ...service.raw, refill: patch.refill };
    }
    if (patch.name !== undefined) service.raw = { ...service.raw, name: patch.name };
    return service;
  }

  /** The service leaves the list; `add` then answers "Incorrect service ID". */
  remove(id: string): boolean {
    const service = this.services.get(id);
    if (!service) return false;
    this.services.delete(id);
    this.removed.set(id, service);
    return true;
  }

  /** A removed service is listed again, with the terms it had. */
  restore(id: string): boolean {
    const service = this.removed.get(id);
    if (!service) return false;
    this.removed.delete(id);
    this.services.set(id, service);
    return true;
  }

  removedIds(): string[] {
    return [...this.removed.keys()];
  }

  rejectRefills(rule: RefillRule): void {
    this.rules.push(rule);
  }

  clearRefillRules(): void {
    this.rules = [];
  }

  private ruleFor(serviceId: string, mode: RefillRule['mode']): RefillRule | undefined {
    return this.rules.find((r) => r.mode === mode && (r.service === undefined || r.service === serviceId));
  }

  /** The error a refill ask gets before a refill exists, or null to accept it. */
  refusal(order: SimOrder, refills: Iterable<SimRefill>, now: number): string | null {
    const rule = this.ruleFor(order.serviceId, 'ask');
    if (rule) return rule.message ?? REFILL_DISABLED;
    if (this.cooldownMs > 0) {
      for (const r of refills) {
        if (r.orderId === order.id && now - r.createdAt < this.cooldownMs) {
          return `You can request a refill once every ${Math.round(this.cooldownMs / 3_600_000)} hours`;
        }
      }
    }
    return null;
  }

  /** Whether an accepted refill of this service ends "Rejected". */
  rejectsLater(serviceId: string): boolean {
    return this.ruleFor(serviceId, 'status') !== undefined;
  }
}

type Data = Record<string, unknown>;

/** The control endpoints of catalog edits; undefined when `path` is not one of them. */
export function catalogControl(edits: CatalogEdits, method: string, path: string, data: Data): unknown {
  const route = `${method} ${path}`;
  if (route === 'GET services/removed') return edits.removedIds();
  if (route === 'POST refills/reject') {
    const mode = data.mode === 'ask' ? 'ask' : 'status';
    edits.rejectRefills({ mode, service: typeof data.service === 'string' ? data.service : undefined, message: typeof data.message === 'string' ? data.message : undefined });
    return { ok: true };
  }
  if (route === 'POST refills/reject/clear') {
    edits.clearRefillRules();
    return { ok: true };
  }
  if (route === 'POST refills/cooldown') {
    edits.cooldownMs = Math.max(0, Number(data.ms ?? 0));
    return { ok: true };
  }
  const match = /^POST services\/([^/]+)(?:\/(remove|restore))?$/.exec(route);
  if (!match) return undefined;
  const [, id, verb] = match as unknown as [string, string, string | undefined];
  if (verb === 'remove') return { ok: edits.remove(id) };
  if (verb === 'restore') return { ok: edits.restore(id) };
  const patch: ServicePatch = {};
  if (typeof data.rate === 'string' || typeof data.rate === 'number') patch.rate = String(data.rate);
  if (typeof data.min === 'number') patch.min = data.min;
  if (typeof data.max === 'number') patch.max = data.max;
  if (typeof data.type === 'string') patch.type = data.type;
  if (typeof data.refill === 'boolean') patch.refill = data.refill;
  if (typeof data.name === 'string') patch.name = data.name;
  const service = edits.patch(id, patch);
  return service ? { ok: true, service: service.raw } : { ok: false };
}

type Call = <T>(method: 'GET' | 'POST', path: string, body?: unknown) => Promise<T>;

/** The typed client side, spread into controlClient (control.ts). */
export function catalogControls(call: Call) {
  return {
    editService: (id: string, patch: ServicePatch) => call<{ ok: boolean; service?: Record<string, unknown> }>('POST', `services/${encodeURIComponent(id)}`, patch),
    removeService: (id: string) => call<{ ok: boolean }>('POST', `services/${encodeURIComponent(id)}/remove`, {}),
    restoreService: (id: string) => call<{ ok: boolean }>('POST', `services/${encodeURIComponent(id)}/restore`, {}),
    removedServices: () => call<string[]>('GET', 'services/removed'),
    rejectRefills: (rule: RefillRule) => call<{ ok: true }>('POST', 'refills/reject', rule),
    clearRefillRules: () => call<{ ok: true }>('POST', 'refills/reject/clear', {}),
    setRefillCooldown: (ms: number) => call<{ ok: true }>('POST', 'refills/cooldown', { ms }),
  };
}
