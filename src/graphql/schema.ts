import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { FactResolver } from '../fact/fact.resolver';
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
] as const;

let built: GraphQLSchema | undefined;

/** The executable schema (built once: type-graphql metadata is global). */
export function buildAppSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers,
    validate: false,
    // every level's type, also those only reachable through the OrgUnit interface
    orphanedTypes: [Nasional, Kanwil, KantorCabang, Wilayah],
  });
  return built;
}
