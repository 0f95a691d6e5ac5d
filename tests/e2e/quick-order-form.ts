/** Opening the quick-order form and picking a service, as a user does it: by role and label. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const POST = 'https://www.instagram.com/p/C0ffee123/';

export async function openForm(openPage: (p: string) => Promise<Page>, url = POST): Promise<Page> {
  const page = await openPage(`quick-order.html?url=${encodeURIComponent(url)}`);
  await expect(page.getByRole('combobox', { name: 'Service' })).toBeVisible();
  await expect(page.getByText('Loading the service list…')).toBeHidden();
  return page;
}

/** Types the id into the service box and takes the first match (the panel picker's options are not services). */
export async function pickService(page: Page, id: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Service' });
  await box.click();
  await box.fill(id);
  await expect(page.getByRole('listbox', { name: 'Services' }).getByRole('option').first()).toHaveAccessibleName(new RegExp(`^${id} `));
  await box.press('Enter');
  await expect(box).toHaveValue(new RegExp(`^${id} · `));
}
