/**
 * One POST to a panel's API URL. Everything about HTTP lives here: the form body, the
 * timeout, refusing redirects (so the key is never sent anywhere else), reading HTML error
 * pages, 429s and truncated JSON as classified errors. Never throws.
 */
import { panelError, type PanelError } from './errors';
import { errorFromText } from './normalize';
import { errorText } from './fields';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface PostOptions {
  fetch?: FetchLike;
  timeoutMs: number;
  /** For `add`: failures after the request may have left (timeouts, drops, 5xx) are ambiguous. */
  mayHaveCreated?: boolean;
}

export type PostResult = { ok: true; json: unknown } | { ok: false; error: PanelError };

/** Strips the key from anything we might show, in case a panel echoes it back. */
export function redact(text: string, apiKey: string): string {
  return apiKey.length >= 4 ? text.split(apiKey).join('•••') : text;
}

function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after') ?? headers.get('x-ratelimit-reset');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) {
    // X-RateLimit-Reset is sometimes an epoch time rather than a delay.
    return seconds > 1e9 ? Math.max(0, seconds * 1000 - now) : Math.max(0, seconds * 1000);
  }
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function htmlTitle(body: string): string | null {
  const match = /<title[^>]*>([^<]{1,120})<\/title>/i.exec(body);
  return match?.[1]?.trim() || null;
}

function htmlPageMessage(title: string | null): string {
  return `An HTML page came back${title ? ` (“${title}”)` : ''} instead of the API's JSON: this address is not a panel API URL, or the panel is behind a browser check.`;
}

function looksLikeHtml(body: string, contentType: string | null): boolean {
  return /text\/html/i.test(contentType ?? '') || /^\s*</.test(body);
}

/** `ambiguous`: the request was an `add`, which a panel may have carried out before redirecting. */
function redirectError(response: Response, ambiguous: boolean): PanelError {
  const location = response.headers.get('location');
  let where = '';
  try {
    if (location) where = ` to ${new URL(location, response.url || undefined).origin}`;
  } catch {
    // Unparseable Location: the origin is not worth guessing.
  }
  return panelError('redirect', `The API URL redirects${where}. PanelPilot does not follow redirects with your key.`, {
    httpStatus: response.status || undefined,
    ambiguous: ambiguous || undefined,
  });
}

function httpError(response: Response, body: string, ambiguousOn5xx: boolean): PanelError {
  const status = response.status;
  const json = tryJson(body);
  const panelText = json.ok ? errorText(json.value) : null;
  const html = looksLikeHtml(body, response.headers.get('content-type'));
  const title = html ? htmlTitle(body) : null;
  const words = panelText ?? (title ? `HTTP ${status}: “${title}”` : `HTTP ${status}`);
  if (status === 429) return panelError('rate_limited', panelText ?? `HTTP 429: too many requests`, { httpStatus: status, retryAfterMs: retryAfterMs(response.headers) });
  if (status === 401 || status === 403) {
    // Cloudflare challenges come as 403 HTML pages: that is "not the API", not a bad key.
    if (html && !panelText) return panelError('bad_response', htmlPageMessage(title), { httpStatus: status });
    return panelError('auth', words, { httpStatus: status });
  }
  if (status === 402) return panelError('funds', words, { httpStatus: status });
  if (status >= 500) return panelError('server', words, { httpStatus: status, ambiguous: ambiguousOn5xx || undefined });
  if (panelText) return { ...errorFromText(panelText), httpStatus: status };
  if (status === 404) return panelError('bad_response', `Nothing answers at this address (${words}). Check the API URL.`, { httpStatus: status });
  return panelError('bad_response', `The panel answered ${words}.`, { httpStatus: status });
}

function tryJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

export async function postForm(
  apiUrl: string,
  apiKey: string,
  params: Record<string, string>,
  options: PostOptions,
): Promise<PostResult> {
  const body = new URLSearchParams({ key: apiKey, ...params });
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race also covers a panel that sends headers and then stalls the body.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error('timeout'));
    }, options.timeoutMs);
  });
  const ambiguous = options.mayHaveCreated === true;
  try {
    return await Promise.race([exchange(), timedOut]);
  } catch (error) {
    if (controller.signal.aborted) {
      return { ok: false, error: panelError('timeout', `No answer within ${Math.round(options.timeoutMs / 1000)} s.`, { ambiguous: ambiguous || undefined }) };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: panelError('network', `The panel could not be reached (${redact(reason, apiKey)}).`, { ambiguous: ambiguous || undefined }),
    };
  } finally {
    clearTimeout(timer);
  }

  async function exchange(): Promise<PostResult> {
    const doFetch = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
    const response = await doFetch(apiUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: body.toString(),
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    // A browser answers a refused redirect as an opaque response; Node as the 3xx itself.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      return { ok: false, error: redirectError(response, ambiguous) };
    }
    const text = redact(await response.text(), apiKey);
    if (!response.ok) return { ok: false, error: redactError(httpError(response, text, ambiguous), apiKey) };
    if (text.trim() === '') return { ok: false, error: panelError('bad_response', 'The panel sent an empty answer.', { ambiguous: ambiguous || undefined }) };
    const json = tryJson(text);
    if (!json.ok) {
      const contentType = response.headers.get('content-type');
      if (looksLikeHtml(text, contentType)) {
        return { ok: false, error: panelError('bad_response', htmlPageMessage(htmlTitle(text)), { ambiguous: ambiguous || undefined }) };
      }
      return { ok: false, error: panelError('bad_response', 'The panel’s answer was not valid JSON (cut off or malformed).', { ambiguous: ambiguous || undefined }) };
    }
    return { ok: true, json: json.value };
  }
}

function redactError(error: PanelError, apiKey: string): PanelError {
  return { ...error, message: redact(error.message, apiKey) };
}
