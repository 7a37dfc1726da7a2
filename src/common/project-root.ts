import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, found from this file (works from src/ and from a compiled dist/). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the project root (package.json) above ' + __dirname);
    dir = up;
  }
  return dir;
}

export function dataFile(...parts: string[]): string {
  return path.join(projectRoot(), 'data', ...parts);
}
