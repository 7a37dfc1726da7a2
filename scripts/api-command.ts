/**
 * The command `npm start` runs, as arguments for spawn(process.execPath, …),
 * read from package.json so that the benchmarks start the API exactly as a
 * user does (the same Node flags and ts-node).
 */
import fs from 'node:fs';
import path from 'node:path';

export function startArgs(root = path.resolve(__dirname, '..'), script = 'start'): string[] {
  const start: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts[script];
  const [command, ...args] = start.split(/\s+/);
  if (command !== 'node') throw new Error(`package.json's ${script} script should run node, got ${JSON.stringify(start)}`);
  return args;
}
