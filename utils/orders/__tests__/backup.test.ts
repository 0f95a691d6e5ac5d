import { describe, expect, it } from 'vitest';
import { order } from '../../../testing/orders';
import { DEFAULT_SETTINGS } from '../../settings';
import type { PanelProfile } from '../../panels/types';
import { buildBackup, mergeBackup, parseBackup, type BackupData } from '../backup';

const panel = (id: string, name: string): PanelProfile => ({ id, name, apiUrl: `https://${id}.example/api/v2`, isDefault: id === 'a', lowBalanceThreshold: '5.5', createdAt: 1 });

function data(): BackupData {
  return {
    panels: [panel('a', 'Alpha')],
    settings: { ...DEFAULT_SETTINGS, pollIntervalSec: 300 },
    orders: { 'a:1': order('a', '1', { charge: '0.1234567', history: [{ at: 5, status: 'pending', statusText: 'Placed' }] }) },
    unconfirmed: [
      {
        id: 'u1', panelId: 'a', serviceId: '3', serviceName: 'Views', link: 'https://t.example/v', quantity: 100, estimatedCharge: '0.05', attemptedAt: 9, reason: 'timeout',
        runs: 4, interval: 15, source: 'mass-order', service: { id: '3', name: 'Views', type: 'Default', category: 'TikTok', rate: '0.5', refill: null, cancel: false },
      },
    ],
    recentServices: { a: ['3', '1'] },
    pinnedServices: { a: ['3'] },
    autoRefillChoices: { panels: { a: true }, services: { 'a:3': false }, orders: { 'a:1': true } },
  };
}

describe('the backup file', () => {
  it('never contains an API key, even one smuggled onto a panel profile', () => {
    const withKey = data();
    (withKey.panels[0] as unknown as Record<string, unknown>).apiKey = 'SECRET-KEY-123';
    const text = JSON.stringify(buildBackup(withKey, Date.UTC(2026, 0, 1)));
    expect(text).not.toContain('SECRET-KEY-123');
    expect(text).not.toMatch(/apiKey|panelSecrets/);
  });

  it('round-trips everything else exactly', () => {
    const original = data();
    const parsed = parseBackup(JSON.stringify(buildBackup(original, 0)));
    expect(parsed).toEqual({ ok: true, exportedAt: '1970-01-01T00:00:00.000Z', data: original });
  });

  it('a backup made before pins and auto-refill restores with none', () => {
    const parsed = parseBackup(JSON.stringify({ format: 'panelpilot-backup', version: 1, data: {} }));
    expect(parsed.ok && [parsed.data.pinnedServices, parsed.data.autoRefillChoices]).toEqual([{}, { panels: {}, services: {}, orders: {} }]);
  });

  it('reads pins and auto-refill choices as storage does: a bad entry is dropped, not guessed', () => {
    const parsed = parseBackup(JSON.stringify({ format: 'panelpilot-backup', version: 1, data: { pinnedServices: { a: ['3', { x: 1 }], b: 'no' }, autoRefillChoices: { panels: { a: 'yes', b: false }, orders: 7 } } }));
    expect(parsed.ok && parsed.data.pinnedServices).toEqual({ a: ['3'] });
    expect(parsed.ok && parsed.data.autoRefillChoices).toEqual({ panels: { b: false }, services: {}, orders: {} });
  });

  it('an unconfirmed attempt from an older backup gains the fields it lacked', () => {
    const old = { id: 'u0', panelId: 'a', serviceId: '3', serviceName: 'Views', link: null, quantity: null, estimatedCharge: null, attemptedAt: 1, reason: 'timeout' };
    const parsed = parseBackup(JSON.stringify({ format: 'panelpilot-backup', version: 1, data: { unconfirmed: [old] } }));
    expect(parsed.ok && parsed.data.unconfirmed).toEqual([{ ...old, runs: null, interval: null, source: 'quick-order', service: null }]);
  });

  it.each([
    ['not JSON', '{oops', /^This file is not valid JSON \(.+\)\. Choose a file made with “Back up \(JSON\)”/],
    ['another JSON file', '{"orders":[]}', /^This is not a PanelPilot backup\./],
    ['a newer format', '{"format":"panelpilot-backup","version":9,"data":{}}', /made by a newer PanelPilot \(format 9\)\. Update PanelPilot/],
    ['a bad status', JSON.stringify({ format: 'panelpilot-backup', version: 1, data: { orders: [{ ...order('a', '7'), status: 'done' }] } }), /Order 1 \(order 7\): “status” must be one of pending, in_progress/],
    ['a float charge', JSON.stringify({ format: 'panelpilot-backup', version: 1, data: { orders: [{ ...order('a', '7'), charge: 0.1 }] } }), /Order 1 \(order 7\): “charge” must be an amount written as text/],
    ['a panel without URL', JSON.stringify({ format: 'panelpilot-backup', version: 1, data: { panels: [{ id: 'x', name: 'X' }] } }), /Panel 1 \(“X”\): “apiUrl” must be a web address starting with http:\/\/ or https:\/\//],
  ])('refuses %s and says what is wrong', (_what, text, message) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(message);
  });

  it('restore merges: nothing stored is lost, the backup wins where both have an item', () => {
    const current: BackupData = { ...data(), panels: [panel('a', 'Alpha old'), panel('b', 'Beta')], orders: { 'a:1': order('a', '1'), 'b:2': order('b', '2') } };
    const backup: BackupData = { ...data(), panels: [{ ...panel('c', 'Gamma'), isDefault: true }] };
    const merged = mergeBackup(current, backup);
    expect(merged.panels.map((p) => [p.name, p.isDefault])).toEqual([['Gamma', true], ['Alpha old', false], ['Beta', false]]);
    expect(Object.keys(merged.orders).sort()).toEqual(['a:1', 'b:2']);
    expect(merged.orders['a:1']!.charge).toBe('0.1234567');
    expect(merged.settings.pollIntervalSec).toBe(300);
  });

  it('restore merges pins and auto-refill choices: stored ones stay, the backup adds its own', () => {
    const current: BackupData = { ...data(), pinnedServices: { a: ['9'], b: ['1'] }, autoRefillChoices: { panels: { a: false, b: true }, services: {}, orders: {} } };
    const merged = mergeBackup(current, data());
    expect(merged.pinnedServices).toEqual({ a: ['9', '3'], b: ['1'] });
    expect(merged.autoRefillChoices).toEqual({ panels: { a: true, b: true }, services: { 'a:3': false }, orders: { 'a:1': true } });
    const many = Array.from({ length: 300 }, (_, i) => String(i));
    expect(mergeBackup(current, { ...data(), pinnedServices: { a: many } }).pinnedServices.a).toHaveLength(200);
  });

  it('restore never rolls back: a stored panel keeps its address, a stored order its newer state', () => {
    const moved = { ...panel('a', 'Alpha'), apiUrl: 'https://new-home.example/api/v2' };
    const newer = order('a', '1', { status: 'completed', statusText: 'Completed', lastCheckedAt: 9_000, refills: [{ refillId: 'r1', requestedAt: 8_000, status: 'pending', statusText: 'Pending', lastCheckedAt: null, missing: false }] });
    const current: BackupData = { ...data(), panels: [moved], orders: { 'a:1': newer } };
    const backup: BackupData = { ...data(), orders: { 'a:1': order('a', '1', { lastCheckedAt: 1_000 }) } };
    const merged = mergeBackup(current, backup);
    expect(merged.panels[0]!.apiUrl).toBe('https://new-home.example/api/v2');
    expect(merged.orders['a:1']).toEqual(newer);
  });
});
