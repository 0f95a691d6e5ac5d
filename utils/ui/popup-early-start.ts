/**
 * Imported FIRST by entrypoints/popup-app.tsx: starts the popup's storage read before the
 * rest of the bundle (Preact, the store, the components) is evaluated. Side effect only.
 */
import { startEarlyRead } from './early-read';
import { POPUP_EARLY_KEYS } from './popup-early-keys';

startEarlyRead(POPUP_EARLY_KEYS);
