/** Driving the quick-order form as a user would, for the specs that order. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const POST = 'https://www.instagram.com/p/C0ffee123/';

export async function openForm(openPage: (p: string) => Promise<Page>, url = POST): Promise<Page> {
  const page = await openPage(`quick-order.html?url=${encodeURIComponent(url)}`);
  await expect(page.getByRole('combobox', { name: 'Service' })).toBeVisible();
  await expect(page.getByText('Loading the service list…')).toBeHidden();
  return page;
}

export async function pickService(page: Page, id: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Service' });
  await box.click();
  await box.fill(id);
  await expect(page.getByRole('option').first()).toHaveAccessibleName(new RegExp(`^${id} `));
  await box.press('Enter');
  await expect(box).toHaveValue(new RegExp(`^${id} · `));
}
