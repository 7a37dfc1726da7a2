/**
 * Writes the SDL of the executable schema to schema/schema.graphql.
 * With --check, writes nothing and fails when the committed file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../src/graphql/schema';

const file = path.resolve(__dirname, '../schema/schema.graphql');
const header = '# Emitted from the type-graphql classes by `npm run schema`. Do not edit: CI fails when it is stale.\n\n';
const sdl = header + printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== sdl) {
    console.error('schema/schema.graphql is stale: run `npm run schema` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
