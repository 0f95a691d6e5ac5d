/**
 * Finding things as a screen reader would, in Puppeteer: its ARIA selector asks Firefox's
 * accessibility tree for an accessible name and role (`::-p-aria([name="…"][role="…"])`).
 */
import type { Locator, Page } from 'puppeteer-core';
import { expect } from '@playwright/test';

const quote = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** A selector for the element named `name` (its label, its text), optionally of one role. */
export function aria(name: string | null, role?: string): string {
  const parts = [name === null ? '' : `[name="${quote(name)}"]`, role ? `[role="${role}"]` : ''];
  return `::-p-aria(${parts.join('')})`;
}

/** The text of every element the selector finds, joined by newlines ('' when none). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const handles = await page.$$(selector);
  const texts = await Promise.all(handles.map((h) => h.evaluate((el) => (el as HTMLElement).innerText ?? el.textContent ?? '')));
  await Promise.all(handles.map((h) => h.dispose()));
  return texts.join('\n');
}

/** Waits until the elements the selector finds say `text`. */
export async function expectText(page: Page, selector: string, text: string | RegExp, timeout = 10_000): Promise<void> {
  await expect
    .poll(() => textOf(page, selector), { timeout, message: `${selector} should say ${text}` })
    .toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
}

/** Waits until an element the selector finds is on screen. */
export async function expectVisible(page: Page, selector: string, timeout = 10_000): Promise<void> {
  await page.waitForSelector(selector, { visible: true, timeout });
}

/** Waits until the page shows `text` anywhere. */
export async function expectPageText(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  await expectText(page, 'body', text, timeout);
}

/**
 * The form control labelled `label`, as a Locator. Firefox's tree also names the <label>
 * itself (it comes first), so the first match that is a control is taken.
 */
export async function control(page: Page, label: string, timeout = 10_000): Promise<Locator<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const handle of await page.$$(aria(label))) {
      if (await handle.evaluate((el) => el.matches('input, select, textarea, [contenteditable]'))) return handle.asLocator();
      await handle.dispose();
    }
    if (Date.now() > deadline) throw new Error(`No control labelled “${label}” within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function fill(page: Page, label: string, value: string): Promise<void> {
  await (await control(page, label)).fill(value);
}

export async function click(page: Page, name: string, role = 'button'): Promise<void> {
  await page.locator(aria(name, role)).click();
}

export async function valueOf(page: Page, label: string): Promise<string> {
  return (await control(page, label)).map((el) => (el as HTMLInputElement).value).wait();
}
