/** User settings: one object, declared in utils/storage.ts and defined once here. */
import { bool, object, positive, withDefault } from './schema/fields';
import { readStored, type Checked } from './schema/read';

export interface NotifySettings {
  completed: boolean;
  partial: boolean;
  canceled: boolean; // canceled or refunded
  failed: boolean;
  refill: boolean; // refill completed or rejected
  lowBalance: boolean;
}

export interface Settings {
  /** Seconds between status polls. */
  pollIntervalSec: number;
  notify: NotifySettings;
  /** How long a cached service catalog is used before it is refreshed. */
  catalogTtlHours: number;
}

export const DEFAULT_SETTINGS: Settings = {
  pollIntervalSec: 120,
  notify: { completed: true, partial: true, canceled: true, failed: true, refill: true, lowBalance: true },
  catalogTtlHours: 24,
};

const NOTIFY = object<NotifySettings>({
  completed: bool(true),
  partial: bool(true),
  canceled: bool(true),
  failed: bool(true),
  refill: bool(true),
  lowBalance: bool(true),
});

export const SETTINGS = object<Settings>({
  pollIntervalSec: positive(DEFAULT_SETTINGS.pollIntervalSec, true),
  notify: withDefault(NOTIFY, DEFAULT_SETTINGS.notify),
  catalogTtlHours: positive(DEFAULT_SETTINGS.catalogTtlHours, false),
});

export const checkSettings = (raw: unknown): Checked<Settings> => readStored(SETTINGS, raw, DEFAULT_SETTINGS);

/** Chrome will not fire alarms more often than every 30 s (packed), Firefox every minute. */
export function minPollIntervalSec(browserName: 'chrome' | 'firefox'): number {
  return browserName === 'firefox' ? 60 : 30;
}
