/**
 * Bearer tokens: JWTs verified with jose, HS256 with JWT_SECRET or keys from
 * the JWKS at JWKS_URL. Claims: `sub`, `role` (VIEWER, EDITOR, ADMIN) and
 * `scope` (an office code).
 */
import { createRemoteJWKSet, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { AuthConfig, DEFAULT_MAX_TOKEN_HOURS } from '../config';
import { Principal, Role } from './auth.model';

export const ISSUER = 'bpjstk-kinerja-api';
const ROLES = Object.values(Role) as string[];

export type TokenVerifier = (token: string) => Promise<Principal>;

function principalOf(payload: JWTPayload, maxTokenHours: number): Principal {
  const { role, scope, sub, exp } = payload as JWTPayload & { role?: unknown; scope?: unknown };
  // jose checks exp when there is one; a token without it would be valid forever
  if (typeof exp !== 'number') throw new Error('the token has no exp claim: tokens must expire');
  if (exp - Date.now() / 1000 > maxTokenHours * 3600) {
    throw new Error(`the token is valid for more than ${maxTokenHours} hours (TOKEN_MAX_HOURS): mint a shorter one`);
  }
  if (typeof role !== 'string' || !ROLES.includes(role)) throw new Error(`the token's role claim must be one of ${ROLES.join(', ')}`);
  if (typeof scope !== 'string' || scope === '')
    throw new Error('the token has no scope claim (an office code such as NASIONAL or BANTEN)');
  // without a subject a token may read; a write needs someone to name in the history (Access.writer)
  return { subject: typeof sub === 'string' ? sub : '', role: role as Role, scope };
}

/** A verifier for the configured keys, or undefined when none is configured. */
export function createVerifier(config: AuthConfig): TokenVerifier | undefined {
  const maxHours = config.maxTokenHours ?? DEFAULT_MAX_TOKEN_HOURS;
  // iss and aud are checked when configured (JWT_ISSUER, JWT_AUDIENCE)
  const claims = { issuer: config.issuer, audience: config.audience };
  if (config.jwksUrl) {
    const keys = createRemoteJWKSet(new URL(config.jwksUrl));
    return async (token) => principalOf((await jwtVerify(token, keys, claims)).payload, maxHours);
  }
  if (config.jwtSecret) {
    const key = new TextEncoder().encode(config.jwtSecret);
    return async (token) => principalOf((await jwtVerify(token, key, { ...claims, algorithms: ['HS256'] })).payload, maxHours);
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
