/**
 * The fields of SYNC_FIELDS answer at once, not with a promise (type-graphql's
 * argument pipeline made each a promise), and as the resolver classes do,
 * with the schema's argument defaults (graphql-js passes them when an argument
 * is left out; the operations tests run them end to end).
 */
import { GraphQLObjectType } from 'graphql';
import { MetricUnit } from '../metric/metric.model';
import { ValueSource } from '../rollup/performance.model';
import { buildAppSchema, SYNC_FIELDS } from './schema';

const schema = buildAppSchema();
const amount = { value: '4067826205816.00', unit: MetricUnit.RUPIAH, source: ValueSource.RECORDED };
const percent = { value: '100.2718' };

it.each(Object.entries(SYNC_FIELDS).flatMap(([type, fields]) => Object.keys(fields).map((f) => [type, f])))(
  '%s.%s is resolved by the schema without a promise',
  (type, field) => {
    const resolve = (schema.getType(type) as GraphQLObjectType).getFields()[field].resolve!;
    const root = type === 'Amount' ? amount : percent;
    const out = resolve(root, { style: null }, {}, {} as never);
    expect(typeof out).toBe('string');
  },
);

it("writes the figures the Indonesian way, with the schema's argument defaults", () => {
  const fields = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields().formatted;
  const run = (name: string, root: unknown, args: Record<string, unknown>) => fields(name).resolve!(root, args, {}, {} as never);
  // graphql-js passes the declared defaults when an argument is left out
  const amountDefaults = Object.fromEntries(fields('Amount').args.map((a) => [a.name, a.defaultValue]));
  const percentDefaults = Object.fromEntries(fields('Percent').args.map((a) => [a.name, a.defaultValue]));
  expect(run('Amount', amount, amountDefaults)).toBe('Rp4.067.826.205.816,00');
  expect(run('Amount', amount, { ...amountDefaults, style: 'SHORT' })).toBe('Rp4,07 triliun');
  expect(run('Percent', percent, percentDefaults)).toBe('100,27%');
  expect(run('Percent', { value: '-3.1' }, { ...percentDefaults, signed: true, style: 'WORD' })).toBe('-3,10 persen');
});
