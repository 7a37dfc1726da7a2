import { Client } from 'pg';
import { ROLLUP_SQL } from '../src/rollup/rollup.sql';
(async () => {
  const url = process.argv[2];
  const q = JSON.parse(process.argv[3]);
  const c = new Client({ connectionString: url });
  await c.connect();
  let i = 0;
  const sql = ROLLUP_SQL.replace(/\?/g, () => `$${++i}`);
  const r = await c.query('explain (analyze, buffers) ' + sql, [JSON.stringify(q)]);
  console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
  await c.end();
})();
