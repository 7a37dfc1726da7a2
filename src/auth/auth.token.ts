/**
 * Bearer tokens: JWTs verified with jose, HS256 with JWT_SECRET or keys from
 * the JWKS at JWKS_URL. Claims: `sub`, `role` (VIEWER, EDITOR, ADMIN) and
 * `scope` (an office code).
 */
import { createRemoteJWKSet, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { AuthConfig } from '../config';
import { Principal, Role } from './auth.model';

export const ISSUER = 'bpjstk-kinerja-api';
const ROLES = Object.values(Role) as string[];

export type TokenVerifier = (token: string) => Promise<Principal>;

function principalOf(payload: JWTPayload): Principal {
  const { role, scope, sub } = payload as JWTPayload & { role?: unknown; scope?: unknown };
  if (typeof role !== 'string' || !ROLES.includes(role)) throw new Error(`the token's role claim must be one of ${ROLES.join(', ')}`);
  if (typeof scope !== 'string' || scope === '')
    throw new Error('the token has no scope claim (an office code such as NASIONAL or BANTEN)');
  return { subject: typeof sub === 'string' && sub ? sub : 'unknown', role: role as Role, scope };
}

/** A verifier for the configured keys, or undefined when none is configured. */
export function createVerifier(config: AuthConfig): TokenVerifier | undefined {
  if (config.jwksUrl) {
    const keys = createRemoteJWKSet(new URL(config.jwksUrl));
    return async (token) => principalOf((await jwtVerify(token, keys)).payload);
  }
  if (config.jwtSecret) {
    const key = new TextEncoder().encode(config.jwtSecret);
    return async (token) => principalOf((await jwtVerify(token, key, { algorithms: ['HS256'] })).payload);
  }
  return undefined;
}

/** Mints an HS256 token (npm run token, tests). */
export async function mintToken(
  secret: string,
  claims: { role: Role; scope: string; subject?: string },
  expiresInSeconds = 8 * 3600,
): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ role: claims.role, scope: claims.scope })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject ?? `${claims.role.toLowerCase()}@${claims.scope}`)
    .setIssuer(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date((now + expiresInSeconds) * 1000) };
}
