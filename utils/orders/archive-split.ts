/**
 * Which orders live in `local:orders` and which in the archive (`local:ordersArchive:<week>`),
 * and how the two read as one. `local:orders` is what the poll cycle, the popup's view and the
 * orders page's first paint read, so it stays small: every order still running (or with a
 * refill still running) and the newest finished ones. The archive holds the older finished
 * ones, so every archived order is older (by createdAt) than every finished order kept: the
 * orders page's first screen (newest first) comes whole from `local:orders`.
 */
import { activeRefills } from './active-refills';
import { isOrderFinished } from './status';
import type { TrackedOrder } from './types';

type OrdersById = Record<string, TrackedOrder>;

/**
 * Finished orders kept in `local:orders` after a move: several screens of the newest (a screen
 * is ~30 rows), and a first read the orders page paints from quickly (750 orders read in
 * ~120 ms, ~450 in well under 100: npm run bench, figure 9).
 */
export const KEEP_FINISHED = 200;
/** A move happens once more finished orders than this are kept: moves come in batches of ≥ KEEP_FINISHED. */
export const MOVE_ABOVE = 2 * KEEP_FINISHED;

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * The archive chunk an order belongs to: the UTC week of its createdAt (its start day, e.g.
 * "2026-08-27"). Fixed by the order itself, so a move done twice (a worker killed between
 * the archive's write and the orders') writes each order into the same chunk again: never twice.
 */
export function archiveChunkId(createdAt: number): string {
  const at = Number.isFinite(createdAt) ? createdAt : 0;
  return new Date(Math.floor(at / WEEK_MS) * WEEK_MS).toISOString().slice(0, 10);
}

/** Finished, with no refill to follow: nothing the poll cycle would ask the panel about. */
export const isArchivable = (order: TrackedOrder): boolean => isOrderFinished(order.status) && activeRefills(order).length === 0;

/** Newest first; the key breaks ties, so the split never depends on an object's order. */
const newestFirst = (a: TrackedOrder, b: TrackedOrder) => b.createdAt - a.createdAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The orders to move to the archive, by chunk, and what `local:orders` keeps; null when no
 * move is due (at most `moveAbove` archivable orders kept). The newest `keep` archivable
 * orders stay.
 */
export function planArchiveMove(orders: OrdersById, keep = KEEP_FINISHED, moveAbove = MOVE_ABOVE): { kept: OrdersById; chunks: Map<string, TrackedOrder[]> } | null {
  const archivable: TrackedOrder[] = [];
  for (const order of Object.values(orders)) if (isArchivable(order)) archivable.push(order);
  if (archivable.length <= moveAbove) return null;
  archivable.sort(newestFirst);
  const kept = { ...orders };
  const chunks = new Map<string, TrackedOrder[]>();
  for (const order of archivable.slice(keep)) {
    delete kept[order.key];
    const id = archiveChunkId(order.createdAt);
    chunks.set(id, [...(chunks.get(id) ?? []), order]);
  }
  return { kept, chunks };
}

/**
 * Every order, from `local:orders` and the archive's chunks. An order in both (a move cut off
 * between its two writes, or one brought back for a refill) counts once: the copy in
 * `local:orders` wins, it is the one the background keeps up to date.
 */
export function mergeOrderParts(recent: OrdersById, archived: readonly OrdersById[]): OrdersById {
  if (archived.length === 0) return recent;
  return Object.assign({}, ...archived, recent) as OrdersById;
}
