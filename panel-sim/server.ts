/**
 * The local panel simulator: a real HTTP server speaking API v2 like real panels do, plus
 * control endpoints under /__control/ for tests and the demo. See README "Other commands".
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { loadCatalog } from './catalog';
import { catalogControl } from './catalog-edits';
import { SimClock } from './clock';
import { dialectTraits, dressAnswer, type DialectTraits } from './dialects';
import { faultPage, Faults, ONE_NOTICE, type FaultSpec } from './faults';
import { formatUnits, toUnits } from './money';
import { orderView } from './orders';
import { SimPanel, type Form } from './panel';

export interface PanelSimOptions {
  port?: number;
  host?: string;
  key?: string;
  balance?: string;
  currency?: string;
  catalogPath?: string;
  services?: unknown[];
  clockSpeed?: number;
  numbers?: 'strings' | 'numbers';
  wrap?: boolean;
  quiet?: boolean;
  faults?: FaultSpec[];
  /** How the panel's script answers (panel-sim/dialects.ts): a name or traits. */
  dialect?: string | DialectTraits;
  /** The API's path, as the panel documents it (default /api/v2). */
  apiPath?: string;
}

export interface PanelSim {
  url: string;
  apiUrl: string;
  port: number;
  key: string;
  panel: SimPanel;
  close(): Promise<void>;
}

export interface RedirectHit {
  method: string;
  path: string;
  keyPresent: boolean;
  key: string | null;
  fields: Record<string, string>;
}

