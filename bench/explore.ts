import { buildExtension } from './lib/build';
import { launchExtension, waitForMark, BLANK_PAGE } from './lib/browser';
import { seedExtension } from './lib/seed-extension';
const dir = buildExtension('e2e', true);
const s = await launchExtension(dir);
const seeded = await seedExtension(s);
const target = process.argv[2] ?? 'quick-order.html?url=https%3A%2F%2Fwww.instagram.com%2Fp%2Fabc%2F';
for (let i = 0; i < 2; i++) {
const page = await s.open(BLANK_PAGE);
const cdp = await s.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`chrome-extension://${s.extensionId}/${target}`);
const m = await waitForMark(page, 'ready');
const { profile } = await cdp.send('Profiler.stop') as any;
const self = new Map<string, number>();
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const dt: number[] = profile.timeDeltas;
profile.samples.forEach((id: number, k: number) => { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[k+1] ?? 0) / 1000); });
console.log('ready', m.dom.toFixed(0), m.paint.toFixed(0));
if (i === 1) for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(7), k);
await page.close();
}
await s.close(); await Promise.all(seeded.sims.map(x=>x.close()));
