/**
 * An HTML page where the API's JSON belongs, named for what it is: a browser check, a login
 * page, a 404 page, a PHP crash, a maintenance page. Each says the cause and what to do, so
 * setting a panel up never ends at "HTML came back".
 */
import { panelError, say, type PanelError } from './errors';

export function looksLikeHtml(body: string, contentType: string | null): boolean {
  return /text\/html/i.test(contentType ?? '') || /^\s*</.test(body);
}

export function htmlTitle(body: string): string | null {
  const match = /<title[^>]*>([^<]{1,120})<\/title>/i.exec(body);
  return match?.[1]?.replace(/\s+/g, ' ').trim() || null;
}

const CHALLENGE_TITLE = /^(just a moment|attention required|checking your browser|please wait|one more step|ddos-guard|access denied \| sucuri|security check|verifying you are human)/i;
const CHALLENGE_BODY = /cf-browser-verification|challenge-platform|cf_chl_|cf-challenge|__cf_chl|ddos-guard|sucuri_cloudproxy|checking if the site connection is secure|enable javascript and cookies to continue/i;
const PHP_CRASH = /<b>\s*(fatal error|parse error)\s*<\/b>\s*:?([^<]{0,160})|(?:^|\n)\s*(?:PHP )?(fatal error|parse error):([^\n]{0,160})/i;
const LOGIN = /type\s*=\s*["']?password|<title[^>]*>[^<]*\b(log ?in|sign ?in|signin|login|authori[sz]ation)\b/i;
const MAINTENANCE = /maintenance|temporarily unavailable|under construction|be right back/i;

/** The error for an HTML page answered with `httpStatus`; `ambiguous` for an `add` that may have been carried out. */
export function htmlPageError(body: string, httpStatus: number, ambiguous = false): PanelError {
  const title = htmlTitle(body);
  const extra = { httpStatus: httpStatus === 200 ? undefined : httpStatus, ambiguous: ambiguous || undefined };
  if ((title && CHALLENGE_TITLE.test(title)) || CHALLENGE_BODY.test(body)) {
    return panelError('challenge', title ? say('errors_htmlChallengeTitled', title) : say('errors_htmlChallenge'), extra);
  }
  const crash = PHP_CRASH.exec(body);
  if (crash) {
    const what = (crash[1] ?? crash[3] ?? 'Fatal error').replace(/\s+/g, ' ').trim(); // i18n-exempt: PHP's own words, quoted
    const detail = (crash[2] ?? crash[4] ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    const hint = say('errors_htmlCrashHint');
    return panelError('server', detail ? say('errors_htmlCrashDetail', what, detail) : say('errors_htmlCrash', what), { ...extra, hint });
  }
  if (httpStatus === 404 || (title && /\b404\b|not found/i.test(title))) {
    const hint = say('errors_html404Hint');
    return panelError('bad_response', title && !/404|not found/i.test(title) ? say('errors_html404Titled', title) : say('errors_html404'), { ...extra, hint });
  }
  if (LOGIN.test(body)) {
    return panelError('bad_response', title ? say('errors_htmlLoginTitled', title) : say('errors_htmlLogin'), { ...extra, hint: say('errors_htmlLoginHint') });
  }
  if (httpStatus >= 500 || (title && MAINTENANCE.test(title))) {
    const status = httpStatus >= 500 ? String(httpStatus) : null;
    const message = title
      ? status ? say('errors_htmlErrorPageTitledStatus', title, status) : say('errors_htmlErrorPageTitled', title)
      : status ? say('errors_htmlErrorPageStatus', status) : say('errors_htmlErrorPage');
    return panelError('server', message, extra);
  }
  return panelError('bad_response', title ? say('errors_htmlWebPageTitled', title) : say('errors_htmlWebPage'), { ...extra, hint: say('errors_htmlWebPageHint') });
}
