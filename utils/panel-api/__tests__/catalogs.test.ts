import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeServices } from '../normalize';

const load = (name: string): unknown => JSON.parse(readFileSync(`tests/fixtures/catalogs/${name}`, 'utf8'));

describe('real catalogs', () => {
  it.each([
    ['justanotherpanel-2020-07-16.json', 2054],
    ['smmkings-2020-07-16.numbers.json', 1505],
    ['eight-panels-merged.json', 4977],
  ])('%s parses every service', (file, count) => {
    const raw = load(file) as Record<string, unknown>[];
    const result = normalizeServices(raw);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toHaveLength(count);
    for (const [i, s] of result.value.entries()) {
      expect(typeof s.id).toBe('string');
      expect(s.rate).toMatch(/^\d+(\.\d+)?$/);
      expect(Number.isInteger(s.min) && Number.isInteger(s.max) && s.min <= s.max).toBe(true);
      expect(s.name.length).toBeGreaterThan(0);
      // The rate is exactly what the panel wrote (strings) or its shortest decimal (numbers),
      // to 12 places: past them are float artefacts such as 0.48100000000000004 (money.ts).
      expect(Number(s.rate)).toBe(Number(Number(raw[i]!.rate).toFixed(12)));
    }
  });
  it('keeps missing cancel flags as unknown, not false', () => {
    const result = normalizeServices(load('justanotherpanel-2020-07-16.json'));
    expect(result.ok && result.value.some((s) => s.cancel === null)).toBe(true);
  });
});
