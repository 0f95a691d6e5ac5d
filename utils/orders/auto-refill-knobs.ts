/**
 * Auto-refill's stored halves, each defined once: the knobs (inside the settings, saved by the
 * options page) and the user's on/off choices per panel, service and order
 * (`local:autoRefillChoices`, written by the background on `autoRefill.choose`). The worker
 * merges both into the one `AutoRefillSettings` the pure planner reads.
 */
import { bool, object, positive, recordOf } from '../schema/fields';
import { readStored, type Checked } from '../schema/read';
import { DEFAULT_AUTO_REFILL, MIN_AUTO_REFILL_INTERVAL_MS, type AutoRefillSettings } from './auto-refill-settings';
import { HOUR_MS } from './order-times';

export type AutoRefillKnobs = Pick<AutoRefillSettings, 'intervalHours' | 'dailyCapPerPanel' | 'stopAfterRejections' | 'remindBeforeClose' | 'remindDaysBefore'>;
export type AutoRefillChoices = Pick<AutoRefillSettings, 'panels' | 'services' | 'orders'>;
export type AutoRefillScope = keyof AutoRefillChoices;

export const DEFAULT_AUTO_REFILL_KNOBS: AutoRefillKnobs = {
  intervalHours: DEFAULT_AUTO_REFILL.intervalHours,
  dailyCapPerPanel: DEFAULT_AUTO_REFILL.dailyCapPerPanel,
  stopAfterRejections: DEFAULT_AUTO_REFILL.stopAfterRejections,
  remindBeforeClose: DEFAULT_AUTO_REFILL.remindBeforeClose,
  remindDaysBefore: DEFAULT_AUTO_REFILL.remindDaysBefore,
};

export const EMPTY_AUTO_REFILL_CHOICES: AutoRefillChoices = { panels: {}, services: {}, orders: {} };

export const AUTO_REFILL_KNOBS = object<AutoRefillKnobs>({
  intervalHours: positive(DEFAULT_AUTO_REFILL_KNOBS.intervalHours, false),
  dailyCapPerPanel: positive(DEFAULT_AUTO_REFILL_KNOBS.dailyCapPerPanel, true),
  stopAfterRejections: positive(DEFAULT_AUTO_REFILL_KNOBS.stopAfterRejections, true),
  remindBeforeClose: bool(DEFAULT_AUTO_REFILL_KNOBS.remindBeforeClose),
  remindDaysBefore: positive(DEFAULT_AUTO_REFILL_KNOBS.remindDaysBefore, true),
});

export const AUTO_REFILL_CHOICES = object<AutoRefillChoices>({
  panels: recordOf(bool(false)),
  services: recordOf(bool(false)),
  orders: recordOf(bool(false)),
});

export const checkAutoRefillChoices = (raw: unknown): Checked<AutoRefillChoices> => readStored(AUTO_REFILL_CHOICES, raw, EMPTY_AUTO_REFILL_CHOICES);

/**
 * The shortest interval between two asks for one order: a day in the product (panels count
 * refills per day). The e2e build (wxt --mode e2e) allows 15 seconds, so a test sees two
 * intervals without waiting two days.
 */
// `?.`: this module is also loaded by the tests' Node side (seeding settings), which has no import.meta.env.
export const AUTO_REFILL_FLOOR_MS = import.meta.env?.MODE === 'e2e' ? 15_000 : MIN_AUTO_REFILL_INTERVAL_MS;

/** The bounds the settings rule keeps the knobs in (form and restore alike). */
export const AUTO_REFILL_BOUNDS = {
  intervalHours: { min: AUTO_REFILL_FLOOR_MS / HOUR_MS, max: 24 * 90 },
  dailyCapPerPanel: { min: 1, max: 1000 },
  stopAfterRejections: { min: 1, max: 50 },
  remindDaysBefore: { min: 1, max: 30 },
} as const;

const clamp = (n: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, n));

export function clampAutoRefillKnobs(knobs: AutoRefillKnobs): AutoRefillKnobs {
  const b = AUTO_REFILL_BOUNDS;
  return {
    ...knobs,
    intervalHours: clamp(knobs.intervalHours, b.intervalHours),
    dailyCapPerPanel: clamp(Math.round(knobs.dailyCapPerPanel), b.dailyCapPerPanel),
    stopAfterRejections: clamp(Math.round(knobs.stopAfterRejections), b.stopAfterRejections),
    remindDaysBefore: clamp(Math.round(knobs.remindDaysBefore), b.remindDaysBefore),
  };
}

/** What the planner reads: the knobs and the choices as one object. */
export const autoRefillSettings = (knobs: AutoRefillKnobs, choices: AutoRefillChoices): AutoRefillSettings => ({ ...knobs, ...choices });

/** The choices with one changed: `on` null removes it (the broader choice applies again). Same object when nothing changes. */
export function withChoice(choices: AutoRefillChoices, scope: AutoRefillScope, id: string, on: boolean | null): AutoRefillChoices {
  const map = choices[scope];
  const current = Object.hasOwn(map, id) ? map[id] : null;
  if (current === on) return choices;
  // Built from entries: an id like "__proto__" stays an ordinary key.
  const kept = Object.entries(map).filter(([key]) => key !== id);
  return { ...choices, [scope]: Object.fromEntries(on === null ? kept : [...kept, [id, on]]) };
}
