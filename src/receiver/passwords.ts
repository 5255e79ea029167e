/**
 * Passwords of the inbox's accounts, hashed with scrypt (node:crypto): a random 16-byte salt per
 * password, the cost stored beside the hash so it can be raised later without breaking old hashes, and
 * a constant-time comparison. The cost is one of OWASP's scrypt settings (N=2^15, r=8, p=3: 32 MiB and
 * about a quarter of a second per try on a small server).
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 3 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, { N, r, p }: ScryptCost): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node's default ceiling is exactly 32 MiB, so give it room.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export async function hashPassword(password: string, cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const HASH_PATTERN = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** Whether `password` matches `stored`. A malformed stored hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = HASH_PATTERN.exec(stored);
  if (!match) return false;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Refuse costs no one sets, rather than let a tampered row make the server allocate gigabytes.
  if (N < 2 ** 10 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const expected = Buffer.from(match[5], 'base64url');
  if (expected.length !== KEY_BYTES) return false;
  const key = await derive(password, Buffer.from(match[4], 'base64url'), { N, r, p });
  return timingSafeEqual(key, expected);
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password, made once: an unknown account name is checked against it, so a wrong
 * name takes as long to refuse as a wrong password and answers nothing about which names exist.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummy;
}

/** What a password must be, or the problem with it (English: the command line says it). */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password.normalize('NFKC')].length;
  if (length < 12) return 'The password must be at least 12 characters long. A few words in a row are easy to remember and hard to guess.';
  if (length > 256) return 'The password must be 256 characters or fewer.';
  if (password.trim().toLowerCase() === username.toLowerCase()) return 'The password must not be the account name.';
  return undefined;
}

// No 0/O, 1/I/L: a password read off a terminal is typed without doubt.
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password of 5 groups of 4 (about 99 bits), such as `k7mq-2xhv-…`, for a new account. */
export function newPassword(): string {
  return Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('')).join('-');
}
