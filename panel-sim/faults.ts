/** Switchable faults, the ways real panels fail: by count, by rate, per action. */
export const FAULT_KINDS = ['http500', 'http429', 'html', 'stall', 'reset', 'redirect', 'truncated', 'numbers', 'wrap'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  kind: FaultKind;
  /** Only the next n matching API requests (default: until cleared). */
  times?: number;
  /** Probability per matching request, 0..1 (default 1). */
  rate?: number;
  actions?: string[];
  retryAfter?: number;
  stallMs?: number;
}

export class Faults {
  private active: FaultSpec[] = [];

  add(spec: FaultSpec): void {
    if (!FAULT_KINDS.includes(spec.kind)) throw new Error(`Unknown fault kind: ${String(spec.kind)}`);
    this.active.push({ ...spec });
  }

  clear(): void {
    this.active = [];
  }

  list(): FaultSpec[] {
    return this.active.map((f) => ({ ...f }));
  }

  /** The faults that fire for this request (consuming their counts). */
  pick(action: string): FaultSpec[] {
    const fired: FaultSpec[] = [];
    for (const fault of this.active) {
      if (fault.actions && !fault.actions.includes(action)) continue;
      if (fault.rate !== undefined && Math.random() >= fault.rate) continue;
      if (fault.times !== undefined) fault.times -= 1;
      fired.push(fault);
    }
    this.active = this.active.filter((f) => f.times === undefined || f.times > 0);
    return fired;
  }
}

export const CLOUDFLARE_PAGE = `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div class="main-wrapper"><h1>Checking if the site connection is secure</h1><p>Enable JavaScript and cookies to continue</p></div></body></html>`;
