/**
 * Which platform a link belongs to, and which services serve it. Catalogs name platforms in
 * categories and service names ("Instagram Followers", "🔥 TikTok Views"), so matching is by
 * keyword on those.
 */
import { t } from '../i18n/messages';

export interface Platform {
  id: string;
  label: string;
  hosts: string[];
  /** Lowercase words that mark a service for this platform (category or name). */
  keywords: string[];
}

export const PLATFORMS: Platform[] = [
  { id: 'instagram', label: 'Instagram', hosts: ['instagram.com', 'instagr.am'], keywords: ['instagram', 'insta ', 'ig '] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'tiktok', label: 'TikTok', hosts: ['tiktok.com'], keywords: ['tiktok', 'tik tok'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'youtube', label: 'YouTube', hosts: ['youtube.com', 'youtu.be'], keywords: ['youtube', 'yt '] },
  { id: 'twitter', label: 'X / Twitter', hosts: ['twitter.com', 'x.com'], keywords: ['twitter', 'tweet', 'x.com', '𝕏'] },
  { id: 'facebook', label: 'Facebook', hosts: ['facebook.com', 'fb.com', 'fb.watch', 'm.facebook.com'], keywords: ['facebook', 'fb '] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'telegram', label: 'Telegram', hosts: ['t.me', 'telegram.me', 'telegram.org'], keywords: ['telegram'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'spotify', label: 'Spotify', hosts: ['spotify.com'], keywords: ['spotify'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'twitch', label: 'Twitch', hosts: ['twitch.tv'], keywords: ['twitch'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'discord', label: 'Discord', hosts: ['discord.gg', 'discord.com'], keywords: ['discord'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'soundcloud', label: 'SoundCloud', hosts: ['soundcloud.com'], keywords: ['soundcloud'] },
  { id: 'linkedin', label: 'LinkedIn', hosts: ['linkedin.com'], keywords: ['linkedin'] },
  { id: 'pinterest', label: 'Pinterest', hosts: ['pinterest.com', 'pin.it'], keywords: ['pinterest'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'reddit', label: 'Reddit', hosts: ['reddit.com', 'redd.it'], keywords: ['reddit'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'threads', label: 'Threads', hosts: ['threads.net', 'threads.com'], keywords: ['threads'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'snapchat', label: 'Snapchat', hosts: ['snapchat.com'], keywords: ['snapchat'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'kick', label: 'Kick', hosts: ['kick.com'], keywords: ['kick '] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  { id: 'vimeo', label: 'Vimeo', hosts: ['vimeo.com'], keywords: ['vimeo'] }, // i18n-exempt: a platform's name and its match words (names are not translated: docs/glossary.md)
  // The one label in words; every other is the platform's own name (shown as data where the
  // pages show it: on the to-do list until those pages mark it so).
  {
    id: 'website',
    get label() {
      return t('catalog_platformWebsite');
    },
    hosts: [],
    keywords: ['website', 'traffic'], // i18n-exempt: words matched in the panel's service names (data)
  },
];

export function platformById(id: string | null): Platform | null {
  return PLATFORMS.find((p) => p.id === id) ?? null;
}

/** The platform of a link; any other http(s) site is "website traffic"; not a URL → null. */
export function detectPlatform(link: string): Platform | null {
  let host: string;
  try {
    const url = new URL(link.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname.toLowerCase().replace(/^(www|m|mobile|vm|vt|music)\./, '');
  } catch {
    return null;
  }
  return PLATFORMS.find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? platformById('website');
}

/** Whether a service is for a platform, by its category and name. */
export function serviceMatchesPlatform(haystackLower: string, platform: Platform): boolean {
  for (const word of platform.keywords) if (includesPadded(haystackLower, word)) return true;
  return false;
}

/**
 * ` ${text} `.includes(word) ("ig " matches a name ending in "ig"), without building the
 * padded copy: run over a whole catalog in the quick-order form's first render, each copy
 * was a string to allocate and flatten (npm run bench, figure 3).
 */
function includesPadded(text: string, word: string): boolean {
  if (text.includes(word)) return true;
  if (word === ' ') return true;
  // Only a space at either end of the word can fall on the padding.
  const head = word.startsWith(' ');
  const tail = word.endsWith(' ');
  return (head && text.startsWith(word.slice(1))) || (tail && text.endsWith(word.slice(0, -1))) || (head && tail && text === word.slice(1, -1));
}

/** The platform a service is for (first match), for comparing panels. */
export function platformOfService(haystackLower: string): Platform | null {
  return PLATFORMS.find((p) => p.id !== 'website' && serviceMatchesPlatform(haystackLower, p)) ?? (serviceMatchesPlatform(haystackLower, PLATFORMS.at(-1)!) ? PLATFORMS.at(-1)! : null);
}

export const KINDS = ['followers', 'subscribers', 'members', 'likes', 'views', 'comments', 'shares', 'plays', 'saves', 'votes', 'retweets', 'reactions', 'impressions', 'visits', 'listeners'] as const;

/** What a service delivers ("followers", "likes" …), from its category and name. */
export function kindOfService(haystackLower: string): string | null {
  return KINDS.find((k) => haystackLower.includes(k)) ?? (haystackLower.includes('traffic') ? 'visits' : null);
}

/** What a user most likely wants for this link: a post wants likes/views, a profile followers. */
export function likelyKind(link: string): string | null {
  const platform = detectPlatform(link);
  if (!platform) return null;
  let path = '';
  try {
    path = new URL(link).pathname.toLowerCase();
  } catch {
    return null;
  }
  const segments = path.split('/').filter(Boolean);
  switch (platform.id) {
    case 'instagram':
      return /^(p|tv)$/.test(segments[0] ?? '') ? 'likes' : segments[0] === 'reel' ? 'views' : 'followers';
    case 'tiktok':
      return segments.includes('video') ? 'views' : 'followers';
    case 'youtube':
      return segments[0]?.startsWith('@') || ['channel', 'c', 'user'].includes(segments[0] ?? '') ? 'subscribers' : 'views';
    case 'twitter':
      return segments.includes('status') ? 'likes' : 'followers';
    case 'telegram':
      return segments.length >= 2 ? 'views' : 'members';
    case 'spotify':
      return segments[0] === 'artist' || segments[0] === 'user' ? 'followers' : 'plays';
    case 'twitch':
    case 'kick':
      return 'followers';
    case 'website':
      return 'visits';
    default:
      return null;
  }
}
