/** User settings: one object, declared in utils/storage.ts. */

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

/** Chrome will not fire alarms more often than every 30 s (packed), Firefox every minute. */
export function minPollIntervalSec(browserName: 'chrome' | 'firefox'): number {
  return browserName === 'firefox' ? 60 : 30;
}
