/**
 * Chromium driven over its DevTools pipe by the bench itself, without Playwright.
 *
 * Why: Playwright auto-attaches to every new service worker and holds it paused until it has
 * sent `Runtime.runIfWaitingForDebugger`. That round trip would be inside every worker start
 * the bench times, and a constant added to both workers flatters their ratio. Here nothing
 * attaches to a worker: the bench only talks to pages, as a user's popup would.
 *
 * The pipe protocol: JSON messages separated by NUL bytes, commands on fd 3, answers and
 * events on fd 4 (`--remote-debugging-pipe`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, findChromium } from '../../testing/chromium';

type Params = Record<string, unknown>;
interface Message {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
  sessionId?: string;
}

export interface RawBrowser {
  /** A command to the browser, or to an attached target when `sessionId` is given. */
  send<T = Params>(method: string, params?: Params, sessionId?: string): Promise<T>;
  /** Resolves with the first event `method` whose params satisfy `match`. */
  waitForEvent(method: string, match?: (params: Params) => boolean, timeoutMs?: number): Promise<Params>;
  /** Evaluates an expression (awaiting a promise) in an attached page; returns its value. */
  evaluate<T>(sessionId: string, expression: string): Promise<T>;
  version: string;
  close(): Promise<void>;
}

export async function launchRawChromium(extensionDirs: string[]): Promise<RawBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'panelpilot-bench-'));
  const list = extensionDirs.join(',');
  const child = spawn(
    findChromium(),
    [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${list}`,
      `--load-extension=${list}`,
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--disable-dev-shm-usage',
      ...CHROMIUM_ARGS,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });

  let nextId = 1;
  const pending = new Map<number, { resolve: (v: Params) => void; reject: (e: Error) => void; method: string }>();
  const listeners = new Set<(message: Message) => void>();
  let buffer = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
        else call?.resolve(message.result ?? {});
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const call of pending.values()) call.reject(new Error(`Chromium exited during ${call.method}: ${stderr}`));
    pending.clear();
  });

  const send = <T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: Params) => void, reject, method });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  const waitForEvent = (method: string, match: (params: Params) => boolean = () => true, timeoutMs = 30_000) =>
    new Promise<Params>((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (message: Message) => {
        if (message.method !== method || !match(message.params ?? {})) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(message.params ?? {});
      };
      listeners.add(listener);
    });

  try {
    const { product } = await send<{ product: string }>('Browser.getVersion');
    return {
      send,
      waitForEvent,
      async evaluate<T>(sessionId: string, expression: string): Promise<T> {
        const out = await send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
          'Runtime.evaluate',
          { expression, awaitPromise: true, returnByValue: true },
          sessionId,
        );
        if (out.exceptionDetails) throw new Error(out.exceptionDetails.exception?.description ?? out.exceptionDetails.text);
        return out.result.value;
      },
      version: product,
      async close() {
        child.kill();
        await exited;
        // Chromium's helper processes may still write into the profile for a moment: retry,
        // and never let the clean-up throw away the figures just measured.
        try {
          rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
        } catch (error) {
          process.stderr.write(`could not remove ${profile}: ${String(error)}\n`);
        }
      },
    };
  } catch (error) {
    child.kill();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
