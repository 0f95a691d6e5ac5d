/**
 * The shape check of every important stored item (see "Versions, migrations and bad blobs" in
 * storage.ts), each read through its type's one definition:
 * - a field that is MISSING gets its default: the blob is from an older version that did not
 *   have it yet (that is the migration, done on every read, nothing lost);
 * - a field or entry that is there but UNUSABLE (wrong type, not money, no id) is dropped or
 *   reset, and `lost` says so: the background keeps a backup of the raw value and tells the user.
 * The definitions: utils/orders/schema.ts, utils/panels/schema.ts, utils/tracker-state/schema.ts,
 * utils/settings.ts, utils/tracker-state/auto-refill-state.ts, utils/orders/auto-refill-knobs.ts,
 * utils/catalog/schema.ts; the field kinds and readers: utils/schema/.
 */
export type { Checked } from './schema/read';
export { checkOrders, checkPopupView, checkRecentServices, checkUnconfirmed } from './orders/schema';
export { checkBalances, checkPanels, checkSecrets } from './panels/schema';
export { checkSettings } from './settings';
export { EMPTY_TRACKER_STATE, checkTrackerState } from './tracker-state/schema';
export { checkAutoRefillState } from './tracker-state/auto-refill-state';
export { checkAutoRefillChoices } from './orders/auto-refill-knobs';
export { checkCatalogTimes, checkCatalogRemoved, checkChangeLog, checkPinnedServices } from './catalog/schema';
