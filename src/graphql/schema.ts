import 'reflect-metadata';
import { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { FactResolver } from '../fact/fact.resolver';
import { LiveResolver } from '../live/live.resolver';
import { MetricResolver } from '../metric/metric.resolver';
import { OrgMutationResolver } from '../org/org-admin.resolver';
import {
  KanwilResolver,
  KantorCabangResolver,
  NasionalResolver,
  OrgQueryResolver,
  OrgUnitResolver,
  WilayahResolver,
} from '../org/org-unit.resolver';
import { Kanwil, KantorCabang, Nasional, Wilayah } from '../org/org-unit.type';
import { ReportResolver } from '../report/report.resolver';
import { AmountResolver } from '../rollup/amount.resolver';
import { PercentResolver } from '../rollup/percent.resolver';
import { PerformanceResolver } from '../rollup/performance.resolver';
import { PeriodResolver } from '../rollup/period.resolver';

export const resolvers = [
  OrgQueryResolver,
  OrgUnitResolver,
  NasionalResolver,
  KanwilResolver,
  KantorCabangResolver,
  WilayahResolver,
  MetricResolver,
  PerformanceResolver,
  AmountResolver,
  PercentResolver,
  PeriodResolver,
  FactResolver,
  AuditResolver,
  OrgMutationResolver,
  ReportResolver,
  LiveResolver,
] as const;

type Args = Record<string, never>;
const amounts = new AmountResolver();
const percents = new PercentResolver();

/**
 * Fields read for nearly every figure of an answer, resolved by the same
 * methods but not through type-graphql's argument pipeline: type-graphql
 * (2.0.0-rc.4, validateArg) checks each argument in an async function even
 * with validation off, so every `formatted` was a promise, and graphql-js then
 * waited on every object above it (a 10-year series: 360 promises and their
 * objects, about 3 ms of a 16 ms answer). graphql-js has already coerced the
 * arguments and applied their defaults.
 */
export const SYNC_FIELDS: Record<string, Record<string, GraphQLFieldResolver<never, unknown, Args>>> = {
  Amount: { formatted: (amount, { style, fractionDigits, withUnit }) => amounts.formatted(amount, style, fractionDigits, withUnit) },
  Percent: { formatted: (percent, { style, fractionDigits, signed }) => percents.formatted(percent, style, fractionDigits, signed) },
};

let built: GraphQLSchema | undefined;

/** The executable schema (built once: type-graphql metadata is global). */
export function buildAppSchema(): GraphQLSchema {
  if (built) return built;
  built = buildSchemaSync({
    resolvers,
    validate: false,
    // type-graphql asks for a PubSub whenever the schema has a subscription, even one with its own
    // subscribe function (performanceChanged's: src/live/); no topic is ever published or subscribed
    pubSub: {
      publish: () => {
        throw new Error('type-graphql topics are not used: live updates go through src/live/');
      },
      subscribe: () => {
        throw new Error('type-graphql topics are not used: live updates go through src/live/');
      },
    },
    // every level's type, also those only reachable through the OrgUnit interface
    orphanedTypes: [Nasional, Kanwil, KantorCabang, Wilayah],
  });
  for (const [typeName, fields] of Object.entries(SYNC_FIELDS)) {
    const type = built.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`the schema has no object type ${typeName}`);
    for (const [name, resolve] of Object.entries(fields)) {
      const field = type.getFields()[name];
      if (!field) throw new Error(`${typeName} has no field ${name}`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return built;
}
