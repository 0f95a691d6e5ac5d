/**
 * The service the quick-order form would take from the user's own history for a link: the
 * most recent one used on the panel that fits the link's platform and kind. When the panel
 * has since removed it, the form says so and offers the closest replacements on the same
 * panel (replacements.ts). Pure.
 */
import type { Service } from '../panel-api/types';
import type { RemovedService } from './catalog-diff';
import { kindOfService, serviceMatchesPlatform, type Platform } from './platform';
import { removedChoice, type RemovedChoice } from './replacements';

/** Does this service serve the link's platform and kind (either unknown: any)? */
export function fitsLink(service: Pick<Service, 'name' | 'category'>, platform: Platform | null, kind: string | null): boolean {
  const h = `${service.name} ${service.category}`.toLowerCase();
  return (!platform || serviceMatchesPlatform(h, platform)) && (!kind || kindOfService(h) === kind);
}

/** The likely service for a link: a recent one for its platform and kind, else the panel's first that fits. */
export function likelyService(services: readonly Service[], recent: readonly string[], platform: Platform | null, kind: string | null): Service | null {
  const fits = (s: Service) => fitsLink(s, platform, kind);
  for (const id of recent) {
    const s = services.find((x) => x.id === id);
    if (s && fits(s)) return s;
  }
  return platform ? (services.find(fits) ?? null) : null;
}

/**
 * The last-used choice for this link, when the panel removed it: the service as last seen and
 * its replacements; null when that choice is still listed (or there is none).
 */
export function removedLastUsed(
  recent: readonly string[],
  services: readonly Service[],
  removed: Readonly<Record<string, RemovedService>>,
  platform: Platform | null,
  kind: string | null,
): RemovedChoice | null {
  // A scan per recent id (a handful), not a Map of the whole catalog: this runs in the form's
  // first render, where 8,536 entries cost ~30 ms of allocation and GC (npm run bench, figure 3).
  for (const id of recent) {
    const listed = services.find((s) => s.id === id);
    const service = listed ?? (Object.hasOwn(removed, id) ? removed[id]!.service : undefined);
    if (!service || !fitsLink(service, platform, kind)) continue;
    return listed ? null : removedChoice(id, services, removed);
  }
  return null;
}
