/** The API URL the user types: a bare domain is fine, `/api/v2` is offered as the default. */
import { t } from '../i18n/messages';

export type ApiUrlCheck = { ok: true; url: string; suggested: boolean } | { ok: false; message: string };

const example = () => t('errors_urlExample');

export function normalizeApiUrl(input: string): ApiUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: t('errors_urlMissing', example()) };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: t('errors_urlNotAddress', text, example()) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: t('errors_urlScheme', example()) };
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('[')) {
    return { ok: false, message: t('errors_urlNotDomain', url.hostname, example()) };
  }
  if (url.username || url.password) {
    return { ok: false, message: t('errors_urlCredentials') };
  }
  url.hash = '';
  // Some panels document GET examples (…/api/v2?key=…&action=balance): the key is entered on
  // its own and must not be stored (or exported) as part of the address.
  for (const field of ['key', 'action']) url.searchParams.delete(field);
  const bare = url.pathname === '/' || url.pathname === '';
  if (bare) url.pathname = '/api/v2';
  return { ok: true, url: url.toString(), suggested: bare };
}

/** The match pattern to ask the browser for (ports are not part of match patterns). */
export function panelOrigin(apiUrl: string): string {
  const url = new URL(apiUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The panel's website, for "check it on the panel" advice. */
export function panelWebsite(apiUrl: string): string {
  try {
    return new URL(apiUrl).origin;
  } catch {
    return apiUrl;
  }
}

/**
 * Plain http to anything but this machine sends the key readable by the network in between:
 * allowed (some panels have no https), but said before saving.
 */
export function isCleartextRemote(apiUrl: string): boolean {
  const url = new URL(apiUrl);
  return url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
