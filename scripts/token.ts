/**
 * npm run token -- --role EDITOR --scope BANTEN [--subject ani] [--hours 8]
 *
 * Mints a bearer token signed with JWT_SECRET, for local use. The token
 * alone goes to the first line of standard output (so that
 * TOKEN=$(npm run -s token -- ...) works); its expiry goes to standard error.
 */
import { mintToken } from '../src/auth/auth.token';
import { Role } from '../src/auth/auth.model';
import { loadConfig } from '../src/config';

const USAGE = `usage: npm run token -- --role VIEWER|EDITOR|ADMIN --scope OFFICE_CODE [--subject NAME] [--hours N]
  --role     VIEWER reads their scope; EDITOR also writes figures in it; ADMIN writes anywhere and manages the office tree
  --scope    NASIONAL, or a Kanwil, Kantor Cabang or wilayah code (e.g. BANTEN, PEKALONGAN, 33.75)
  --subject  who the token is for, kept in the history of every change (default: <role>@<scope>)
  --hours    validity, 1 to 720 (default 8)
JWT_SECRET (at least 32 bytes) must be set, as for the server that will verify the token.`;

function fail(message: string, code = 2): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(code);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (!['--role', '--scope', '--subject', '--hours'].includes(flag)) fail(`unknown argument ${JSON.stringify(flag)}`);
    if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value`);
    opts[flag.slice(2)] = value;
  }
  const role = opts.role as Role;
  if (!Object.values(Role).includes(role)) fail(`--role must be one of ${Object.values(Role).join(', ')}`);
  if (!opts.scope) fail('--scope is required');
  const hours = opts.hours === undefined ? 8 : Number(opts.hours);
  if (!Number.isInteger(hours) || hours < 1 || hours > 720) fail('--hours must be a whole number from 1 to 720');
  let secret: string | undefined;
  try {
    secret = loadConfig().auth.jwtSecret;
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e), 1);
  }
  if (!secret) fail('JWT_SECRET is not set: export the same secret the server uses, e.g. JWT_SECRET=$(openssl rand -hex 32)', 1);
  const { token, expiresAt } = await mintToken(secret, { role, scope: opts.scope, subject: opts.subject }, hours * 3600);
  process.stdout.write(token + '\n');
  console.error(`${role} token for ${opts.scope}, expires ${expiresAt.toISOString()}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
