/** The "Saved data reset" notice names each stored item in the user's words, never by its storage key. */
import { describe, expect, it } from 'vitest';
import { CHECKED_ITEMS } from '@/utils/background/storage-repair';
import { ITEM_NAMES } from '../StorageNotices';

describe('the saved-data-reset notice', () => {
  it.each(CHECKED_ITEMS.map((item) => item.name))('has words for %s', (name) => {
    expect(Object.hasOwn(ITEM_NAMES, name)).toBe(true);
  });
});
