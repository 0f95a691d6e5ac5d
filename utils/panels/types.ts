import type { Money } from '../money';
import type { PanelError } from '../panel-api/errors';
import type { Balance } from '../panel-api/types';

/** A panel the user buys from. The API key is NOT here: see `panelSecrets` in utils/storage.ts. */
export interface PanelProfile {
  id: string;
  name: string;
  /** Normalized API URL, e.g. https://panel.example/api/v2. */
  apiUrl: string;
  isDefault: boolean;
  /** Warn (once per drop) when the balance goes under this amount; null = no warning. */
  lowBalanceThreshold: Money | null;
  createdAt: number;
}

/**
 * The panel's last balance answer (see Balance: an unreadable figure or a missing currency
 * stays unknown). `text` is absent in snapshots stored before it was kept.
 */
export interface BalanceSnapshot extends Omit<Balance, 'text'> {
  text?: string;
  fetchedAt: number;
}

/** What the popup shows per panel: the last good balance and the last error, if newer. */
export interface PanelBalanceState {
  last: BalanceSnapshot | null;
  error: { error: PanelError; at: number } | null;
}

/** The optional passphrase lock on API keys, as pages see it (never the keys themselves). */
export interface KeyLockStatus {
  enabled: boolean;
  locked: boolean;
}
