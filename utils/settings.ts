/** User settings: one object, declared in utils/storage.ts and defined once here. */
import { LOCALES, type Locale } from './i18n/locales';
import { bool, object, oneOf, positive, withDefault } from './schema/fields';
import { readStored, type Checked } from './schema/read';
import { AUTO_REFILL_KNOBS, DEFAULT_AUTO_REFILL_KNOBS, clampAutoRefillKnobs, type AutoRefillKnobs } from './orders/auto-refill-knobs';

export interface NotifySettings {
  completed: boolean;
  partial: boolean;
  canceled: boolean; // canceled or refunded
  failed: boolean;
  refill: boolean; // refill completed or rejected
  lowBalance: boolean;
  /** An auto-refill rejected, or auto-refill stopped on a panel (completed ones are not notified). */
  autoRefill: boolean;
  /** Rates, limits or terms of services the user orders changed, or they were removed (one per refresh and panel). */
  catalogChanges: boolean;
}

export interface Settings {
  /** Seconds between status polls. */
  pollIntervalSec: number;
  notify: NotifySettings;
  /** How long a cached service catalog is used before it is refreshed. */
  catalogTtlHours: number;
  /** The language of pages, notifications and menus: the browser's ('auto') or one chosen here. */
  language: 'auto' | Locale;
  /** "Auto-refill while the guarantee lasts" and the window reminder (utils/orders/auto-refill-knobs.ts). */
  autoRefill: AutoRefillKnobs;
}

export const DEFAULT_SETTINGS: Settings = {
  pollIntervalSec: 120,
  notify: { completed: true, partial: true, canceled: true, failed: true, refill: true, lowBalance: true, autoRefill: true, catalogChanges: true },
  catalogTtlHours: 24,
  language: 'auto',
  autoRefill: DEFAULT_AUTO_REFILL_KNOBS,
};

const NOTIFY = object<NotifySettings>({
  completed: bool(true),
  partial: bool(true),
  canceled: bool(true),
  failed: bool(true),
  refill: bool(true),
  lowBalance: bool(true),
  autoRefill: bool(true),
  catalogChanges: bool(true),
});

export const SETTINGS = object<Settings>({
  pollIntervalSec: positive(DEFAULT_SETTINGS.pollIntervalSec, true),
  notify: withDefault(NOTIFY, DEFAULT_SETTINGS.notify),
  catalogTtlHours: positive(DEFAULT_SETTINGS.catalogTtlHours, false),
  language: oneOf<'auto' | Locale>(['auto', ...LOCALES], 'auto'),
  autoRefill: withDefault(AUTO_REFILL_KNOBS, DEFAULT_AUTO_REFILL_KNOBS),
});

export const checkSettings = (raw: unknown): Checked<Settings> => readStored(SETTINGS, raw, DEFAULT_SETTINGS);

/** Chrome will not fire alarms more often than every 30 s (packed), Firefox every minute. */
export function minPollIntervalSec(browserName: 'chrome' | 'firefox'): number {
  return browserName === 'firefox' ? 60 : 30;
}

/** This build's browser's minimum. */
export const browserMinPollIntervalSec = (): number => minPollIntervalSec(import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome');

/** The slowest check offered: once a day. */
export const MAX_POLL_INTERVAL_SEC = 24 * 3600;
/** A cached service list is used between one hour and 30 days. */
export const CATALOG_TTL_HOURS = { min: 1, max: 30 * 24 } as const;

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** The poll interval as the settings allow it: whole seconds, from the browser's minimum to a day. */
export const clampPollInterval = (seconds: number, minInterval: number): number => clamp(Math.round(seconds), minInterval, MAX_POLL_INTERVAL_SEC);

/**
 * THE settings rule, for the settings form and for restore: whatever a form or a backup file
 * says, what is stored is within these bounds (the background applies it to every write).
 */
export function clampSettings(settings: Settings, minInterval: number): Settings {
  return {
    ...settings,
    pollIntervalSec: clampPollInterval(settings.pollIntervalSec, minInterval),
    catalogTtlHours: clamp(settings.catalogTtlHours, CATALOG_TTL_HOURS.min, CATALOG_TTL_HOURS.max),
    autoRefill: clampAutoRefillKnobs(settings.autoRefill),
  };
}
