/**
 * npm run import -- FILE.csv: imports targets and realizations, all or
 * nothing, through the same validation and write path as the mutations.
 * The work is in src/fact/fact.import.ts; this is arguments, the database,
 * printing and exit codes (0 imported, 1 rejected or failed, 2 usage).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { todayInJakarta } from '../src/calendar/calendar';
import { UserErrorInfo } from '../src/common/user-error';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import { openDatabase, Orm } from '../src/db/database';
import { EmbeddedServer } from '../src/db/embedded';
import {
  CSV_COLUMNS,
  formatImportError,
  importActor,
  importFacts,
  NUMBER_FORMATS,
  NumberFormat,
  parseFactsCsv,
  REQUIRED_COLUMNS,
} from '../src/fact/fact.import';
import { seedReference } from '../src/seed/reference.seed';

const USAGE = `Usage: npm run import -- FILE.csv [--number-format plain|id] [--dry-run]
       ts-node scripts/import.ts FILE.csv [options]

Imports targets and realizations from a CSV file through the same validation
and write path as the GraphQL mutations, in one transaction: every line is
written, or nothing is.

The file needs a header line; columns (as in data/demo/press_figures.csv):
  ${CSV_COLUMNS.join(',')}
  required: ${REQUIRED_COLUMNS.join(', ')}
  level    optional; when given it must be the office's level
  segment  empty = the total
  source   goes into the fact's note

Options:
  --number-format plain  values like 4067826205816.00 (default): digits, optional "." fraction
  --number-format id     values like 4.067.826.205.816,00: "." groups thousands (groups of 3), "," fraction
  --dry-run              validate and show what would be written; write nothing
  -h, --help             this text

Database: DATABASE_URL when set, else the embedded PostgreSQL of npm start
(data in EMBEDDED_PG_DIR, default .data/postgres; database kinerja). Stop a
running npm start on the embedded database first, or set DATABASE_URL.

Exit codes: 0 imported (or dry run passed), 1 rejected (nothing was written) or failed, 2 usage error.`;

class UsageError extends Error {}

interface Args {
  file: string;
  numberFormat: NumberFormat;
  dryRun: boolean;
}

function parseArguments(argv: string[]): Args | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'number-format': { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const format = values['number-format'] ?? 'plain';
  if (!(NUMBER_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--number-format must be ${NUMBER_FORMATS.join(' or ')}, got ${JSON.stringify(format)}`);
  }
  if (positionals.length === 0) throw new UsageError('no file given: npm run import -- FILE.csv');
  if (positionals.length > 1) throw new UsageError(`one file at a time, got ${positionals.length}: ${positionals.join(' ')}`);
  return { file: positionals[0], numberFormat: format as NumberFormat, dryRun: values['dry-run'] ?? false };
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `no such file: ${file}`
        : code === 'EISDIR'
          ? `${file} is a folder, not a CSV file`
          : `cannot read ${file}: ${(e as Error).message}`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text; save the CSV as UTF-8`);
  }
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return `uid${process.getuid?.() ?? ''}`;
  }
}

const progress = (line: string) => process.stderr.write(line + '\n');

/** A process's parent, from /proc (Linux); null where there is none to read. */
function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ...", comm may hold spaces and parentheses
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || null;
  } catch {
    return null;
  }
}

/** What the import holds open, for a stop from outside to close. */
const open: { orm?: Orm; embedded?: EmbeddedServer; committed: boolean } = { committed: false };

/**
 * Stops the import when it is told to (SIGINT, SIGTERM, SIGHUP) or when the
 * command that started it has gone (npm killed, a terminal closed): its
 * transaction is rolled back as its connection closes, so nothing is
 * written, and an embedded PostgreSQL it started is stopped.
 */
