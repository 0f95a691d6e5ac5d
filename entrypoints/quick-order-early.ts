/**
 * quick-order.html's first script: a tiny classic script in the head, run as soon as it
 * arrives, while the page's own script (quick-order-app.js, ~150 KB) is still being fetched
 * and compiled. It starts the page's storage reads — the app-store items and the catalog — so that
 * their answers are on their way when the page's code asks for them (utils/ui/early-read.ts,
 * utils/ui/early-catalog.ts). Raw extension API only: nothing heavy is imported here.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyCatalogRead } from '@/utils/ui/early-catalog';
import { startEarlyRead } from '@/utils/ui/early-read';
import { QUICK_ORDER_EARLY_KEYS } from '@/utils/ui/quick-order-early-keys';

export default defineUnlistedScript(() => {
  startEarlyCatalogRead(location.search);
  startEarlyRead(QUICK_ORDER_EARLY_KEYS);
});
