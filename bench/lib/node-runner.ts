/**
 * Loads product code in Node the way the unit tests do: through Vite with WXT's test plugin,
 * so `wxt/browser` is the in-memory fake browser, `@/` paths resolve and `import.meta.env`
 * is defined. Plain tsx cannot: product modules read `import.meta.env.MODE` at load time.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { createServer, isRunnableDevEnvironment, type ViteDevServer } from 'vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface NodeRunner {
  /** Imports a module (path from the repository root) with the product's module graph. */
  load<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

let server: ViteDevServer | null = null;

export async function startNodeRunner(): Promise<NodeRunner> {
  server ??= await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [WxtVitest(), preact()],
  });
  const env = server.environments.ssr;
  if (!isRunnableDevEnvironment(env)) throw new Error('Vite SSR environment cannot run modules');
  // WxtVitest's own setup file (stubbing the globals) runs only under Vitest: do it here.
  const { fakeBrowser } = await env.runner.import<typeof import('wxt/testing/fake-browser')>('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: fakeBrowser, browser: fakeBrowser });
  const running = server;
  return {
    load: <T>(path: string) => env.runner.import<T>(`/${path.replace(/^\//, '')}`),
    async close() {
      await running.close();
      server = null;
    },
  };
}
