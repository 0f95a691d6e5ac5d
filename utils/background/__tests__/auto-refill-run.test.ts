import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPanelClient } from '../../panel-api/client';
import type { TrackedOrder } from '../../orders/types';
import { DEFAULT_SETTINGS } from '../../settings';
import { autoRefillChoicesItem, autoRefillItem, ordersItem, panelsItem, settingsItem, trackerStateItem } from '../../storage';
import { EMPTY_AUTO_REFILL_STATE } from '../../tracker-state/auto-refill-state';
import { order } from '../../../testing/orders';
import { runAutoRefill, type AutoRefillDeps } from '../auto-refill-run';
import { AUTO_REFILL_ALARM, autoRefillHandlers, registerAutoRefill } from '../auto-refill-alarm';

const H = 3_600_000;
const DONE_AT = 1_000 * H;
const R30 = { id: '7', name: 'Instagram Followers [R30]', type: 'Default', category: 'Instagram', rate: '0.9', refill: true, cancel: false };

/** Completed at DONE_AT (seen pending first), on a 30-day refill service. */
const completed = (id: string, patch: Partial<TrackedOrder> = {}): TrackedOrder =>
  order('a', id, {
    service: R30,
    status: 'completed',
    statusText: 'Completed',
    history: [
      { at: DONE_AT - H, status: 'pending', statusText: 'Pending' },
      { at: DONE_AT, status: 'completed', statusText: 'Completed' },
    ],
    ...patch,
  });

/** A panel answering the batched `refill` action with `answer(orderId)`; records each call's ids and the auto-refill state at that moment. */
function refillPanel(answer: (orderId: string) => unknown) {
  const calls: { ids: string[]; stateAtSend: unknown }[] = [];
  const client = createPanelClient(
    { apiUrl: 'https://a.example/api/v2', apiKey: 'k' },
    {
      fetch: async (_url, init) => {
        const form = new URLSearchParams(String(init.body));
        expect(form.get('action')).toBe('refill');
        const ids = form.get('orders')!.split(',');
        calls.push({ ids, stateAtSend: await autoRefillItem.getValue() });
        return new Response(JSON.stringify(ids.map((id) => ({ order: Number(id), refill: answer(id) }))));
      },
    },
  );
  const panel = { id: 'a', name: 'Panel A', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 };
  return { panel, client, calls };
}

