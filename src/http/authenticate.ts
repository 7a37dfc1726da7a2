import { Principal } from '../auth/auth.model';
import { TokenVerifier } from '../auth/auth.token';
import { UnauthenticatedError } from '../common/errors';
import { AuthMode } from '../config';

export interface AuthSetup {
  mode: AuthMode;
  verify: TokenVerifier | undefined;
}

/** The caller of a request, from its Authorization header; throws UnauthenticatedError (401). */
export async function authenticate(header: string | undefined, auth: AuthSetup): Promise<Principal | null> {
  if (!header) {
    if (auth.mode === 'demo') return null;
    throw new UnauthenticatedError('a bearer token is required: send Authorization: Bearer <token> (npm run token mints one)');
  }
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
  if (!auth.verify) throw new UnauthenticatedError('this server has no JWT_SECRET or JWKS_URL to verify tokens with');
  try {
    return await auth.verify(m[1]);
  } catch (e) {
    throw new UnauthenticatedError(`invalid token: ${e instanceof Error ? e.message : String(e)}`);
  }
}
