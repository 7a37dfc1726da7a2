import { DefaultLogger, LoggerOptions, LogContext } from '@mikro-orm/core';
import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import path from 'node:path';
import { FactAuditEntity, OrgUnitAuditEntity } from '../audit/audit.entity';
import { FactEntity } from '../fact/fact.entity';
import { MetricEntity } from '../metric/metric.entity';
import { OrgUnitEntity } from '../org/org-unit.entity';
import { DataVersionEntity, DataVersionPendingEntity } from './data-version.entity';
import { noteStatement } from './sql-stats';

/**
 * MikroORM's logger, which sees every statement: each is counted for its
 * request (src/request/sql-stats.ts), and written out only when debugging or
 * when a test listens (the default logger would first build a one-line copy
 * of every statement, 29 KB for a rollup).
 */
class StatementLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    noteStatement(context.took ?? 0);
    if (this.isEnabled('query', context)) super.logQuery(context);
  }
}

export const entities = [
  OrgUnitEntity,
  MetricEntity,
  FactEntity,
  FactAuditEntity,
  OrgUnitAuditEntity,
  DataVersionEntity,
  DataVersionPendingEntity,
];

/** The ORM options for a connection string; the CLI and the app share them. */
export function ormOptions(
  clientUrl: string,
  extra: {
    debug?: boolean;
    onQuery?: (sql: string) => void;
    cli?: boolean;
    statementTimeoutMs?: number;
    lockTimeoutMs?: number;
    /** Connections in the pool (10 when not given), and how long a statement waits for one (60 s). */
    poolMax?: number;
    acquireTimeoutMs?: number;
    /** How long opening a connection may take (a replica on a host that has gone away must not hold a read for long). */
    connectTimeoutMs?: number;
    /** Connect at the first statement, not at start (a replica that is down at start is only skipped until it is back). */
    lazy?: boolean;
  } = {},
) {
  // time limits of the serving process's sessions (0 or none: no limit; migrations and the CLI set none)
  const limits = [
    extra.statementTimeoutMs ? ` -c statement_timeout=${extra.statementTimeoutMs}` : '',
    extra.lockTimeoutMs ? ` -c lock_timeout=${extra.lockTimeoutMs}` : '',
  ].join('');
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      path: path.resolve(__dirname, '../../migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      // Only `mikro-orm migration:create` needs the snapshot. Applying migrations would
      // rewrite it (in no stable order), leaving every checkout that runs npm start dirty.
      snapshot: extra.cli ?? false,
      snapshotName: '.snapshot',
      silent: true,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    pool: { min: 0, max: extra.poolMax ?? 10 },
    // No JIT compilation on our sessions. The rollup's recursive CTEs make the planner estimate
    // millions of rows where there are hundreds, and a PostgreSQL built with LLVM (Debian's, most
    // servers') then spent 5.5 s compiling a statement that runs in 40 ms (docs/performance.md).
    driverOptions: {
      connection: {
        options: `-c jit=off${limits}`,
        ...(extra.connectTimeoutMs ? { connectionTimeoutMillis: extra.connectTimeoutMs } : {}),
      },
      // knex's own default is 60 s; a request that cannot get a connection is answered SERVICE_UNAVAILABLE
      ...(extra.acquireTimeoutMs ? { acquireConnectionTimeout: extra.acquireTimeoutMs } : {}),
    },
    // onQuery sees every SQL statement (tests count them); debug prints them
    debug: extra.onQuery ? ['query'] : (extra.debug ?? false),
    logger: extra.onQuery ?? ((message: string) => console.log(message)),
    loggerFactory: (options: LoggerOptions) => new StatementLogger(options),
    colors: false,
    allowGlobalContext: false,
    ...(extra.lazy ? { connect: false, ensureDatabase: false } : {}),
  });
}

/** Used by `npx mikro-orm` (migration:create etc.). It needs DATABASE_URL. */
export default ormOptions(process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres', { cli: true });
