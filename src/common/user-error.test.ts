import fs from 'node:fs';
import path from 'node:path';
import { USER_ERROR_CODES } from './user-error';

describe('USER_ERROR_CODES', () => {
  it('is the list docs/errors.md documents, code for code', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/errors.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## User errors'));
    const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(USER_ERROR_CODES).sort());
  });

  it('has one code per problem, SCREAMING_SNAKE_CASE', () => {
    for (const code of Object.keys(USER_ERROR_CODES)) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    expect(Object.keys(USER_ERROR_CODES)).toHaveLength(41);
  });
});
