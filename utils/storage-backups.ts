/**
 * Which copies of unreadable stored values are kept (utils/storage.ts writes them). A value
 * that failed its check is copied to `backup:<item>:<time>` before the readable part replaces
 * it — once: the same blob seen again (a writer that keeps writing it) is not copied again,
 * and at most BACKUPS_PER_ITEM copies of one item are kept.
 */
import { TEXT_CAP, listOf, object, text, time } from './schema/fields';
import { readStored } from './schema/read';

export interface StoredBackup {
  /** The item's name: "orders", "settings" … */
  item: string;
  /** Where the copy is: "backup:orders:1767225600000". */
  key: string;
  at: number;
  /** Of the copied value's JSON: the same blob is never copied twice. */
  hash: string;
}

/**
 * Per item: the first copy (what was there before anything was reset) and the four latest
 * (what the problem looks like now). A copy of 10,000 orders is ~6 MB: five bound an item's
 * copies to ~30 MB, where a writer stuck in a loop used to add one every poll cycle.
 */
export const BACKUPS_PER_ITEM = 5;

export const BACKUP_INDEX = listOf(object<StoredBackup>({ item: text(TEXT_CAP.id), key: text(TEXT_CAP.line), at: time, hash: text(TEXT_CAP.short) }));
export const readBackupIndex = (raw: unknown): StoredBackup[] => readStored(BACKUP_INDEX, raw, []).value;

/** cyrb53: a fast 53-bit string hash (not cryptographic; it only tells copies apart). */
export function blobHash(raw: unknown): string {
  const str = JSON.stringify(raw) ?? 'undefined';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export interface BackupPlan {
  /** The copy to write, or null: this blob is already kept. */
  add: StoredBackup | null;
  /** Storage keys of copies to delete (over the cap). */
  remove: string[];
  index: StoredBackup[];
}

export function planBackup(index: readonly StoredBackup[], item: string, hash: string, at: number): BackupPlan {
  if (index.some((b) => b.item === item && b.hash === hash)) return { add: null, remove: [], index: [...index] };
  // A new key even when two copies land in the same millisecond.
  let time = at;
  while (index.some((b) => b.key === `backup:${item}:${time}`)) time++;
  const add: StoredBackup = { item, key: `backup:${item}:${time}`, at, hash };
  const mine = [...index.filter((b) => b.item === item), add];
  const dropped = mine.length > BACKUPS_PER_ITEM ? mine.slice(1, mine.length - (BACKUPS_PER_ITEM - 1)) : [];
  const gone = new Set(dropped.map((b) => b.key));
  return { add, remove: [...gone], index: [...index, add].filter((b) => !gone.has(b.key)) };
}
