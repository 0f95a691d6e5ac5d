import { describe, expect, it } from 'vitest';
import { isCleartextRemote, normalizeApiUrl } from '../url';

describe('the API URL a user types', () => {
  it('a bare domain gets /api/v2, offered as a suggestion', () => {
    expect(normalizeApiUrl('panel.example')).toEqual({ ok: true, url: 'https://panel.example/api/v2', suggested: true });
  });

  it('a key or action pasted in the address is not kept (it would be stored and exported)', () => {
    const result = normalizeApiUrl('https://panel.example/api/v2?key=SECRET123&action=balance');
    expect(result).toEqual({ ok: true, url: 'https://panel.example/api/v2', suggested: false });
    expect(normalizeApiUrl('https://panel.example/api/v2?lang=en&key=S')).toMatchObject({ url: 'https://panel.example/api/v2?lang=en' });
  });

  it('any path is kept as typed: scripts put their API at /api/v1, /api/v3, /api, /adminapi/v2, /api.php …', () => {
    for (const path of ['/api/v1', '/api/v2', '/api/v3', '/api', '/adminapi/v2', '/api/v2/', '/api.php', '/reseller/api/v2']) {
      expect(normalizeApiUrl(`https://panel.example${path}`)).toEqual({ ok: true, url: `https://panel.example${path}`, suggested: false });
    }
    expect(normalizeApiUrl('panel.example/api/v1')).toEqual({ ok: true, url: 'https://panel.example/api/v1', suggested: false });
  });

  it('refuses what cannot be a panel, saying what to do', () => {
    expect(normalizeApiUrl('ftp://panel.example')).toMatchObject({ ok: false, message: expect.stringContaining('Only http and https') });
    expect(normalizeApiUrl('https://user:pw@panel.example/api/v2')).toMatchObject({ ok: false, message: expect.stringContaining('API key is entered separately') });
  });
});

describe('clear-text addresses', () => {
  it('plain http to another machine is flagged; this machine and https are not', () => {
    expect(isCleartextRemote('http://panel.example/api/v2')).toBe(true);
    expect(isCleartextRemote('https://panel.example/api/v2')).toBe(false);
    expect(isCleartextRemote('http://127.0.0.1:8787/api/v2')).toBe(false);
    expect(isCleartextRemote('http://localhost:8787/api/v2')).toBe(false);
  });
});
