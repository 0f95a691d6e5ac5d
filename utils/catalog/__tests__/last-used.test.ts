import { describe, expect, it } from 'vitest';
import type { Service } from '../../panel-api/types';
import { likelyService, removedLastUsed } from '../last-used';
import { detectPlatform } from '../platform';

const svc = (id: string, name: string, rate: string, category = 'Instagram Followers'): Service => ({ id, name, category, type: 'Default', rate, min: 10, max: 10_000, refill: true, cancel: null, dripfeed: null });
const IG = detectPlatform('https://www.instagram.com/someone/');
const catalog = [svc('2', 'Instagram Followers HQ [R30]', '1.1'), svc('3', 'Instagram Followers Cheap', '0.3'), svc('9', 'TikTok Views', '0.01', 'TikTok Views')];
const removed = { '1': { at: 5, service: svc('1', 'Instagram Followers [R30]', '1.0') } };

describe('removedLastUsed', () => {
  it('the last service used for this platform was removed: flagged, with replacements on the panel', () => {
    const choice = removedLastUsed(['9', '1', '2'], catalog, removed, IG, 'followers');
    expect(choice?.removed.service.id).toBe('1');
    expect(choice?.replacements.map((s) => s.id)).toEqual(['2', '3']);
  });

  it('the last-used one for this platform is still listed: nothing to flag, even if an older one was removed', () => {
    expect(removedLastUsed(['2', '1'], catalog, removed, IG, 'followers')).toBeNull();
  });

  it('a removed service of another platform does not flag an Instagram link', () => {
    const gone = { '8': { at: 5, service: svc('8', 'TikTok Likes', '0.2', 'TikTok Likes') } };
    expect(removedLastUsed(['8'], catalog, gone, IG, null)).toBeNull();
  });

  it('no history, or a service PanelPilot never saw: nothing', () => {
    expect(removedLastUsed([], catalog, removed, IG, null)).toBeNull();
    expect(removedLastUsed(['77'], catalog, removed, null, null)).toBeNull();
  });
});

describe('likelyService', () => {
  it('the most recent service that fits the link, else the first listed that fits; none for an unknown platform', () => {
    expect(likelyService(catalog, ['9', '3', '2'], IG, 'followers')?.id).toBe('3');
    expect(likelyService(catalog, ['9'], IG, 'followers')?.id).toBe('2');
    expect(likelyService(catalog, ['9'], null, null)?.id).toBe('9');
    expect(likelyService(catalog, [], null, null)).toBeNull();
  });
});
