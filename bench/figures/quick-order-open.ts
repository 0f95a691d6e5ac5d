/**
 * Figure 3: opening the quick-order form for an Instagram link with the 8,536-service
 * catalog cached: navigation → Service combobox with the preselected service, then
 * focused (as a click does) → the Instagram-filtered option list painted (the frame after
 * the options appeared). Against a blank extension page opened just before, in the same run.
 */
import { BLANK_PAGE, waitForMark, type ExtensionSession } from '../lib/browser';
import type { Row } from '../lib/figure';
import { median, round } from '../lib/stats';
import { tracedPair } from './popup-render';

const RATIO_LIMIT = 2;
const LINK = 'https://www.instagram.com/p/C0ffee123/';
export const QUICK_ORDER_PATH = `quick-order.html?url=${encodeURIComponent(LINK)}`;

async function timeOpen(session: ExtensionSession, path: string, marks: string[]): Promise<number[]> {
  const page = await session.open(path);
  try {
    const times: number[] = [];
    for (const mark of marks) times.push((await waitForMark(page, mark)).paint);
    return times;
  } finally {
    await page.close();
  }
}

export async function measureQuickOrderOpen(session: ExtensionSession, runs = 7, tracedRuns = 3): Promise<Row[]> {
  const ready: number[] = [];
  const list: number[] = [];
  const blank: number[] = [];
  // Run 0 warms the caches and is not counted.
  for (let run = 0; run <= runs; run++) {
    const [b] = await timeOpen(session, BLANK_PAGE, ['ready']);
    const [r, l] = await timeOpen(session, QUICK_ORDER_PATH, ['ready', 'list']);
    if (run === 0) continue;
    blank.push(b!);
    ready.push(r!);
    list.push(l!);
  }
  const ratios = list.map((l, i) => l / blank[i]!);
  return [
    {
      figure: '3',
      label: 'Quick order open, 8,536 services cached ÷ blank page: navigation → preselected service and filtered list painted',
      value: round(median(ratios), 2),
      unit: '×',
      target: { kind: 'max', limit: RATIO_LIMIT },
      detail: `median of ${runs} alternating pairs' ratios (range ${round(Math.min(...ratios), 2)}–${round(Math.max(...ratios), 2)}); list painted at ${round(median(list))} ms, the form with the preselected service at ${round(median(ready))} ms, the blank page at ${round(median(blank))} ms`,
      breakdown: await tracedPair(session, QUICK_ORDER_PATH, 'list', tracedRuns),
      samples: ratios.map((n) => round(n, 3)),
    },
  ];
}
