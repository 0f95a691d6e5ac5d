import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../after-next-paint';

describe('afterNextPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for a frame later than Preact\'s 35 ms effect fallback, then resolves in a task after it', async () => {
    let frame: (() => void) | null = null;
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => ((frame = cb), 1));
    const events: string[] = [];
    const done = afterNextPaint(1000).then(() => events.push('resolved'));
    // Longer than Preact's 35 ms: no frame yet, still waiting.
    await new Promise((r) => setTimeout(r, 60));
    expect(events).toEqual([]);
    frame!();
    events.push('frame ran');
    await done;
    expect(events).toEqual(['frame ran', 'resolved']);
  });

  it('a page the browser does not paint (no animation frames) gets the fallback', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    const started = Date.now();
    await afterNextPaint(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
