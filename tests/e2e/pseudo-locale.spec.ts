/**
 * The pseudo-locale run (docs/i18n.md): the build from `npm run build:pseudo` speaks only
 * "[Ƥšéûðö ···]", so on every page any visible text that still has plain A–Z letters is either
 * written in the code (untranslated), a message that is missing (t() shows its key), or data.
 * Data is what the page marks as such (<code>, translate={false}, dir="ltr"), what this test
 * seeded or the simulator sends (panel and service names, links, the panel's status words),
 * and amounts with their currency code.
 * Strings still on the extraction's to-do list (locales/untranslated.txt) are allowed until
 * they are extracted; the list only shrinks.
 * At the popup's width (400 px, the quick-order form too) no text may be clipped or overflow.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ALLOWLIST, readAllowlist } from '../../scripts/i18n/untranslated-list';
import { DEFAULT_CATALOG } from '../../panel-sim/catalog';
import { PSEUDO_EXTENSION_DIR, expect, test } from './fixtures';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

test.use({ extensionDir: PSEUDO_EXTENSION_DIR });

const POPUP_WIDTH = 400;
const POST = 'https://www.instagram.com/p/Pseudo123/';

/** The to-do list as patterns: a template's `{}` matches anything. */
const TODO = [...readAllowlist(readFileSync(ALLOWLIST, 'utf8')).values()].flat().map((text) => `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\}/g, '.*?')}$`);

/** What this test seeded or the simulator sends (its catalog's names and categories): panel text. */
const CATALOG = JSON.parse(readFileSync(DEFAULT_CATALOG, 'utf8')) as { name?: string; category?: string }[];
const SEEDED = ['Pseudo panel', 'Instagram Followers', 'instagram.com/p/501/', 'instagram.com/p/Pseudo123/', 'Pending', 'In progress', 'USD', 'Default'];

interface Finding {
  text: string;
  where: string;
}

/** Visible text nodes with plain letters that are neither data nor on the to-do list. */
function untranslated(page: Page): Promise<Finding[]> {
  return page.evaluate(
    ({ todo, seeded: data }) => {
      const seeded = new Set(data.map((d) => d.replace(/\s+/g, ' ').trim()));
      const patterns = todo.map((p) => new RegExp(p, 's'));
      const DATA_SELECTOR = 'code, kbd, samp, pre, script, style, [translate="no"], [dir="ltr"]';
      const out: { text: string; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        const text = node.textContent!.replace(/\s+/g, ' ').trim();
        // Inside the body only: <html dir="ltr"> is the page's language, not a data mark.
        const data = el.closest(DATA_SELECTOR);
        if (!/[A-Za-z]/.test(text) || (data && document.body.contains(data)) || !el.checkVisibility()) continue;
        if (patterns.some((p) => p.test(text))) continue;
        if (seeded.has(text) || /^https?:\/\/127\.0\.0\.1:\d+\/api\/v2$/.test(text)) continue;
        // An amount with its currency code is a value (it goes LTR in a dir="ltr" element once extracted).
        if (/^[^A-Za-z]*\d[^A-Za-z]*\s?[A-Z]{3}$|^[A-Z]{3}\s?[^A-Za-z]*\d[^A-Za-z]*$/.test(text)) continue;
        out.push({ text, where: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}` });
      }
      return out;
    },
    { todo: TODO, seeded: [...SEEDED, ...CATALOG.flatMap((c) => [c.name ?? '', c.category ?? ''])] },
  );
}

/** Text boxes cut short (not an intended ellipsis) or reaching past the page's width. */
function clipped(page: Page): Promise<Finding[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: { text: string; where: string }[] = [];
    if (document.documentElement.scrollWidth > width) out.push({ text: `page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`, where: 'html' });
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!el.checkVisibility() || ![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue; // visually hidden, for screen readers (.sr-only)
      const text = el.textContent!.trim().slice(0, 60);
      const where = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible' && style.textOverflow !== 'ellipsis') out.push({ text: `clipped (${el.scrollWidth} > ${el.clientWidth}): ${text}`, where });
      if (box.right > width + 1 || box.left < -1) out.push({ text: `outside the page (${Math.round(box.left)}…${Math.round(box.right)} of ${width}): ${text}`, where });
    }
    return out;
  });
}

async function openAt(openPage: (path: string) => Promise<Page>, path: string, width: number): Promise<Page> {
  const page = await openPage(path);
  await page.setViewportSize({ width, height: 700 });
  return page;
}

test('the first-run popup is all pseudo-locale text, and none of it is clipped at popup width', async ({ openPage }) => {
  const popup = await openAt(openPage, 'popup.html', POPUP_WIDTH);
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText(/^\[Çöññéçţ ýöûŕ ƒîŕšţ þåñéļ ·+\]$/);
  expect(await untranslated(popup)).toEqual([]);
  expect(await clipped(popup)).toEqual([]);
});

test('every page with data: no text outside the messages but the to-do list, none clipped at popup width', async ({ openPage, worker, panel }) => {
  await seedPanels(worker, [{ id: 'p', name: 'Pseudo panel', apiUrl: panel.apiUrl, key: 'demo-key' }]);
  await seedOrders(worker, [
    makeOrder('p', '501', { status: 'in_progress', statusText: 'In progress', remains: 300, startCount: 1000, charge: '0.9', currency: 'USD' }),
    makeOrder('p', '502', { link: POST }),
  ]);
  const pages: [string, number, (page: Page) => Promise<void>][] = [
    ['popup.html', POPUP_WIDTH, (p) => expect(p.locator('.orders li').first()).toBeVisible()],
    [`quick-order.html?url=${encodeURIComponent(POST)}`, POPUP_WIDTH, (p) => expect(p.getByRole('combobox').first()).toBeVisible()],
    ['options.html', 1100, (p) => expect(p.getByText('Pseudo panel').first()).toBeVisible()],
    ['orders.html', 1400, (p) => expect(p.getByText('501').first()).toBeVisible()],
  ];
  const findings: Record<string, { untranslated: Finding[]; clipped: Finding[] }> = {};
  for (const [path, width, ready] of pages) {
    const page = await openAt(openPage, path, width);
    await ready(page);
    await page.waitForLoadState('networkidle');
    findings[path.split('?')[0]!] = { untranslated: await untranslated(page), clipped: width === POPUP_WIDTH ? await clipped(page) : [] };
    await page.close();
  }
  expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((k) => [k, { untranslated: [], clipped: [] }])));
});
