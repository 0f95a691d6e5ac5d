import type { Money } from '../money';
import type { PanelError } from '../panel-api/errors';

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

export interface BalanceSnapshot {
  balance: Money;
  currency: string;
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
