import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the emitted schema keeps the public contract', () => {
  it('breaks nothing of contract.graphql (it may only add)', () => {
    const contract = buildSchema(read('schema/contract/contract.graphql'));
    const emitted = buildSchema(read('schema/schema.graphql'));
    expect(findBreakingChanges(contract, emitted)).toEqual([]);
  });

  it('breaks nothing of contract-writes.graphql', () => {
    const contract = buildSchema(read('schema/contract/contract.graphql') + '\n' + read('schema/contract/contract-writes.graphql'));
    const emitted = buildSchema(read('schema/schema.graphql'));
    expect(findBreakingChanges(contract, emitted)).toEqual([]);
  });

  it('breaks nothing of contract-analyst.graphql', () => {
    const contract = buildSchema(read('schema/contract/contract.graphql') + '\n' + read('schema/contract/contract-analyst.graphql'));
    const emitted = buildSchema(read('schema/schema.graphql'));
    expect(findBreakingChanges(contract, emitted)).toEqual([]);
  });

  it('is what the type-graphql classes build (schema/schema.graphql is not stale)', () => {
    const committed = buildSchema(read('schema/schema.graphql'));
    expect(printSchema(lexicographicSortSchema(committed))).toBe(printSchema(lexicographicSortSchema(buildAppSchema())));
  });
});
