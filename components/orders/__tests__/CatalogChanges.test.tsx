import { describe, expect, it } from 'vitest';
import { appendChanges, EMPTY_CHANGE_LOG } from '@/utils/catalog/change-log';
import { CatalogChanges } from '../CatalogChanges';
import { all, expand, text } from './render-tree';

/** When the refresh found them, as Intl writes it in English (the zone's own hour). */
const FOUND = expect.stringMatching(/^Jan 5, 2026, 9:30\sAM$/);
const none = { rateUp: 0, rateDown: 0, terms: 0, removed: 0, back: 0, added: 0 };

describe('Catalog changes list', () => {
  it('date, panel, service id and name, old → new; other services counted', () => {
    const log = appendChanges(
      EMPTY_CHANGE_LOG,
      'p',
      {
        watched: [
          { serviceId: '3226', name: 'Instagram Likes [R30]', changes: [{ kind: 'rate', direction: 'up', from: '0.84', to: '0.945', percent: '12.5' }] },
          { serviceId: '3357', name: 'Instagram Comments', changes: [{ kind: 'removed' }] },
        ],
        unwatched: { ...none, rateDown: 2, removed: 1 },
      },
      new Date(2026, 0, 5, 9, 30).getTime(),
    );
    const tree = expand(<CatalogChanges log={log} panelName={() => 'Panel A'} currencyOf={() => 'USD'} />);
    expect(all(tree, (e) => e.type === 'h2').map(text)).toEqual(['Catalog changes']);
    const rows = all(tree, (e) => e.type === 'tr').map((tr) => tr.children.map(text));
    expect(rows).toEqual([
      ['Found', 'Panel', 'Service', 'Change'],
      [FOUND, 'Panel A', '3226 Instagram Likes [R30]', 'Rate 0.84 → 0.945 USD (+12.5%)'],
      [FOUND, 'Panel A', '3357 Instagram Comments', 'Removed from the panel'],
    ]);
    expect(all(tree, (e) => e.type === 'p').map(text)).toEqual([expect.stringMatching(/^Panel A, Jan 5, 2026, 9:30\sAM: Among services you never used: 2 price drops, 1 removed\.$/)]);
  });

  it('says so when nothing changed', () => {
    const tree = expand(<CatalogChanges log={EMPTY_CHANGE_LOG} panelName={(id) => id} currencyOf={() => null} />);
    expect(all(tree, (e) => e.type === 'p').map(text)).toEqual(['No changes to the services you ordered in the last 90 days or pinned.']);
  });
});
