/**
 * popup.html's first script: a tiny classic script in the head, run as soon as it arrives,
 * before the popup's own script (popup-app.js, ~85 KB) has arrived and been compiled. It
 * starts the popup's storage read (utils/ui/early-read.ts), whose answer the popup takes
 * instead of asking again. Raw extension API only: nothing heavy is imported here.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '@/utils/ui/early-read';
import { POPUP_EARLY_KEYS } from '@/utils/ui/popup-early-keys';

export default defineUnlistedScript(() => startEarlyRead(POPUP_EARLY_KEYS));
