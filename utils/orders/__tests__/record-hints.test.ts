import { describe, expect, it } from 'vitest';
import { panelRecordHints } from '../record-hints';
import { serviceRecords } from '../service-record';
import { H, service, tracked } from './timeline';

describe('one panel’s record hints', () => {
  const a = service('Instagram Followers', { id: '1' });
  const b = service('Instagram Likes', { id: '2' });
  const records = serviceRecords([
    tracked('p', '1', { placedAt: 0, doneAt: 3 * H }, { service: a }),
    tracked('p', '2', { placedAt: 0, doneAt: 3 * H, status: 'partial' }, { service: a, remains: 100 }),
    tracked('p', '3', { placedAt: 0, startedAt: null, doneAt: null }, { service: b }),
    tracked('q', '4', { placedAt: 0, doneAt: H }, { service: a }),
  ]);

  it('gives the services of that panel with a finished order their hint, and no other', () => {
    const hints = panelRecordHints(records, 'p');
    expect([...hints]).toEqual([['1', 'usually done in 3 h · 50% partial · 2 orders']]);
    expect(panelRecordHints(records, 'q').get('1')).toBe('usually done in 1 h · 0% partial · 1 order');
  });
  it('is empty before the records are read or without a panel', () => {
    expect(panelRecordHints(null, 'p').size).toBe(0);
    expect(panelRecordHints(records, null).size).toBe(0);
  });
});
