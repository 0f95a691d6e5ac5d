import { describe, expect, it } from 'vitest';
import { watchedServices } from '../watched-services';
import { D, service, tracked } from './timeline';

describe('watched services', () => {
  it('ordered on this panel in the last 90 days, or pinned', () => {
    const now = 200 * D;
    const orders = [
      tracked('p', '1', { placedAt: now - 10 * D }, { service: service('A', { id: '10' }) }),
      tracked('p', '2', { placedAt: now - 91 * D }, { service: service('B', { id: '11' }) }),
      tracked('q', '3', { placedAt: now - D }, { service: service('C', { id: '12' }) }),
      tracked('p', '4', { placedAt: now - D }, { service: null }),
    ];
    expect([...watchedServices(orders, 'p', ['99'], now)].sort()).toEqual(['10', '99']);
  });
});