/** Paths scripts put their API at: each answers, besides `apiPath`. */
const API_PATHS = new Set(['/api/v2', '/api/v1', '/api/v3', '/api', '/api/v2/', '/adminapi/v2', '/api.php']);
const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form fields from a urlencoded or JSON body, and the query string, leniently. */
function parseForm(body: string, contentType: string | undefined, url: URL): Form {
  const form: Form = new Map(url.searchParams);
  if (/json/i.test(contentType ?? '')) {
    try {
      const data = JSON.parse(body) as Record<string, unknown>;
      for (const [k, v] of Object.entries(data)) form.set(k, String(v));
    } catch {
      // A malformed body is an incorrect request, answered below.
    }
  } else {
    for (const [k, v] of new URLSearchParams(body)) form.set(k, v);
  }
  return form;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

export async function startPanelSim(options: PanelSimOptions = {}): Promise<PanelSim> {
  const host = options.host ?? '127.0.0.1';
  const key = options.key ?? 'demo-key';
  const clock = new SimClock(options.clockSpeed ?? 1);
  const panel = new SimPanel(
    loadCatalog(options.catalogPath, options.services),
    options.balance ?? '100',
    { key, currency: options.currency ?? 'USD', numbers: options.numbers === 'numbers', wrap: options.wrap ?? false },
    clock,
    options.dialect,
  );
  const apiPath = options.apiPath ?? '/api/v2';
  const apiPaths = new Set([...API_PATHS, apiPath]);
  const faults = new Faults();
  for (const f of options.faults ?? []) faults.add(f);
  const counts: Record<string, number> = {};
  const batchSizes: Record<string, number[]> = {};
  const redirectHits: RedirectHit[] = [];
  const stalls = new Set<NodeJS.Timeout>();

  // A second server on another port: the target of the `redirect` fault, which records
  // whatever reaches it, so tests can prove the key never does.
  const target = createServer(async (req, res) => {
    const body = await readBody(req).catch(() => '');
    const fields = Object.fromEntries(new URLSearchParams(body));
    redirectHits.push({ method: req.method ?? '', path: req.url ?? '', keyPresent: 'key' in fields, key: fields.key ?? null, fields });
    send(res, 200, JSON.stringify({ error: 'Redirect target' }));
  });
  const targetSockets = trackSockets(target);
  const targetPort = await listen(target, 0, host);

  function count(action: string, form: Form): void {
    const list = form.get('orders') ?? form.get('refills');
    const name = list !== undefined ? `${action}:${form.has('orders') ? 'orders' : 'refills'}` : action;
    counts[action] = (counts[action] ?? 0) + 1;
    if (name !== action) counts[name] = (counts[name] ?? 0) + 1;
    if (list !== undefined) (batchSizes[action] ??= []).push(list.split(',').filter(Boolean).length);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const body = await readBody(req);
    const form = parseForm(body, req.headers['content-type'], url);
    const action = form.get('action') ?? '';
    count(action || '(none)', form);
    const fired = faults.pick(action);
    const kinds = new Set(fired.map((f) => f.kind));
    const spec = (kind: string) => fired.find((f) => f.kind === kind);
    if (kinds.has('reset')) {
      req.socket.destroy();
      return;
    }
    if (kinds.has('stall')) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, spec('stall')?.stallMs ?? 60_000);
        stalls.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          stalls.delete(timer);
          resolve();
        });
      });
      if (res.destroyed) return;
    }
    if (kinds.has('redirect')) {
      send(res, 302, '', { location: `http://${host}:${targetPort}/api/v2`, 'content-type': 'text/html' });
      return;
    }
    const page = faultPage(fired);
    if (page) return send(res, page.status, page.body, page.headers);
    const json = JSON.stringify(panel.handle(form, { numbers: kinds.has('numbers'), wrap: kinds.has('wrap') }));
    const dressed = dressAnswer(kinds.has('truncated') ? json.slice(0, Math.max(1, Math.floor(json.length / 2))) : json, panel.traits);
    if (kinds.has('notice')) return send(res, 200, `${ONE_NOTICE}${dressed.body}`, { 'content-type': 'text/html; charset=UTF-8' });
    send(res, 200, dressed.body, { 'content-type': dressed.contentType });
  }

  async function control(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const body = await readBody(req);
    const data = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
    const reply = (value: unknown) => send(res, 200, JSON.stringify(value), { 'access-control-allow-origin': '*' });
    const now = clock.now();
    switch (`${req.method} ${path}`) {
      case 'GET stats':
        return reply({ counts, batchSizes, balance: formatUnits(panel.balance), orders: panel.orders.size, refills: panel.refills.size, faults: faults.list() });
      case 'POST reset':
        for (const k of Object.keys(counts)) delete counts[k];
        for (const k of Object.keys(batchSizes)) delete batchSizes[k];
        redirectHits.length = 0;
        if (data.all) {
          panel.orders.clear();
          panel.refills.clear();
          faults.clear();
        }
        return reply({ ok: true });
      case 'POST fault':
        faults.add(data as unknown as FaultSpec);
        return reply({ ok: true, faults: faults.list() });
      case 'POST faults/clear':
        faults.clear();
        return reply({ ok: true });
      case 'POST advance':
        clock.advance(Number(data.ms ?? 0));
        panel.settle();
        return reply({ ok: true, now: clock.now() });
      case 'POST clock':
        clock.setSpeed(Number(data.speed ?? 1));
        return reply({ ok: true });
      case 'POST orders': {
        const n = Math.min(20_000, Math.max(0, Number(data.count ?? 1)));
        const serviceId = String(data.service ?? panel.services.keys().next().value);
        const ids: string[] = [];
        for (let i = 0; i < n; i++) {
          const link = typeof data.link === 'string' ? data.link : `https://www.instagram.com/p/sim${Date.now().toString(36)}${i}/`;
          const order = panel.createOrder({ serviceId, link, quantity: Number(data.quantity ?? 1000), charge: toUnits(String(data.charge ?? '0.9')) ?? 0n, status: data.status as string | undefined });
          ids.push(order.id);
        }
        return reply({ ids });
      }
      case 'POST complete-all':
        panel.completeAll();
        return reply({ ok: true });
      case 'GET orders':
        return reply(
          [...panel.orders.values()].map((o) => ({ id: o.id, service: o.serviceId, link: o.link, quantity: o.quantity, charge: formatUnits(o.charge), ...orderView(o, now) })),
        );
      case 'GET refills':
        return reply([...panel.refills.values()].map((r) => ({ id: r.id, order: r.orderId })));
      case 'POST balance':
        panel.balance = toUnits(String(data.balance)) ?? panel.balance;
        return reply({ ok: true, balance: formatUnits(panel.balance) });
      case 'GET redirect-hits':
        return reply(redirectHits);
      case 'POST dialect':
        panel.traits = dialectTraits((data.name as string | undefined) ?? (data.traits as DialectTraits | undefined));
        return reply({ ok: true, traits: panel.traits });
    }
    const edited = catalogControl(panel.edits, req.method ?? '', path, data);
    if (edited !== undefined) return reply(edited);
    const patch = /^POST orders\/([^/]+)$/.exec(`${req.method} ${path}`);
    const order = patch ? panel.orders.get(patch[1]!) : undefined;
    if (order) {
      const view = orderView(order, now);
      order.override = {
        status: typeof data.status === 'string' ? data.status : view.status,
        remains: typeof data.remains === 'number' ? data.remains : view.remains,
        startCount: typeof data.start_count === 'number' ? data.start_count : view.startCount,
      };
      return reply({ ok: true });
    }
    send(res, 404, JSON.stringify({ error: `No control endpoint ${req.method} ${path}` }));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    const handler = url.pathname.startsWith('/__control/')
      ? control(req, res, url.pathname.slice('/__control/'.length))
      : apiPaths.has(url.pathname) && req.method === 'POST'
        ? api(req, res, url)
        : Promise.resolve(send(res, 404, '<html><head><title>404 Not Found</title></head><body>Not Found</body></html>', { 'content-type': 'text/html' }));
    handler.catch((error: unknown) => {
      if (!options.quiet) console.error('[panel-sim]', error instanceof Error ? error.message : error);
      send(res, 200, JSON.stringify({ error: 'Incorrect request' }));
    });
  });
  const sockets = trackSockets(server);
  const port = await listen(server, options.port ?? 0, host);
  const url = `http://${host}:${port}`;

  return {
    url,
    apiUrl: `${url}${apiPath}`,
    port,
    key,
    panel,
    async close() {
      for (const timer of stalls) clearTimeout(timer);
      for (const s of [...sockets, ...targetSockets]) s.destroy();
      await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => target.close(r))]);
    },
  };
}
