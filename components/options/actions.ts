import type { PanelError } from '@/utils/panel-api/errors';
import type { Result } from '@/utils/panel-api/types';
import type { BalanceSnapshot, KeyLockStatus, PanelProfile } from '@/utils/panels/types';
import type { Settings } from '@/utils/settings';
import type { AutoRefillActions } from './AutoRefillSettings';

/** What the options page asks of the browser and the background (wired in entrypoints/options/main.tsx). */
export interface OptionsActions {
  savePanel: (editing: PanelProfile | null, values: PanelFormValues) => Promise<SaveOutcome>;
  /** The reason it was not removed (PanelPilot is locked), or null. */
  removePanel: (panel: PanelProfile) => Promise<string | null>;
  makeDefault: (panel: PanelProfile) => Promise<void>;
  saveSettings: (settings: Settings) => Promise<void>;
  /** Saves the language and shows the page in it. */
  saveLanguage: (language: Settings['language']) => Promise<void>;
  keyLock: KeyLockActions;
  dismissStorageNotices: () => Promise<void>;
  autoRefill: AutoRefillActions;
}

export interface KeyLockActions {
  enable: (passphrase: string) => Promise<Result<KeyLockStatus>>;
  unlock: (passphrase: string) => Promise<Result<KeyLockStatus>>;
  lock: () => Promise<KeyLockStatus>;
  disable: (passphrase: string) => Promise<Result<KeyLockStatus>>;
  forget: () => Promise<KeyLockStatus>;
}

export interface PanelFormValues {
  name: string;
  apiUrl: string;
  apiKey: string;
  lowBalanceThreshold: string;
}

/** Saving a panel: connected (its balance), refused by the panel, or the origin permission refused. */
export type SaveOutcome = { ok: true; balance: BalanceSnapshot } | { ok: false; error: PanelError } | { ok: false; denied: true; origin: string };