describe('an auto-refill run', () => {
  let panel: ReturnType<typeof refillPanel>;
  let deps: AutoRefillDeps;
  let now: number;
  let nextId: number;

  beforeEach(async () => {
    fakeBrowser.reset();
    now = DONE_AT + 25 * H;
    nextId = 501;
    panel = refillPanel(() => nextId++);
    deps = { openPanels: async () => [panel], now: () => now, notifyAutoRefill: vi.fn(async () => undefined), notifyReminders: vi.fn(async () => undefined) };
    await panelsItem.setValue([panel.panel]);
    await ordersItem.setValue({ 'a:1': completed('1'), 'a:2': completed('2', { service: { ...R30, id: '8', name: 'Instagram Followers [No Refill]' } }) });
  });

  it('is off by default: nothing is asked and nothing written', async () => {
    const writes = vi.fn();
    fakeBrowser.storage.local.onChanged.addListener(writes);
    expect(await runAutoRefill(deps)).toEqual({ asked: 0, accepted: 0, reminded: 0 });
    expect(panel.calls).toEqual([]);
    expect(writes).not.toHaveBeenCalled();
  });

  it('on for the panel: one ask per interval for the order in its window (not the refill-less one), written before it is sent, recorded on the order', async () => {
    await autoRefillChoicesItem.setValue({ panels: { a: true }, services: {}, orders: {} });
    expect(await runAutoRefill(deps)).toEqual({ asked: 1, accepted: 1, reminded: 0 });
    expect(panel.calls.map((c) => c.ids)).toEqual([['1']]);
    expect((panel.calls[0]!.stateAtSend as typeof EMPTY_AUTO_REFILL_STATE).lastAsk).toEqual({ 'a:1': now });
    const state = await autoRefillItem.getValue();
    expect(state.autoRefills).toEqual(['a:1|501']);
    expect(state.panels.a!.asks).toEqual([now]);
    const refills = (await ordersItem.getValue())['a:1']!.refills;
    expect(refills).toEqual([{ refillId: '501', requestedAt: now, status: 'pending', statusText: 'Requested', lastCheckedAt: null, missing: false }]);

    // The refill ends; within the next 24 hours nothing more is asked, after them once more.
    await ordersItem.setValue({ 'a:1': { ...(await ordersItem.getValue())['a:1']!, refills: [{ ...refills[0]!, status: 'completed', statusText: 'Completed' }] } });
    now += 23 * H;
    expect((await runAutoRefill(deps)).asked).toBe(0);
    now += 2 * H;
    expect((await runAutoRefill(deps)).asked).toBe(1);
    expect(panel.calls.map((c) => c.ids)).toEqual([['1'], ['1']]);
  });

  it('never for a panel paused for a refused key, nor past the window', async () => {
    await autoRefillChoicesItem.setValue({ panels: { a: true }, services: {}, orders: {} });
    await trackerStateItem.setValue({ panels: { a: { failures: 1, nextAttemptAt: null, lastError: null, pausedForAuth: true, lastSuccessAt: null } }, notified: [], lowBalanceNotified: {}, lastCycleAt: null });
    expect((await runAutoRefill(deps)).asked).toBe(0);
    await trackerStateItem.setValue({ panels: {}, notified: [], lowBalanceNotified: {}, lastCycleAt: null });
    now = DONE_AT + 31 * 24 * H;
    expect((await runAutoRefill(deps)).asked).toBe(0);
    expect(panel.calls).toEqual([]);
  });

  it('a refill accepted without an id is recorded as requested and the interval still holds', async () => {
    panel = refillPanel(() => undefined);
    const client = createPanelClient({ apiUrl: 'https://a.example/api/v2', apiKey: 'k' }, { fetch: async () => new Response(JSON.stringify({ status: 'Success' })) });
    deps.openPanels = async () => [{ panel: panel.panel, client }];
    await autoRefillChoicesItem.setValue({ panels: {}, services: { 'a:7': true }, orders: {} });
    const first = await runAutoRefill(deps);
    expect(first.asked).toBe(1);
    const refills = (await ordersItem.getValue())['a:1']!.refills;
    expect(refills.map((r) => [r.refillId, r.statusText])).toEqual([[null, 'Requested (no id given by the panel)']]);
    expect((await autoRefillItem.getValue()).autoRefills).toEqual([]);
    now += H;
    expect((await runAutoRefill(deps)).asked).toBe(0);
  });

  it('a refusal of the whole call (not of each order) counts once, however many orders it carried', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoRefill: { ...DEFAULT_SETTINGS.autoRefill, stopAfterRejections: 3 } });
    await autoRefillChoicesItem.setValue({ panels: { a: true }, services: {}, orders: {} });
    const refusing = createPanelClient({ apiUrl: 'https://a.example/api/v2', apiKey: 'k' }, { fetch: async () => new Response(JSON.stringify({ error: 'Refill is not available' })) });
    deps.openPanels = async () => [{ panel: panel.panel, client: refusing }];
    await ordersItem.setValue({ 'a:1': completed('1'), 'a:3': completed('3'), 'a:4': completed('4'), 'a:5': completed('5') });
    expect((await runAutoRefill(deps)).asked).toBe(4);
    const state = await autoRefillItem.getValue();
    expect(state.panels.a).toMatchObject({ rejectedInRow: 1, lastRejection: 'Refill is not available', stopped: null });
    expect(deps.notifyAutoRefill).not.toHaveBeenCalled();
  });

  it('stops a panel after refusals in a row, says why once; Resume starts over', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoRefill: { ...DEFAULT_SETTINGS.autoRefill, stopAfterRejections: 2 } });
    await autoRefillChoicesItem.setValue({ panels: { a: true }, services: {}, orders: {} });
    const disabled = createPanelClient(
      { apiUrl: 'https://a.example/api/v2', apiKey: 'k' },
      { fetch: async (_u, init) => new Response(JSON.stringify(new URLSearchParams(String(init.body)).get('orders')!.split(',').map((id) => ({ order: id, refill: { error: 'Refill is disabled for this service' } })))) },
    );
    deps.openPanels = async () => [{ panel: panel.panel, client: disabled }];
    await ordersItem.setValue({ 'a:1': completed('1'), 'a:3': completed('3') });
    await runAutoRefill(deps);
    const state = await autoRefillItem.getValue();
    expect(state.panels.a!.stopped?.reason).toContain('rejected 2 refills in a row (last: “Refill is disabled for this service”)');
    expect(deps.notifyAutoRefill).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deps.notifyAutoRefill).mock.calls[0]![0]).toEqual([{ kind: 'stopped', panelId: 'a', reason: state.panels.a!.stopped!.reason }]);
    now += 48 * H;
    expect((await runAutoRefill(deps)).asked).toBe(0);
    await autoRefillHandlers['autoRefill.resume']({ panelId: 'a' });
    expect((await autoRefillItem.getValue()).panels.a!.stopped).toBeNull();
    expect((await runAutoRefill(deps)).asked).toBe(2);
  });

  it('reminds once, opt-in, of windows closing for orders that never had a refill', async () => {
    now = DONE_AT + 28 * 24 * H;
    expect((await runAutoRefill(deps)).reminded).toBe(0);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoRefill: { ...DEFAULT_SETTINGS.autoRefill, remindBeforeClose: true } });
    expect((await runAutoRefill(deps)).reminded).toBe(1);
    expect(vi.mocked(deps.notifyReminders).mock.calls[0]![0]).toEqual([{ panelId: 'a', orderKeys: ['a:1'], firstUntil: DONE_AT + 30 * 24 * H }]);
    expect((await autoRefillItem.getValue()).reminded).toEqual(['a:1']);
    expect((await runAutoRefill(deps)).reminded).toBe(0);
  });
});

describe('auto-refill at worker start and its messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('its own hourly alarm is created at start and put back on a browser restart', async () => {
    registerAutoRefill();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(AUTO_REFILL_ALARM))?.periodInMinutes).toBe(60));
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(AUTO_REFILL_ALARM)).toBeDefined());
  });

  it('autoRefill.choose sets, changes and clears one choice; a bad scope changes nothing', async () => {
    const choose = autoRefillHandlers['autoRefill.choose'];
    await choose({ scope: 'orders', id: 'a:1', on: true });
    await choose({ scope: 'panels', id: 'constructor', on: false });
    expect(await autoRefillChoicesItem.getValue()).toEqual({ panels: { constructor: false }, services: {}, orders: { 'a:1': true } });
    await choose({ scope: 'orders', id: 'a:1', on: null });
    await choose({ scope: 'toString' as never, id: 'x', on: true });
    expect(await autoRefillChoicesItem.getValue()).toEqual({ panels: { constructor: false }, services: {}, orders: {} });
  });
});
