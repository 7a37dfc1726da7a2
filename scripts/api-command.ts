/**
 * The command `npm start` runs, as arguments for spawn(process.execPath, …),
 * read from package.json so that the benchmarks start the API exactly as a
 * user does (the same Node flags and ts-node).
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function startArgs(root = path.resolve(__dirname, '..'), script = 'start'): string[] {
  const start: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts[script];
  const [command, ...args] = start.split(/\s+/);
  if (command !== 'node') throw new Error(`package.json's ${script} script should run node, got ${JSON.stringify(start)}`);
  return args;
}

/**
 * The API as `npm start` runs it, in production (NODE_ENV=production, tokens
 * required with `jwtSecret`), on `databaseUrl` at 127.0.0.1:`port`, with
 * `env` on top; resolved once it says it is ready. Its output is read until
 * then and drained after (its request log is not the caller's to keep).
 */
export async function startProductionApi(options: {
  databaseUrl: string;
  port: number;
  jwtSecret: string;
  env?: NodeJS.ProcessEnv;
  root?: string;
}): Promise<ChildProcess> {
  const root = options.root ?? path.resolve(__dirname, '..');
  const child = spawn(process.execPath, startArgs(root), {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      AUTH_MODE: 'required',
      JWT_SECRET: options.jwtSecret,
      NODE_ENV: 'production',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let ready = () => undefined as void;
  const collect = (d: Buffer) => {
    out += d;
    if (out.includes(' ready in ')) ready();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`the API exited with ${code}:\n${out}`));
    child.once('exit', exited);
    ready = () => {
      child.removeListener('exit', exited);
      resolve();
    };
  });
  child.stdout!.removeListener('data', collect);
  child.stderr!.removeListener('data', collect);
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}
