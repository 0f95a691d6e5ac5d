/** When each panel's catalog was last asked for and stored (utils/catalog/refresh-plan.ts reads it). */
import type { CatalogTimes } from '../catalog/refresh-plan';
import { CATALOG_TIMES } from '../catalog/schema';
import { own } from '../own';
import { storable } from '../schema/read';
import { catalogItem, catalogTimesItem } from '../storage';
import { withLock } from './lock';

export function noteCatalogTimes(panelId: string, patch: Partial<CatalogTimes>): Promise<void> {
  return withLock('catalogTimes', async () => {
    const times = await catalogTimesItem.getValue();
    const entry = { askedAt: 0, fetchedAt: null, ...own(times, panelId), ...patch };
    await catalogTimesItem.setValue(storable(CATALOG_TIMES, { ...times, [panelId]: entry }));
  });
}

/**
 * The times of these panels; a panel whose catalog was stored before these times were kept
 * has its catalog read once for its time (then written here, never read for it again).
 */
export async function catalogTimesOf(panelIds: readonly string[]): Promise<Map<string, CatalogTimes>> {
  const times = await catalogTimesItem.getValue();
  const result = new Map<string, CatalogTimes>();
  for (const id of panelIds) {
    let entry = own(times, id);
    if (!entry) {
      const cached = await catalogItem(id).getValue();
      entry = { askedAt: 0, fetchedAt: cached?.fetchedAt ?? null };
      if (cached) await noteCatalogTimes(id, entry);
    }
    result.set(id, entry);
  }
  return result;
}
