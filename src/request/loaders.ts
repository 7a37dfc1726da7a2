/**
 * The request's DataLoaders, made in the context factory: one set per
 * request, nothing cached across requests. Each batch is at most one SQL
 * statement and returns one result per key, in key order; rollups of a query
 * already computed for this request cost none.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { changes, ChangeRow, HistoryKey } from '../audit/audit.repository';
import { MetricDefinition } from '../metric/metric.model';
import { loadMetricCatalogue } from '../metric/metric.repository';
import { OrgUnitRow } from '../org/org.model';
import { childrenOf, unitsByCode } from '../org/org.repository';
import { queryKey, RollupCache, RollupRequest, rollupSeries, SeriesQuery } from '../rollup/rollup.repository';
import { RollupRow } from '../rollup/rollup.sql';
import { SeriesRow } from '../rollup/series.sql';

export interface Loaders {
  unit: DataLoader<string, OrgUnitRow | null>;
  children: DataLoader<string, OrgUnitRow[]>;
  /** The whole metric catalogue, loaded once per request. */
  metrics: () => Promise<MetricDefinition[]>;
  rollup: DataLoader<RollupRequest, RollupRow, string>;
  /** One office's figures along a series of periods: one statement per call. */
  series: (query: SeriesQuery) => Promise<SeriesRow[]>;
  /** The changes behind a fact or a figure, newest first. */
  history: DataLoader<HistoryKey, ChangeRow[], string>;
}

export function rollupKey(r: RollupRequest): string {
  return `${r.unit}|${queryKey(r)}`;
}

export function createLoaders(em: EntityManager, signal?: AbortSignal): Loaders {
  let catalogue: Promise<MetricDefinition[]> | undefined;
  const rollups = new RollupCache(em, signal);
  return {
    unit: new DataLoader(async (codes) => {
      const rows = new Map((await unitsByCode(em, codes)).map((u) => [u.code, u]));
      return codes.map((c) => rows.get(c) ?? null);
    }),
    children: new DataLoader(async (parents) => {
      const byParent = new Map<string, OrgUnitRow[]>(parents.map((p) => [p, []]));
      for (const u of await childrenOf(em, parents)) byParent.get(u.parentCode!)?.push(u);
      return parents.map((p) => byParent.get(p)!);
    }),
    metrics: () => (catalogue ??= loadMetricCatalogue(em)),
    rollup: new DataLoader((requests) => rollups.load(requests), { cacheKeyFn: rollupKey }),
    series: (query) => rollupSeries(em, query, signal),
    history: new DataLoader((keys) => changes(em, keys), { cacheKeyFn: (k) => JSON.stringify(k) }),
  };
}
