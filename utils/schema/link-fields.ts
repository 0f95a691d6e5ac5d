/**
 * Link fields: an order's link and a request's address, and the one test of what a page may
 * open as a link. Links are opened on click, so any scheme but http(s) is refused.
 */
import { BAD, REQUIRED, TEXT_CAP, type Field } from './fields';
import { t } from '../i18n/messages';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB = /^https?:\/\//i;

/**
 * An order's link: a web address, or a plain username (subscriptions, mentions). Anything
 * else with a scheme (javascript:, data:, file:) is refused: links are opened on click.
 */
export const link: Field<string> = {
  read: (v) => (typeof v === 'string' && v.length <= TEXT_CAP.link && (WEB.test(v) || !SCHEME.test(v)) ? v : BAD),
  missing: REQUIRED,
  what: () => t('options_schemaWebAddress'),
};

/** An address a request goes to: http(s) only. */
export const webAddress: Field<string> = {
  read: (v) => (typeof v === 'string' && v.length <= TEXT_CAP.link && WEB.test(v) ? v : BAD),
  missing: REQUIRED,
  what: () => t('options_schemaWebAddress'),
};

/** Is this text safe to open as a link (http or https)? For the pages that render links. */
export const isWebLink = (v: string | null | undefined): v is string => typeof v === 'string' && WEB.test(v);
