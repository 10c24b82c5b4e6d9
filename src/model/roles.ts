import { createHash, randomBytes } from 'node:crypto';

/**
 * Who may do what, in one place. Reads are open by default (API_READ_ACCESS); every mutation needs
 * a curator; editing reference knowledge and reading the audit trail need an admin.
 */
export const ROLES = ['reader', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** True when `held` includes what `needed` allows (admin > curator > reader). */
export function roleAllows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** Who made a request: an API key, a JWT subject, or nobody (anonymous). */
export interface Principal {
  /** "key:<id>" or "jwt:<sub>" */
  id: string;
  role: Role;
}

/** A new API key: the token is shown once; only its SHA-256 is stored (a 256-bit random secret needs no slow hash). */
export function newApiKey(): { id: string; token: string; hash: string } {
  const id = randomBytes(6).toString('hex');
  const token = `dg_${id}_${randomBytes(32).toString('base64url')}`;
  return { id, token, hash: hashApiKey(token) };
}

export function hashApiKey(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Tokens look like dg_<12 hex>_<43 base64url>; anything else is not looked up. */
export const API_KEY_PATTERN = /^dg_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/;
