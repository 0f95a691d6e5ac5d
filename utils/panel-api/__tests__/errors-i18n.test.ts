/**
 * The error → message mapping in another language: PanelPilot's explanation and advice are
 * translated, the panel's own words are kept exactly; an error stored in one language is
 * told again in the reader's when storage is read, unless its texts were changed after it
 * was made; errors stored before keys were kept are shown as stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { useCatalog } from '../../i18n/messages';
import { PANEL_ERROR } from '../../panels/schema';
import { causeFor, panelError, say, tellPanelError, type PanelError } from '../errors';
import { htmlPageError } from '../html-page';
import { errorFromText } from '../normalize';
import { postForm } from '../transport';

const sources = readLocaleSources();
const use = (locale: string) => useCatalog(locale, buildMessages(sources, locale));
/** How storage reads a kept error back (utils/panels/schema.ts). */
const readStored = (stored: unknown) => PANEL_ERROR.read(JSON.parse(JSON.stringify(stored)), { strict: false, lost: false } as never) as PanelError;
/** Without the isolates (FSI…PDI) a right-to-left language puts around substitutions. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

afterEach(() => use('en'));

describe('panel errors in Russian', () => {
  it('an IP whitelist refusal: the panel’s words verbatim, the cause and the advice in Russian', () => {
    use('ru');
    const error = errorFromText('IP not allowed');
    expect(error.kind).toBe('ip_blocked');
    expect(error.message).toBe('IP not allowed');
    expect(error.hint).toMatch(/^Панель принимает запросы API только с IP-адресов из своего белого списка\./);
    expect(causeFor('ip_blocked')).toBe('IP-адреса этого компьютера нет в белом списке панели');
  });

  it('a phrase with its own advice (“Incorrect request”) gets that advice, in Russian', () => {
    use('ru');
    const error = errorFromText('Incorrect request');
    expect(error.message).toBe('Incorrect request');
    expect(error.hint).toMatch(/^Панель не поняла запрос\./);
  });

  it('a timeout is PanelPilot’s own sentence, its number in it', async () => {
    use('ru');
    const stall = () => new Promise<Response>(() => {});
    const { error } = (await postForm('https://p.example/api/v2', 'sk-secret', { action: 'balance' }, { fetch: stall, timeoutMs: 20 })) as { error: PanelError };
    expect(error).toMatchObject({ kind: 'timeout', message: 'Нет ответа за 0 с.', hint: 'Панель не ответила вовремя. Попробуйте снова через несколько минут.' });
  });

  it('the API key appears in no message, whatever the language', async () => {
    use('ru');
    const failing = () => Promise.reject(new TypeError('connect ECONNREFUSED key=sk-secret-123'));
    const { error } = (await postForm('https://p.example/api/v2', 'sk-secret-123', { action: 'balance' }, { fetch: failing, timeoutMs: 1000 })) as { error: PanelError };
    expect(error.message).toMatch(/^Не удалось связаться с панелью \(/);
    expect(JSON.stringify(error)).not.toContain('sk-secret-123');
  });
});

describe('panel errors in Arabic', () => {
  it('a Cloudflare page: the explanation in Arabic, the page’s own title kept as it came', () => {
    use('ar');
    const error = htmlPageError('<html><title>Just a moment...</title><div id="challenge-platform"></div></html>', 403);
    expect(error.kind).toBe('challenge');
    expect(error.message).toContain('\u2068Just a moment...\u2069');
    expect(plain(error.message)).toBe('أجاب فحص للمتصفح (“Just a moment...”) بدلًا من API اللوحة: موقع اللوحة محمي بـ Cloudflare أو خدمة مشابهة لا تستطيع الإضافة تجاوزها.');
    expect(error.hint).toMatch(/^موقع اللوحة محمي بفحص للمتصفح/);
    expect(causeFor('challenge')).toBe('فحص للمتصفح يقف أمام API اللوحة');
  });

  it('a disabled API: the panel’s sentence verbatim, the advice in Arabic', () => {
    use('ar');
    const error = errorFromText('API is Disable for this user or User Not Found! Contact the Support');
    expect(error.kind).toBe('api_disabled');
    expect(error.message).toBe('API is Disable for this user or User Not Found! Contact the Support');
    expect(error.hint).toMatch(/^الوصول إلى API معطّل لهذا الحساب/);
  });
});

describe('a stored error is shown in the reader’s language', () => {
  it('made in English, read in Russian: PanelPilot’s words told again, the panel’s text kept', () => {
    const timeout = panelError('timeout', say('errors_noAnswerWithin', 30));
    const refused = errorFromText('Not enough funds on balance');
    expect(timeout.message).toBe('No answer within 30 s.');
    use('ru');
    expect(readStored(timeout)).toMatchObject({ message: 'Нет ответа за 30 с.', hint: 'Панель не ответила вовремя. Попробуйте снова через несколько минут.' });
    expect(readStored(refused)).toMatchObject({ message: 'Not enough funds on balance', hint: 'Пополните баланс на сайте панели или уменьшите количество.' });
    // And back: what was told in Russian is told in English again.
    const russian = readStored(timeout);
    use('en');
    expect(readStored(russian)).toMatchObject({ message: 'No answer within 30 s.', hint: 'The panel did not answer in time. Try again in a few minutes.' });
  });

  it('the same object back when nothing changes (no write for a read)', () => {
    const error = panelError('network', say('errors_unreachable', 'Failed to fetch'));
    expect(tellPanelError(error)).toBe(error);
  });

  it('an error whose hint was replaced after it was made keeps both texts', () => {
    const locked = { ...panelError('auth', 'PanelPilot is locked.'), hint: 'Unlock it with your passphrase.' };
    use('ru');
    expect(readStored(locked)).toMatchObject({ message: 'PanelPilot is locked.', hint: 'Unlock it with your passphrase.' });
  });

  it('an error stored before keys were kept, or naming a key that does not exist, is shown as stored', () => {
    const made = panelError('timeout', say('errors_noAnswerWithin', 30));
    const unknown = { ...made, said: { ...made.said, message: { key: 'errors_gone' } } };
    use('ru');
    const old = { kind: 'timeout', message: 'No answer within 30 s.', hint: 'The panel did not answer in time.' };
    expect(readStored(old)).toMatchObject(old);
    expect(readStored(unknown)).toMatchObject({ message: 'No answer within 30 s.', hint: 'Панель не ответила вовремя. Попробуйте снова через несколько минут.' });
  });
});
