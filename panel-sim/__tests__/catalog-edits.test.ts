// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffCatalogs } from '../../utils/catalog/catalog-diff';
import { createPanelClient } from '../../utils/panel-api/client';
import type { Service } from '../../utils/panel-api/types';
import { askFailure, refillLimitFromText } from '../../utils/background/tracker/auto-refill-outcomes';
import { controlClient } from '../control';
import { startPanelSim, type PanelSim } from '../server';

const SERVICES = [
  { service: 1, name: 'Instagram Followers [R30]', type: 'Default', category: 'Instagram Followers', rate: '0.90', min: '50', max: '10000', refill: true, cancel: true },
  { service: 2, name: 'Instagram Likes [R30]', type: 'Default', category: 'Instagram Likes', rate: '0.1234567', min: '10', max: '5000', refill: true, cancel: true },
  { service: 3, name: 'TikTok Views', type: 'Default', category: 'TikTok Views', rate: '0.01', min: '100', max: '1000000', refill: false, cancel: false },
];

let sim: PanelSim;
const api = () => createPanelClient({ apiUrl: sim.apiUrl, apiKey: 'demo-key' }, { timeoutMs: 2000, addTimeoutMs: 2000 });
const control = () => controlClient(sim.url);
async function catalog(): Promise<Service[]> {
  const r = await api().services();
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
async function completedOrder(service = '1', link = 'https://instagram.com/someone'): Promise<string> {
  const placed = await api().add(service, { link, quantity: 100 });
  if (!placed.ok) throw new Error(placed.error.message);
  await control().completeAll();
  return placed.value.orderId;
}

beforeEach(async () => {
  sim = await startPanelSim({ port: 0, services: SERVICES, balance: '100', quiet: true });
});
afterEach(async () => {
  await sim.close();
});

describe('catalog edits through the control endpoint', () => {
  it('changes a rate, min and max, the type, the refill flag and the name, as `services` then answers them', async () => {
    const before = await catalog();
    await control().editService('1', { rate: '1.125', min: 100, max: 20_000 });
    await control().editService('2', { refill: false, name: 'Instagram Likes [No Refill]', type: 'Package' });
    const after = await catalog();
    expect(after.find((s) => s.id === '1')).toMatchObject({ rate: '1.125', min: 100, max: 20_000 });
    expect(after.find((s) => s.id === '2')).toMatchObject({ refill: false, name: 'Instagram Likes [No Refill]', type: 'Package' });
    // The diff PanelPilot runs after a refresh sees exactly that.
    const diff = diffCatalogs(before, after, new Set(['1', '2']), {}, 1);
    expect(diff.watched.find((d) => d.serviceId === '1')!.changes).toEqual([
      { kind: 'rate', direction: 'up', from: '0.9', to: '1.125', percent: '25.0' },
      { kind: 'min', from: 50, to: 100 },
      { kind: 'max', from: 10_000, to: 20_000 },
    ]);
    expect(diff.watched.find((d) => d.serviceId === '2')!.changes.map((c) => c.kind)).toEqual(['type', 'refill', 'guarantee']);
    // And a new order is charged at the new rate, within the new limits.
    expect(await api().add('1', { link: 'https://instagram.com/a', quantity: 50 })).toMatchObject({ ok: false, error: { message: 'Quantity less than minimal 100' } });
    expect(await api().add('1', { link: 'https://instagram.com/a', quantity: 1000 })).toMatchObject({ ok: true });
    expect((await control().stats()).balance).toBe('98.87500');
  });

  it('removes and restores a service', async () => {
    expect(await control().removeService('1')).toEqual({ ok: true });
    expect((await catalog()).map((s) => s.id)).toEqual(['2', '3']);
    expect(await control().removedServices()).toEqual(['1']);
    expect(await api().add('1', { link: 'https://instagram.com/a', quantity: 100 })).toMatchObject({ ok: false, error: { message: 'Incorrect service ID' } });
    expect(await control().restoreService('1')).toEqual({ ok: true });
    expect((await catalog()).find((s) => s.id === '1')).toMatchObject({ rate: '0.9', min: 50 });
    expect(await control().restoreService('1')).toEqual({ ok: false });
    expect(await control().removeService('404')).toEqual({ ok: false });
  });

  it('an unusable edit is refused and changes nothing', async () => {
    const r = await fetch(`${sim.url}/__control/services/1`, { method: 'POST', body: JSON.stringify({ rate: 'lots' }) });
    expect(await r.json()).toEqual({ error: 'Incorrect request' });
    expect((await catalog()).find((s) => s.id === '1')!.rate).toBe('0.9');
  });
});

describe('refills the panel refuses', () => {
  it('refuses the refill request itself (every service, or one), as auto-refill counts a rejection', async () => {
    const first = await completedOrder('1');
    await control().rejectRefills({ mode: 'ask', service: '1' });
    const refused = await api().refill(first);
    expect(refused).toMatchObject({ ok: false, error: { message: 'Refill is disabled for this service' } });
    expect(!refused.ok && askFailure(refused.error)).toBe('rejected');
    const other = await completedOrder('2', 'https://instagram.com/p/1');
    expect(await api().refill(other)).toMatchObject({ ok: true });
    await control().clearRefillRules();
    expect(await api().refill(first)).toMatchObject({ ok: true });
  });

  it('accepts the refill, which then ends Rejected', async () => {
    const id = await completedOrder('1');
    await control().rejectRefills({ mode: 'status' });
    const asked = await api().refill(id);
    if (!asked.ok) throw new Error(asked.error.message);
    await control().advance(120_000);
    expect(await api().refillStatus(asked.value.refillId!)).toEqual({ ok: true, value: { status: 'rejected', statusText: 'Rejected' } });
  });

  it('a cooldown between refills of one order, stated in words auto-refill reads as the panel’s limit', async () => {
    const id = await completedOrder('1');
    await control().setRefillCooldown(24 * 3_600_000);
    expect(await api().refill(id)).toMatchObject({ ok: true });
    const again = await api().refill(id);
    expect(again).toMatchObject({ ok: false, error: { message: 'You can request a refill once every 24 hours' } });
    expect(!again.ok && refillLimitFromText(again.error.message)).toBe(24 * 3_600_000);
    await control().advance(24 * 3_600_000);
    expect(await api().refill(id)).toMatchObject({ ok: true });
  });
});
