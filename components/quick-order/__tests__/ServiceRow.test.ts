import { afterEach, describe, expect, it } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { plural, useCatalog } from '@/utils/i18n/messages';
import type { Service } from '@/utils/panel-api/types';
import { serviceLabel } from '../ServiceRow';

const sources = readLocaleSources();
const use = (locale: string) => useCatalog(locale, buildMessages(sources, locale));
const service: Service = { id: '3226', name: 'Instagram Likes', type: 'Default', category: 'Instagram', rate: '0.84', min: 20, max: 30000, refill: true, cancel: null, dripfeed: true };

describe('the service picker’s words (the option’s name, the count above the list)', () => {
  afterEach(() => use('en'));

  it('English: the row’s values, then its marks in words', () => {
    use('en');
    expect(serviceLabel(service, 'USD', true)).toBe('3226 Instagram Likes Instagram 0.84 USD 20–30,000, refill, cancel not stated, drip-feed, recently used');
    expect(plural('picker_servicesFor', 1, 'Instagram')).toBe('1 service for Instagram');
  });

  it('Russian: the marks in Russian, the count in its one, few and many forms', () => {
    use('ru');
    expect(serviceLabel({ ...service, refill: false }, 'USD', false)).toMatch(/, без рефилла, отмена не указана, drip-feed$/);
    expect(plural('picker_servicesFor', 21, 'Instagram')).toBe('21 услуга для Instagram');
    expect(plural('picker_servicesFor', 3, 'Instagram')).toBe('3 услуги для Instagram');
    expect(plural('picker_servicesFor', 5, 'Instagram')).toBe('5 услуг для Instagram');
  });

  it('Arabic: the Arabic comma between marks; two and many forms, the platform name isolated', () => {
    use('ar');
    expect(serviceLabel(service, 'USD', false)).toMatch(/، الإلغاء غير محدد، drip-feed$/);
    expect(plural('picker_services', 2)).toBe('خدمتان');
    expect(plural('picker_servicesFor', 11, 'Instagram')).toBe('11 خدمةً لـ \u2068Instagram\u2069');
  });
});
