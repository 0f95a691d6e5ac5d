/**
 * What a service offers, for matching it with others: platform (Instagram, TikTok …), kind
 * (followers, likes, views …) and type. Two services "match" when all three agree; a service
 * whose platform or kind cannot be read matches nothing (never guessed).
 */
import type { Service } from '../panel-api/types';
import { kindOfService, platformOfService } from './platform';

export interface Offer {
  platform: string;
  kind: string;
  type: string;
}

export function offerOf(service: Pick<Service, 'name' | 'category' | 'type'>): Offer | null {
  const hay = `${service.name} ${service.category}`.toLowerCase();
  const platform = platformOfService(hay)?.id ?? null;
  const kind = kindOfService(hay);
  return platform && kind ? { platform, kind, type: service.type } : null;
}

export const sameOffer = (a: Offer, b: Offer | null): boolean => b !== null && a.platform === b.platform && a.kind === b.kind && a.type === b.type;

/** Lowercase words of a name, emoji and brackets aside, for "how alike are these names". */
export function nameWords(name: string): Set<string> {
  return new Set(name.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
}

/** Shared words ÷ all words (Jaccard), 0…1. */
export function nameLikeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}
