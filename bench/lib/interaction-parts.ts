/**
 * What an interaction's time is made of (bench/lib/browser.ts times each one in the page):
 * the slowest ones beside all of them, so a p95 far above the mean CPU says whether the page
 * worked longer (work, layout) or the event waited (delay: the main thread busy or not
 * scheduled; queued: other tasks before the result was laid out).
 */
import type { Interaction } from './browser';

const PARTS = ['delay', 'work', 'queued', 'frame', 'layout'] as const;

function means(list: Interaction[]): string {
  const n = Math.max(1, list.length);
  const total = list.reduce((t, i) => t + i.ms, 0) / n;
  return `${total.toFixed(1)} ms = ${PARTS.map((p) => `${p} ${(list.reduce((t, i) => t + i.parts[p], 0) / n).toFixed(1)}`).join(', ')}`;
}

/** "slowest 10% (15, ≥ 21.3 ms): 30.2 ms = delay …; all 147: 9.8 ms = delay …; slowest: "ins" 41.0 ms, …" */
export function describeParts(list: Interaction[], share = 0.1): string {
  if (list.length === 0) return 'no interactions timed';
  const sorted = [...list].sort((a, b) => b.ms - a.ms);
  const slow = sorted.slice(0, Math.max(1, Math.round(list.length * share)));
  const top = sorted.slice(0, 5).map((i) => `"${i.what.slice(0, 24)}" ${i.ms.toFixed(1)} (${PARTS.map((p) => `${p} ${i.parts[p].toFixed(1)}`).join(', ')})`);
  const overlapped = list.filter((i) => i.overlapped).length;
  return `in the page, mean ms per part (${overlapped} of ${list.length} overlapped the next action): slowest ${Math.round(share * 100)}% (${slow.length}, ≥ ${slow[slow.length - 1]!.ms.toFixed(1)} ms) ${means(slow)}; all ${list.length}: ${means(list)}; slowest five: ${top.join(', ')}`;
}
