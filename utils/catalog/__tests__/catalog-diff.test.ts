import { describe, expect, it } from 'vitest';
import type { Service } from '../../panel-api/types';
import { diffCatalogs, ratePercent, summarizeWatched, type RemovedService } from '../catalog-diff';
import { closestReplacements, removedChoice } from '../replacements';
import { realCatalog } from './real-catalogs';

const before = realCatalog('justanotherpanel-2020-07-16.json');
const byId = (id: string) => before.find((s) => s.id === id)!;

/** The real catalog as a later fetch might return it: a few terms changed, a few services gone. */
function perturb(edits: Record<string, Partial<Service> | 'remove'>, list: readonly Service[] = before): Service[] {
  return list.flatMap((s) => {
    const edit = Object.hasOwn(edits, s.id) ? edits[s.id]! : undefined;
    if (edit === 'remove') return [];
    return [edit ? { ...s, ...edit } : s];
  });
}

describe('catalog changes on a real 2,054-service catalog', () => {
  const watched = new Set(['3226', '3374', '3245', '3255', '3356', '3357']);
  const after = perturb({
    '3226': { rate: '0.945' }, // 0.84 → 0.945: +12.5%
    '3374': { rate: '1.9' }, // 2.1 → 1.9: −9.5%
    '3245': { min: 200, max: 50_000 },
    '3255': { refill: false, name: byId('3255').name.replace('[R30]', '[NO REFILL]') },
    '3356': { type: 'Custom Comments' },
    '3357': 'remove',
    '3358': 'remove',
    '3359': { rate: '9' },
    '3360': { min: 5 },
  });

  it('lists what changed for watched services, exactly', () => {
    const diff = diffCatalogs(before, after, watched, {}, 1000);
    const changes = Object.fromEntries(diff.watched.map((d) => [d.serviceId, d.changes]));
    expect(changes).toEqual({
      '3226': [{ kind: 'rate', direction: 'up', from: '0.84', to: '0.945', percent: '12.5' }],
      '3374': [{ kind: 'rate', direction: 'down', from: '2.1', to: '1.9', percent: '-9.5' }],
      '3245': [
        { kind: 'min', from: byId('3245').min, to: 200 },
        { kind: 'max', from: byId('3245').max, to: 50_000 },
      ],
      '3255': [
        { kind: 'refill', from: true, to: false },
        // Codes, put in words when shown (in the language of that moment).
        { kind: 'guarantee', from: 'days:30', to: 'none' },
      ],
      '3356': [{ kind: 'type', from: 'Default', to: 'Custom Comments' }],
      '3357': [{ kind: 'removed' }],
    });
    expect(diff.watched.find((d) => d.serviceId === '3357')!.name).toBe(byId('3357').name);
    expect(summarizeWatched(diff.watched)).toBe('1 price rise, 1 price drop, 1 removed, 1 limits changed, 1 type changed, 1 refill terms changed');
  });

  it('counts, without listing, what changed among services never used', () => {
    const diff = diffCatalogs(before, after, watched, {}, 1000);
    expect(diff.unwatched).toEqual({ rateUp: 1, rateDown: 0, terms: 1, removed: 1, back: 0, added: 0 });
    expect(Object.keys(diff.removed).sort()).toEqual(['3357', '3358']);
    expect(diff.removed['3357']).toEqual({ service: byId('3357'), at: 1000 });
  });

  it('recognises a removed service that is back, compared with its last known terms', () => {
    const first = diffCatalogs(before, after, watched, {}, 1000);
    const restored = [...after, { ...byId('3357'), rate: '2.0' }, byId('3358')];
    const second = diffCatalogs(after, restored, watched, first.removed, 2000);
    expect(second.watched).toEqual([
      { serviceId: '3357', name: byId('3357').name, changes: [{ kind: 'back' }, { kind: 'rate', direction: 'up', from: '1.8', to: '2.0', percent: '11.1' }] },
    ]);
    expect(second.unwatched).toEqual({ rateUp: 0, rateDown: 0, terms: 0, removed: 0, back: 1, added: 0 });
    expect(second.removed).toEqual({});
  });

  it('an unchanged catalog, the first catalog and a brand-new service', () => {
    expect(diffCatalogs(before, before, watched, {}, 1)).toEqual({ watched: [], unwatched: { rateUp: 0, rateDown: 0, terms: 0, removed: 0, back: 0, added: 0 }, removed: {} });
    expect(diffCatalogs([], before, watched, {}, 1).watched).toEqual([]);
    // A panel answering an empty list removed nothing: no watched service is reported gone.
    const kept = { '1': { service: byId('3226'), at: 0 } };
    expect(diffCatalogs(before, [], watched, kept, 1)).toEqual({ watched: [], unwatched: { rateUp: 0, rateDown: 0, terms: 0, removed: 0, back: 0, added: 0 }, removed: kept });
    const added = diffCatalogs(before, [...before, { ...byId('3226'), id: '999999' }], watched, {}, 1);
    expect(added.unwatched.added).toBe(1);
  });

  it('forgets services gone for more than 180 days', () => {
    const old: Record<string, RemovedService> = { '1': { service: byId('3226'), at: 0 } };
    expect(diffCatalogs(before, before, watched, old, 181 * 86_400_000).removed).toEqual({});
    expect(diffCatalogs(before, before, watched, old, 179 * 86_400_000).removed).toEqual(old);
  });

  it('percentages are exact decimals', () => {
    expect(ratePercent('0.0000003', '0.0000004')).toBe('33.3');
    expect(ratePercent('3', '1')).toBe('-66.7');
    expect(ratePercent('0', '1')).toBeNull();
  });
});

describe('replacements for a removed service the user relies on', () => {
  it('same platform, kind and type on the same panel; same guarantee first, then the nearest rate', () => {
    const gone = byId('3374'); // Instagram Followers [70K] [HQ] [AR30] … 2.1
    const ids = closestReplacements(gone, perturb({ '3374': 'remove' })).map((s) => s.id);
    expect(ids).toEqual(['3255', '2293', '3245']);
    for (const id of ids) expect(byId(id).name).toMatch(/Instagram Followers.*\[R30\]/);
  });

  it('flags a saved choice that points to a removed service, with its replacements', () => {
    const after = perturb({ '3374': 'remove' });
    const { removed } = diffCatalogs(before, after, new Set(), {}, 5);
    const flagged = removedChoice('3374', after, removed);
    expect(flagged?.removed.service.name).toBe(gone3374());
    expect(flagged?.replacements.map((s) => s.id)).toEqual(['3255', '2293', '3245']);
    expect(removedChoice('3226', after, removed)).toBeNull();
    expect(removedChoice('424242', after, removed)).toBeNull();
  });

  it('a service whose platform or kind cannot be read gets no guessed replacement', () => {
    expect(closestReplacements({ ...byId('3226'), name: 'Special offer', category: 'Other' }, before)).toEqual([]);
  });
});

function gone3374(): string {
  return byId('3374').name;
}
