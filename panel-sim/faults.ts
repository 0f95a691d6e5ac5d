/** Switchable faults, the ways real panels fail: by count, by rate, per action. */
export const FAULT_KINDS = [
  'http500',
  'http429',
  'html', // Cloudflare's challenge page (403)
  'stall',
  'reset',
  'redirect',
  'truncated',
  'numbers',
  'wrap',
  'empty', // 200 with no text at all
  'login', // 200 with the panel's login page (the website's address instead of the API's)
  'http404', // the server's 404 page
  'notice', // a PHP notice printed before the JSON (text/html)
  'fatal', // a PHP fatal error page, 200
] as const;
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

export const LOGIN_PAGE = `<!DOCTYPE html><html><head><title>Login | SMM Panel</title></head><body><form method="post" action="/"><input name="username"><input type="password" name="password"><button>Sign in</button></form></body></html>`;

export const NOT_FOUND_PAGE = '<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>';

export const FATAL_PAGE = '<br />\n<b>Fatal error</b>:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /home/panel/public_html/app/Db.php:22\nStack trace:\n#0 {main}\n  thrown in <b>/home/panel/public_html/app/Db.php</b> on line <b>22</b><br />\n';

export const ONE_NOTICE = '<br />\n<b>Notice</b>:  Undefined variable: currency in <b>/home/panel/public_html/api/v2/balance.php</b> on line <b>12</b><br />\n';

const HTML = { 'content-type': 'text/html; charset=UTF-8' };

/** The whole answer of a fault that replaces the panel's (an error page, a 429 …); null when none of `fired` does. */
export function faultPage(fired: readonly FaultSpec[]): { status: number; body: string; headers: Record<string, string> } | null {
  const spec = (kind: FaultKind) => fired.find((f) => f.kind === kind);
  if (spec('http500')) return { status: 500, body: '<html><body><h1>500 Internal Server Error</h1></body></html>', headers: { 'content-type': 'text/html' } };
  const limited = spec('http429');
  if (limited) {
    return { status: 429, body: JSON.stringify({ error: 'Too many requests' }), headers: { 'content-type': 'application/json', 'retry-after': String(limited.retryAfter ?? 2), 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0' } };
  }
  // Cloudflare's managed challenge answers 403 with this page.
  if (spec('html')) return { status: 403, body: CLOUDFLARE_PAGE, headers: HTML };
  if (spec('http404')) return { status: 404, body: NOT_FOUND_PAGE, headers: HTML };
  if (spec('login')) return { status: 200, body: LOGIN_PAGE, headers: HTML };
  if (spec('fatal')) return { status: 200, body: FATAL_PAGE, headers: HTML };
  if (spec('empty')) return { status: 200, body: '', headers: HTML };
  return null;
}
