/**
 * The background only wires: every listener is registered synchronously, before any await,
 * because the browser may start it just to deliver one alarm or message and stop it seconds
 * later (Chrome: a service worker; Firefox: an event page, unloaded when idle). All state
 * lives in storage (utils/storage.ts); nothing here survives.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '@/utils/messaging';
import { panelHandlers } from '@/utils/background/panels';
import { catalogHandlers } from '@/utils/background/catalog';
import { registerCatalogAlarm } from '@/utils/background/catalog-alarm';
import { pinnedServiceHandlers } from '@/utils/background/pinned-services';
import { placeOrderHandlers, recoverInterruptedAdds } from '@/utils/background/place-order';
import { duplicateHandlers } from '@/utils/background/duplicates';
import { orderActionHandlers } from '@/utils/background/order-actions';
import { backupHandlers } from '@/utils/background/backup';
import { createMenus, registerContextMenus } from '@/utils/background/context-menus';
import { dropOrphanKeys, keyVaultHandlers } from '@/utils/background/key-vault';
import { detached, optionalFeature } from '@/utils/background/detached';
import { restrictStorageToExtension } from '@/utils/background/storage-access';
import { registerTracker, trackerHandlers } from '@/utils/background/tracker/wiring';
import { registerLiveOrders } from '@/utils/background/live-orders';
import { registerOrdersArchive } from '@/utils/background/orders-archive';
import { settingsHandlers } from '@/utils/background/settings';
import { registerStorageRepairs, storageRepairHandlers } from '@/utils/background/storage-repair';
import { refreshBadge } from '@/utils/background/tracker/poll-cycle';
import { watchLanguage } from '@/utils/i18n/worker-language';
import { registerE2eBridge } from '@/utils/background/e2e-bridge';
import { autoRefillHandlers, registerAutoRefill } from '@/utils/background/auto-refill-alarm';

export default defineBackground({
  // Firefox (MV2): an event page, like Chrome's worker. Firefox keeps context-menu items across
  // browser restarts only for event pages; a persistent page would have to create them at
  // every start (they are created once, on install). tests/e2e-firefox/restart.spec.ts.
  persistent: false,
  main: () => {
    handleMessages({
      ...panelHandlers,
      ...catalogHandlers,
      ...pinnedServiceHandlers,
      ...placeOrderHandlers,
      ...duplicateHandlers,
      ...orderActionHandlers,
      ...backupHandlers,
      ...trackerHandlers,
      ...keyVaultHandlers,
      ...storageRepairHandlers,
      ...settingsHandlers,
      ...autoRefillHandlers,
    });
    registerStorageRepairs();
    registerTracker();
    registerAutoRefill();
    registerCatalogAlarm();
    registerLiveOrders();
    registerOrdersArchive();
    optionalFeature('the context menu', registerContextMenus); // i18n-exempt: a log label (console only)
    // A language chosen in Settings: the texts the worker already wrote are written again.
    watchLanguage(() => {
      detached('creating the context menus', createMenus());
      detached('the badge', refreshBadge());
    });
    // Test builds only (wxt --mode e2e): how the Firefox suite reaches extension pages.
    if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) registerE2eBridge();
    detached('restricting storage to the extension', restrictStorageToExtension());
    // Listeners first (above); then what the previous worker left half done.
    detached('recovering interrupted orders', recoverInterruptedAdds());
    detached('dropping the keys of removed panels', dropOrphanKeys());
  },
});
