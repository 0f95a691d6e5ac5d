import { describe, expect, it } from 'vitest';
import { isStorable } from '../../schema/read';
import { appendChanges, EMPTY_CHANGE_LOG } from '../change-log';
import type { ServiceChange } from '../catalog-diff';
import { checkCatalogRemoved, checkChangeLog, CHANGE_LOG } from '../schema';
import { NO_UNWATCHED } from '../schema';

const ALL_KINDS: ServiceChange[] = [
  { kind: 'rate', direction: 'down', from: '1.2', to: '0.9', percent: '-25.0' },
  { kind: 'min', from: 10, to: 100 },
  { kind: 'max', from: 10_000, to: Number.MAX_SAFE_INTEGER },
  { kind: 'type', from: 'Default', to: 'Package' },
  { kind: 'refill', from: true, to: null },
  { kind: 'guarantee', from: '30 days', to: 'none' },
  { kind: 'removed' },
  { kind: 'back' },
];

describe('stored catalog changes', () => {
  it('a log with every kind of change is stored exactly as it reads back', () => {
    const log = appendChanges(EMPTY_CHANGE_LOG, 'p', { watched: [{ serviceId: '7', name: 'Likes', changes: ALL_KINDS }], unwatched: { ...NO_UNWATCHED, added: 3 } }, 5);
    expect(isStorable(CHANGE_LOG, log)).toBe(true);
  });

  it('an unknown kind of change is dropped and said to be lost, the rest kept', () => {
    const raw = { entries: [{ at: 1, panelId: 'p', serviceId: '7', name: 'Likes', changes: [{ kind: 'constructor' }, { kind: 'removed' }] }], refreshes: [] };
    const read = checkChangeLog(raw);
    expect(read.lost).toBe(true);
    expect(read.value.entries[0]!.changes).toEqual([{ kind: 'removed' }]);
  });

  it('a removed service keeps its terms and description (the guarantee is read from it)', () => {
    const removed = { p: { '7': { at: 1, service: { id: '7', name: 'Likes', type: 'Default', category: 'IG', rate: '0.5', min: 10, max: 100, refill: null, cancel: false, dripfeed: null, description: '30 days refill' } } } };
    expect(checkCatalogRemoved(removed)).toEqual({ value: removed, lost: false });
  });
});
