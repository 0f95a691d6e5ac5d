/**
 * The passphrase lock's cryptography, pure WebCrypto (the same in the worker, pages and
 * Node tests): PBKDF2-SHA-256 turns the passphrase into an AES-GCM key, which seals the
 * panelId → API key map. GCM authenticates, so a wrong passphrase or a tampered blob fails to
 * open instead of yielding garbage keys.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; ~0.3 s once per unlock on these machines. */
export const DEFAULT_ITERATIONS = 600_000;

/** Shorter passphrases are refused (the worker) and the form says so (Settings): the seal is only as strong as what the user types. */
export const MIN_PASSPHRASE = 8;

export interface SealedKeys {
  v: 1;
  iterations: number;
  salt: string;
  iv: string;
  data: string;
}

/** What an unlocked worker keeps in session storage: the keys and the AES key to reseal them. */
export interface OpenedKeys {
  keys: Record<string, string>;
  /** Raw AES key bytes (base64). As secret as the keys; never leaves session storage. */
  aesKey: string;
  salt: string;
  iterations: number;
}

const toB64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromB64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

async function encrypt(keys: Record<string, string>, aes: CryptoKey, salt: string, iterations: number): Promise<SealedKeys> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, new TextEncoder().encode(JSON.stringify(keys))));
  return { v: 1, iterations, salt, iv: toB64(iv), data: toB64(data) };
}

/** Seals keys under a new passphrase (fresh salt). */
export async function sealWithPassphrase(keys: Record<string, string>, passphrase: string, iterations = DEFAULT_ITERATIONS): Promise<{ sealed: SealedKeys; opened: OpenedKeys }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const aes = await deriveKey(passphrase, salt, iterations);
  const sealed = await encrypt(keys, aes, toB64(salt), iterations);
  return { sealed, opened: { keys, aesKey: toB64(new Uint8Array(await crypto.subtle.exportKey('raw', aes))), salt: sealed.salt, iterations } };
}

/** Reseals changed keys with the unlocked session's AES key (no passphrase needed). */
export async function reseal(opened: OpenedKeys, keys: Record<string, string>): Promise<{ sealed: SealedKeys; opened: OpenedKeys }> {
  const aes = await crypto.subtle.importKey('raw', fromB64(opened.aesKey), 'AES-GCM', true, ['encrypt', 'decrypt']);
  return { sealed: await encrypt(keys, aes, opened.salt, opened.iterations), opened: { ...opened, keys } };
}

/** Opens a sealed blob; null when the passphrase is wrong or the blob was altered. */
export async function openWithPassphrase(sealed: SealedKeys, passphrase: string): Promise<OpenedKeys | null> {
  try {
    const aes = await deriveKey(passphrase, fromB64(sealed.salt), sealed.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(sealed.iv) }, aes, fromB64(sealed.data));
    const keys = JSON.parse(new TextDecoder().decode(plain)) as unknown;
    if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) return null;
    return { keys: keys as Record<string, string>, aesKey: toB64(new Uint8Array(await crypto.subtle.exportKey('raw', aes))), salt: sealed.salt, iterations: sealed.iterations };
  } catch {
    return null;
  }
}
