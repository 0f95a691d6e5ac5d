import type { Result } from '@/utils/panel-api/types';
import type { KeyLockStatus } from '@/utils/panels/types';

/** What the popup asks of the browser and the background (wired in entrypoints/popup-app.tsx). */
export interface PopupActions {
  /** Every panel's balance when no id is given. */
  refreshBalance: (panelId?: string) => void;
  checkNow: () => Promise<string>;
  newOrder: (panelId: string | null) => void;
  openOrders: (key?: string) => void;
  openSettings: (demo?: boolean) => void;
  /** Whether the local demo panel answers; asked only on a first run. */
  probeDemoPanel: () => Promise<boolean>;
  unlock: (passphrase: string) => Promise<Result<KeyLockStatus>>;
  /** Asked after first paint: the cached view must not wait for the worker to wake. */
  keyLockStatus: () => Promise<KeyLockStatus>;
}
