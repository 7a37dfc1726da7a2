import 'reflect-metadata';
import { openDatabase } from '../src/db/database';
import { seedReference } from '../src/seed/reference.seed';
import { seedDemo } from '../src/seed/demo.seed';
(async () => {
  const orm = await openDatabase(process.env.DATABASE_URL!, { debug: !!process.env.DEBUG_SQL });
  const em = orm.em.fork();
  let t = Date.now();
  console.log('reference', await seedReference(em), Date.now() - t, 'ms');
  t = Date.now();
  console.log('demo', await seedDemo(em, (d, n) => process.stdout.write(`\r${d}/${n}`)), Date.now() - t, 'ms');
  await orm.close();
})().catch((e) => { console.error(e); process.exit(1); });
