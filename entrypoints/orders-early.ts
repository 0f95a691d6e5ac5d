/**
 * orders.html's first script: a tiny classic script in the head, run as soon as it arrives,
 * while the page's module graph is still being fetched and compiled. It starts the page's
 * storage reads — the app-store items and `local:orders`, the part of the orders painted
 * first — whose answers the page takes instead of asking again (utils/ui/early-read.ts).
 * Raw extension API only: nothing heavy is imported here.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '@/utils/ui/early-read';
import { ORDERS_PAGE_EARLY_KEYS } from '@/utils/ui/orders-early-keys';

export default defineUnlistedScript(() => startEarlyRead(ORDERS_PAGE_EARLY_KEYS));
