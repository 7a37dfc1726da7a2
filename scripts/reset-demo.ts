/**
 * npm run reset: back to the demo data as the first `npm start` loads it.
 * It removes the embedded PostgreSQL's data folder (every figure, write and
 * audit row of the demo), so that the next `npm start` creates the database
 * again and loads the demo figures (5 to 10 s). It refuses while `npm start`
 * runs on that folder, and does nothing with DATABASE_URL set: a real
 * database is reset by whoever runs it (drop and create it, then npm start
 * with DEMO_DATA=true loads the demo figures into it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { embeddedDataDir } from '../src/db/connect';

/** Exit codes: 0 reset (or nothing to reset), 2 refused. */
function main(): number {
  const config = loadConfig();
  if (config.databaseUrl) {
    console.error(
      'npm run reset only resets the embedded database of npm start; DATABASE_URL is set, and this command does not touch that server.\n' +
        'To start that database afresh, drop and create it, then run npm start with DEMO_DATA=true.',
    );
    return 2;
  }
  const dataDir = embeddedDataDir(config);
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    console.log(`Nothing to reset: there is no embedded database in ${dataDir}. npm start creates it with the demo data.`);
    return 0;
  }
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    let running: boolean;
    try {
      process.kill(pid, 0);
      running = true;
    } catch (e) {
      // ESRCH: no such process (a stale pid file); EPERM: it exists, owned by another user
      running = (e as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (running) {
      console.error(
        `The embedded PostgreSQL is running on ${dataDir} (process ${pid}): stop npm start (Ctrl-C), then run npm run reset again.`,
      );
      return 2;
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`Removed the embedded database in ${dataDir}. The next npm start creates it again with the demo data.`);
  return 0;
}

process.exitCode = main();
