import { describe, expect, it } from 'vitest';
import { checkSettings, clampSettings, DEFAULT_SETTINGS } from '../../settings';
import { checkAutoRefillState } from '../../tracker-state/auto-refill-state';
import { EMPTY_AUTO_REFILL_STATE } from '../../tracker-state/auto-refill-state';
import { autoRefillChoice } from '../auto-refill-settings';
import { autoRefillSettings, checkAutoRefillChoices, clampAutoRefillKnobs, DEFAULT_AUTO_REFILL_KNOBS, EMPTY_AUTO_REFILL_CHOICES, withChoice } from '../auto-refill-knobs';

describe('auto-refill knobs in the settings', () => {
  it('settings stored before auto-refill existed load with its defaults, nothing lost', () => {
    const read = checkSettings({ pollIntervalSec: 300, notify: { completed: false }, catalogTtlHours: 24 });
    expect(read.lost).toBe(false);
    expect(read.value.autoRefill).toEqual(DEFAULT_AUTO_REFILL_KNOBS);
    expect(read.value.notify.autoRefill).toBe(true);
  });

  it('the settings rule keeps every knob within its bounds: never under a day between asks (product build)', () => {
    const wild = { ...DEFAULT_SETTINGS, autoRefill: { intervalHours: 0.5, dailyCapPerPanel: 0.2, stopAfterRejections: 999, remindBeforeClose: true, remindDaysBefore: 3.6 } };
    expect(clampSettings(wild, 30).autoRefill).toEqual({ intervalHours: 24, dailyCapPerPanel: 1, stopAfterRejections: 50, remindBeforeClose: true, remindDaysBefore: 4 });
    expect(clampAutoRefillKnobs(DEFAULT_AUTO_REFILL_KNOBS)).toEqual(DEFAULT_AUTO_REFILL_KNOBS);
  });
});

describe('auto-refill choices', () => {
  it('one choice set, changed and removed (null: the broader choice applies again); no change gives the same object', () => {
    const on = withChoice(EMPTY_AUTO_REFILL_CHOICES, 'panels', 'p', true);
    expect(on.panels).toEqual({ p: true });
    expect(withChoice(on, 'panels', 'p', true)).toBe(on);
    const orderOff = withChoice(on, 'orders', 'p:1', false);
    const settings = autoRefillSettings(DEFAULT_AUTO_REFILL_KNOBS, orderOff);
    expect(autoRefillChoice(settings, { key: 'p:1', panelId: 'p', service: null })).toEqual({ on: false, by: 'order' });
    expect(autoRefillChoice(settings, { key: 'p:2', panelId: 'p', service: null })).toEqual({ on: true, by: 'panel' });
    expect(withChoice(orderOff, 'orders', 'p:1', null).orders).toEqual({});
  });

  it('ids that are names of object properties stay ordinary keys', () => {
    const choices = withChoice(EMPTY_AUTO_REFILL_CHOICES, 'panels', '__proto__', true);
    expect(Object.hasOwn(choices.panels, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(choices.panels)).toBe(Object.prototype);
    expect(checkAutoRefillChoices(JSON.parse('{"panels":{"__proto__":true,"constructor":false},"services":{},"orders":{}}')).value.panels).toEqual(
      Object.fromEntries([['__proto__', true], ['constructor', false]]),
    );
  });

  it('unusable stored values are dropped and reported lost; missing ones are the empty state', () => {
    expect(checkAutoRefillChoices({ panels: { a: 'yes', b: true } }).value).toEqual({ panels: { b: true }, services: {}, orders: {} });
    expect(checkAutoRefillChoices({ panels: { a: 'yes' } }).lost).toBe(true);
    expect(checkAutoRefillState(undefined)).toEqual({ value: EMPTY_AUTO_REFILL_STATE, lost: false });
    const state = { lastAsk: { 'p:1': 5 }, autoRefills: ['p:1|501'], panels: { p: { asks: [5], rejectedInRow: 1, lastRejection: 'no', stopped: null, limitMs: null } }, reminded: [] };
    expect(checkAutoRefillState(state)).toEqual({ value: state, lost: false });
    expect(checkAutoRefillState({ ...state, panels: { p: { asks: 'x' } } }).lost).toBe(true);
  });
});
