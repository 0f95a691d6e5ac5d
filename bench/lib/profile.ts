/**
 * Where a Node measurement's CPU goes: V8's sampling profiler (node:inspector) around one run,
 * self time summed per source file (product modules by path, the rest by package), largest
 * first.
 */
import { Session } from 'node:inspector/promises';
import { ROOT } from './node-runner';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  hitCount?: number;
}

function fileOf(url: string): string {
  if (!url) return '(V8/native)';
  const clean = url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (pkg) return pkg[1]!;
  if (clean.startsWith(ROOT)) return clean.slice(ROOT.length);
  if (/^\/(utils|components|bench|entrypoints)\//.test(clean)) return clean.slice(1);
  return clean.split('/').slice(-2).join('/');
}

export async function profileFiles<T>(run: () => Promise<T>, top = 8): Promise<{ value: T; text: string }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const value = await run();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } };
    const perSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
    const byFile = new Map<string, number>();
    for (const node of profile.nodes) {
      if (!node.hitCount || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
      const file = node.callFrame.functionName === '(garbage collector)' ? '(GC)' : fileOf(node.callFrame.url);
      byFile.set(file, (byFile.get(file) ?? 0) + node.hitCount * perSample);
    }
    const sorted = [...byFile.entries()].sort((a, b) => b[1] - a[1]);
    const text = sorted
      .slice(0, top)
      .map(([file, ms]) => `${file} ${ms.toFixed(0)}`)
      .join(', ');
    return { value, text: `CPU profile of one such cycle, self ms by file: ${text}` };
  } finally {
    await session.post('Profiler.disable').catch(() => undefined);
    session.disconnect();
  }
}
