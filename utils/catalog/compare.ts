/**
 * "Cheaper elsewhere": for the chosen service, the cheapest services on the user's other
 * panels for the same platform and kind (followers, likes, views …). Pure; exact money.
 */
import { compareMoney } from '../money';
import type { Service } from '../panel-api/types';
import { kindOfService, platformOfService } from './platform';

export interface Alternative {
  panelId: string;
  service: Service;
  currency: string | null;
}

const hay = (s: Service) => `${s.name} ${s.category}`.toLowerCase();

export function cheapestAlternatives(
  chosen: Service,
  others: readonly { panelId: string; services: readonly Service[]; currency: string | null }[],
  limit = 3,
): Alternative[] {
  const platform = platformOfService(hay(chosen));
  const kind = kindOfService(hay(chosen));
  if (!platform || !kind) return [];
  const found: Alternative[] = [];
  for (const other of others) {
    for (const service of other.services) {
      const h = hay(service);
      if (service.type !== chosen.type || platformOfService(h)?.id !== platform.id || kindOfService(h) !== kind) continue;
      found.push({ panelId: other.panelId, service, currency: other.currency });
    }
  }
  return found.sort((a, b) => compareMoney(a.service.rate, b.service.rate)).slice(0, limit);
}
