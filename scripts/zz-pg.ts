import { startEmbedded } from '../src/db/embedded';
(async () => { const s = await startEmbedded({ dataDir: '.data/bench-postgres', port: 55432 }); console.log('up', s.url('kinerja_bench')); setInterval(() => {}, 1 << 30); })();
