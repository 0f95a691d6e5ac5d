/**
 * The service worker only wires: every listener is registered synchronously, before any
 * await, because Chrome may start this worker just to deliver one alarm or message and kill
 * it seconds later. All state lives in storage (utils/storage.ts); nothing here survives.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '@/utils/messaging';
import { panelHandlers } from '@/utils/background/panels';
import { catalogHandlers } from '@/utils/background/catalog';
import { placeOrderHandlers, recoverInterruptedAdds } from '@/utils/background/place-order';
import { duplicateHandlers } from '@/utils/background/duplicates';
import { orderActionHandlers } from '@/utils/background/order-actions';
import { backupHandlers } from '@/utils/background/backup';
import { registerContextMenus } from '@/utils/background/context-menus';
import { dropOrphanKeys, keyVaultHandlers } from '@/utils/background/key-vault';
import { detached, optionalFeature } from '@/utils/background/detached';
import { restrictStorageToExtension } from '@/utils/background/storage-access';
import { registerTracker, trackerHandlers } from '@/utils/tracker';
import { registerLiveOrders } from '@/utils/background/live-orders';
import { settingsHandlers } from '@/utils/background/settings';
import { registerStorageRepairs, storageRepairHandlers } from '@/utils/background/storage-repair';

export default defineBackground(() => {
  handleMessages({
    ...panelHandlers,
    ...catalogHandlers,
    ...placeOrderHandlers,
    ...duplicateHandlers,
    ...orderActionHandlers,
    ...backupHandlers,
    ...trackerHandlers,
    ...keyVaultHandlers,
    ...storageRepairHandlers,
    ...settingsHandlers,
  });
  registerStorageRepairs();
  registerTracker();
  registerLiveOrders();
  optionalFeature('the context menu', registerContextMenus);
  detached('restricting storage to the extension', restrictStorageToExtension());
  // Listeners first (above); then what the previous worker left half done.
  detached('recovering interrupted orders', recoverInterruptedAdds());
  detached('dropping the keys of removed panels', dropOrphanKeys());
});
