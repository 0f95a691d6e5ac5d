/**
 * A service the user relies on (a saved default, the last one used) was removed by the panel:
 * the closest services on the same panel that offer the same (platform, kind, type), closest
 * first: the same guarantee, then the nearest rate (exact ratio), then the most alike name.
 */
import type Big from 'big.js';
import { big } from '../money';
import type { Service } from '../panel-api/types';
import { guaranteeKey, parseGuarantee } from './guarantee';
import type { RemovedService } from './catalog-diff';
import { nameLikeness, nameWords, offerOf, sameOffer } from './service-match';

/** How far apart two rates are: the larger ÷ the smaller (1 = equal); 0 against non-zero is farthest. */
function rateDistance(a: string, b: string): Big | null {
  const x = big(a);
  const y = big(b);
  if (x.eq(y)) return big('1');
  if (x.eq(0) || y.eq(0)) return null;
  return x.gt(y) ? x.div(y) : y.div(x);
}

export function closestReplacements(gone: Service, catalog: readonly Service[], limit = 3): Service[] {
  const offer = offerOf(gone);
  if (!offer) return [];
  const guarantee = guaranteeKey(parseGuarantee(gone));
  const words = nameWords(gone.name);
  const ranked = catalog
    .filter((s) => s.id !== gone.id && sameOffer(offer, offerOf(s)))
    .map((service) => ({
      service,
      sameGuarantee: guaranteeKey(parseGuarantee(service)) === guarantee,
      distance: rateDistance(gone.rate, service.rate),
      likeness: nameLikeness(words, nameWords(service.name)),
    }));
  ranked.sort((a, b) => {
    if (a.sameGuarantee !== b.sameGuarantee) return a.sameGuarantee ? -1 : 1;
    if (a.distance === null || b.distance === null) {
      if (a.distance !== b.distance) return a.distance === null ? 1 : -1;
    } else {
      const byRate = a.distance.cmp(b.distance);
      if (byRate !== 0) return byRate;
    }
    return b.likeness - a.likeness;
  });
  return ranked.slice(0, limit).map((r) => r.service);
}

export interface RemovedChoice {
  removed: RemovedService;
  replacements: Service[];
}

/**
 * For the quick-order form: the saved choice `serviceId` points to a service the panel
 * removed → the service as last seen and its closest replacements; null while it exists (or
 * when PanelPilot never saw it: then it is simply not in the list).
 */
export function removedChoice(serviceId: string, catalog: readonly Service[], removed: Readonly<Record<string, RemovedService>>, limit = 3): RemovedChoice | null {
  if (!Object.hasOwn(removed, serviceId) || catalog.some((s) => s.id === serviceId)) return null;
  const entry = removed[serviceId]!;
  return { removed: entry, replacements: closestReplacements(entry.service, catalog, limit) };
}
