/**
 * Figure 2: the popup's first render with cached data, against a blank extension page,
 * in the same browser and run, alternating, each in a fresh tab. Time is measured inside
 * the page from its navigation start to just after the frame that shows the balance and
 * the order rows (the blank page: its one line of text).
 */
import { BLANK_PAGE, waitForMark, type ExtensionSession } from '../lib/browser';
import type { Row } from '../lib/figure';
import { median, round } from '../lib/stats';

const RATIO_LIMIT = 1.25;

export async function openAndTime(session: ExtensionSession, path: string, mark = 'ready'): Promise<{ dom: number; paint: number; fcp: number | null }> {
  const page = await session.open(path);
  try {
    return await waitForMark(page, mark);
  } finally {
    await page.close();
  }
}

export async function measurePopupRender(session: ExtensionSession, runs = 9): Promise<{ rows: Row[]; blankMedian: number }> {
  const blank: number[] = [];
  const popup: number[] = [];
  const popupDom: number[] = [];
  const fcp: number[] = [];
  // Pair 0 warms the browser's caches for both pages and is not counted.
  for (let run = 0; run <= runs; run++) {
    const b = await openAndTime(session, BLANK_PAGE);
    const p = await openAndTime(session, 'popup.html');
    if (run === 0) continue;
    blank.push(b.paint);
    popup.push(p.paint);
    popupDom.push(p.dom);
    if (p.fcp !== null) fcp.push(p.fcp);
  }
  const ratios = popup.map((p, i) => p / blank[i]!);
  const blankMedian = median(blank);
  return {
    blankMedian,
    rows: [
      {
        figure: '2',
        label: 'Popup first render with cached data ÷ blank extension page',
        value: round(median(popup) / blankMedian, 2),
        unit: '×',
        target: { kind: 'max', limit: RATIO_LIMIT },
        detail: `ratio of medians over ${runs} alternating pairs (per-pair ratios median ${round(median(ratios), 2)}, range ${round(Math.min(...ratios), 2)}–${round(Math.max(...ratios), 2)})`,
        samples: ratios.map((r) => round(r, 3)),
      },
      {
        figure: '2',
        label: 'Popup: navigation → balance and order rows on screen',
        value: round(median(popup)),
        unit: 'ms',
        target: null,
        detail: `median of ${runs}; DOM ready at ${round(median(popupDom))} ms; first contentful paint ${fcp.length ? `${round(median(fcp))} ms` : 'not reported'}; 250 active + 40 finished orders cached, the default panel lists 200 active`,
        samples: popup.map((n) => round(n, 1)),
      },
      {
        figure: '2',
        label: 'Blank extension page: navigation → its text on screen',
        value: round(blankMedian),
        unit: 'ms',
        target: null,
        detail: `median of ${runs}; an HTML page with one module script, served from the same extension`,
        samples: blank.map((n) => round(n, 1)),
      },
    ],
  };
}
