/**
 * One POST to a panel's API URL. Everything about HTTP lives here: the form body, the
 * timeout, refusing redirects (so the key is never sent anywhere else), reading HTML error
 * pages, 429s, empty and truncated answers as classified errors, and JSON with PHP noise
 * around it (body.ts) as the JSON. Never throws.
 */
import { readBody } from './body';
import { ACCESS_KINDS, panelError, say, type PanelError } from './errors';
import { errorFromText } from './normalize';
import { errorText } from './fields';
import { htmlPageError, looksLikeHtml } from './html-page';
import { redact } from './redact';

export { redact };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface PostOptions {
  fetch?: FetchLike;
  timeoutMs: number;
  /** For `add`: failures after the request may have left (timeouts, drops, 5xx) are ambiguous. */
  mayHaveCreated?: boolean;
}

export type PostResult = { ok: true; json: unknown } | { ok: false; error: PanelError };

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

/** `ambiguous`: the request was an `add`, which a panel may have carried out before redirecting. */
function redirectError(response: Response, ambiguous: boolean): PanelError {
  const location = response.headers.get('location');
  let where = '';
  try {
    if (location) where = new URL(location, response.url || undefined).origin;
  } catch {
    // Unparseable Location: the origin is not worth guessing.
  }
  return panelError('redirect', where ? say('errors_redirectTo', where) : say('errors_redirect'), {
    httpStatus: response.status || undefined,
    ambiguous: ambiguous || undefined,
  });
}

// A 401/403 with the panel's own words keeps an access kind (ACCESS_KINDS); any other text there is a refused key.

function httpError(response: Response, body: string, ambiguousOn5xx: boolean): PanelError {
  const status = response.status;
  const json = readBody(body);
  const panelText = json.ok ? errorText(json.value) : null;
  const html = !json.ok && looksLikeHtml(body, response.headers.get('content-type'));
  if (status === 429) return panelError('rate_limited', panelText ?? say('errors_http429'), { httpStatus: status, retryAfterMs: retryAfterMs(response.headers) });
  // Cloudflare challenges come as 403 or 503 HTML pages: "not the API", not a bad key.
  if (html) return htmlPageError(body, status, ambiguousOn5xx && status >= 500);
  const words = panelText ?? `HTTP ${status}`; // i18n-exempt: the protocol's status code, not words
  if (status === 401 || status === 403) {
    const fromText = panelText ? errorFromText(panelText) : null;
    return fromText && ACCESS_KINDS.has(fromText.kind) ? { ...fromText, httpStatus: status } : panelError('auth', words, { httpStatus: status });
  }
  if (status === 402) return panelError('funds', words, { httpStatus: status });
  if (status >= 500) return panelError('server', words, { httpStatus: status, ambiguous: ambiguousOn5xx || undefined });
  if (panelText) return { ...errorFromText(panelText), httpStatus: status };
  if (status === 404) return htmlPageError(body, status);
  return panelError('bad_response', say('errors_httpAnswered', status), { httpStatus: status });
}


/**
 * A 200 answer that is not JSON: a web page, a short plain-text error ("IP not allowed"),
 * or JSON cut off. An `add` answered so may still have been carried out: ambiguous.
 */
function notJsonError(text: string, contentType: string | null, ambiguous: boolean): PanelError {
  if (looksLikeHtml(text, contentType)) return htmlPageError(text, 200, ambiguous);
  const line = text.trim();
  if (line.length <= 200 && !/[{}[\]\n]/.test(line)) {
    const error = errorFromText(line);
    return ambiguous && (error.kind === 'rejected' || error.kind === 'bad_response') ? { ...error, ambiguous } : error;
  }
  return panelError('bad_response', say('errors_invalidJson'), { ambiguous: ambiguous || undefined });
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
      return { ok: false, error: panelError('timeout', say('errors_noAnswerWithin', Math.round(options.timeoutMs / 1000)), { ambiguous: ambiguous || undefined }) };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: panelError('network', say('errors_unreachable', redact(reason, apiKey)), { ambiguous: ambiguous || undefined }),
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
    if (text.trim() === '') return { ok: false, error: panelError('bad_response', say('errors_emptyAnswer'), { hint: say('errors_emptyAnswerHint'), ambiguous: ambiguous || undefined }) };
    const json = readBody(text);
    if (!json.ok) return { ok: false, error: redactError(notJsonError(text, response.headers.get('content-type'), ambiguous), apiKey) };
    return { ok: true, json: json.value };
  }
}

function redactError(error: PanelError, apiKey: string): PanelError {
  return { ...error, message: redact(error.message, apiKey) };
}