function stopFromOutside(): void {
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`import stopped: ${why}; ${open.committed ? 'it had already committed' : 'nothing was written'}\n`);
    void (async () => {
      // no graceful close: it would wait for the statement in flight. Exiting closes the connection,
      // and PostgreSQL rolls back a transaction whose client has gone; an embedded server is stopped first
      await Promise.race([open.embedded?.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 3_000).unref())]);
      process.exit(open.committed ? 0 : 1);
    })();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  // npm runs a script through a shell: when npm is killed the shell stays, so watch its parent too
  const watched = [process.ppid, parentOf(process.ppid)].filter((pid): pid is number => pid !== null && pid > 1);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  setInterval(() => {
    if (watched.some((pid) => !alive(pid))) stop('the command that started it has gone');
  }, 250).unref();
}

async function run(args: Args): Promise<number> {
  const started = Date.now();
  stopFromOutside();
  const text = readText(args.file);
  const parsed = parseFactsCsv(text, { numberFormat: args.numberFormat });
  const total = parsed.rows.length;
  const big = total > 10_000;
  if (big) progress(`read ${total} rows from ${args.file}`);
  const report = (errors: UserErrorInfo[]): number => {
    const badLines = new Set(errors.map((e) => e.index)).size;
    process.stderr.write(
      errors.map((e) => formatImportError(e, parsed.lines) + '\n').join('') +
        `nothing was written: ${errors.length} error${errors.length === 1 ? '' : 's'} on ${badLines} line${badLines === 1 ? '' : 's'} of ${args.file}\n`,
    );
    return 1;
  };
  // A bad header needs no database to report.
  if (parsed.errors.some((e) => e.index === null)) return report(parsed.errors);

  let embedded: EmbeddedServer | undefined;
  let orm: Orm | undefined;
  try {
    const config = loadConfig();
    const db = await connectDatabase(config);
    embedded = open.embedded = db.embedded;
    orm = open.orm = await openDatabase(db.url);
    if (await seedReference(orm.em.fork())) progress('The database was empty: loaded the reference office tree and the metric catalogue.');
    const summary = await importFacts(orm.em.fork(), parsed.rows, {
      actor: importActor(path.basename(args.file), osUser()),
      today: todayInJakarta(),
      dryRun: args.dryRun,
      parseErrors: parsed.errors,
      lines: parsed.lines,
      maxNoteLength: config.maxNoteLength,
      onProgress: big
        ? (p) => progress(p.phase === 'validated' ? `validated ${p.total} rows` : `written ${p.done}/${p.total} rows`)
        : undefined,
    });
    open.committed = !summary.dryRun && summary.userErrors.length === 0;
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    if (summary.userErrors.length > 0) return report(summary.userErrors);
    process.stdout.write(
      [
        ...(summary.dryRun ? ['dry run: every row is valid; nothing was written. Without --dry-run the import would give:'] : []),
        `file:      ${args.file}`,
        `rows:      ${summary.rows}`,
        `inserted:  ${summary.inserted}`,
        `updated:   ${summary.updated}`,
        `unchanged: ${summary.unchanged}`,
        `seconds:   ${seconds}`,
      ].join('\n') + '\n',
    );
    return 0;
  } finally {
    await orm?.close().catch((e) => console.error('closing the database connections:', e));
    await embedded?.stop().catch((e) => console.error('stopping the embedded PostgreSQL:', e));
  }
}

async function main(): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`import: ${e.message}\n${USAGE.split('\n').slice(0, 2).join('\n')}\n(--help for more)\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  try {
    return await run(args);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`import: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`import failed: ${e instanceof Error ? e.message : String(e)}\nnothing was written\n`);
    return 1;
  }
}

// An explicit exit code, once stdout and stderr have drained
// First let stdout and stderr drain (pipes may be asynchronous).
const exit = (code: number) => {
  let pending = 2;
  const done = () => --pending === 0 && process.exit(code);
  process.stdout.write('', done);
  process.stderr.write('', done);
};
main().then(exit, (e) => {
  console.error(e);
  exit(1);
});
