/**
 * Throughput of the id-ID formatting module (`npm run bench:format`).
 *
 * Generates one million random exact decimals with a seeded PRNG (digit strings:
 * 1 to 16 integer digits, 0 to 2 fraction digits, about a quarter negative), then
 * times every style over all of them (terbilang too: it is fast enough) and
 * prints values per second. Deterministic: the same values on every run.
 */
import { formatCount, formatPercent, formatRupiah } from '../src/format';
import { mulberry32 } from '../src/common/prng';

const COUNT = 1_000_000;
const SEED = 0x5eed2019;

function generate(n: number, seed: number): string[] {
  const rand = mulberry32(seed);
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const intLen = 1 + Math.floor(rand() * 16);
    let text = rand() < 0.25 ? '-' : '';
    text += String(1 + Math.floor(rand() * 9)); // no leading zero
    for (let k = 1; k < intLen; k++) text += String(Math.floor(rand() * 10));
    const fracLen = Math.floor(rand() * 3);
    if (fracLen > 0) {
      text += '.';
      for (let k = 0; k < fracLen; k++) text += String(Math.floor(rand() * 10));
    }
    out[i] = text;
  }
  return out;
}

interface Row {
  name: string;
  values: number;
  ms: number;
}

let sink = 0; // total characters produced, so that no call can be optimised away

function run(name: string, values: readonly string[], n: number, fn: (v: string) => string): Row {
  // short warm-up on other values of the same set
  for (let i = 0; i < Math.min(10_000, n); i++) sink += fn(values[values.length - 1 - i]).length;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn(values[i]).length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { name, values: n, ms };
}

function main(): void {
  const t0 = process.hrtime.bigint();
  const values = generate(COUNT, SEED);
  const genMs = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(
    `node ${process.version}, ${COUNT.toLocaleString('en-US')} values (seed 0x${SEED.toString(16)}), generated in ${genMs.toFixed(0)} ms`,
  );
  console.log(`sample: ${values.slice(0, 4).join(', ')}`);

  const rows: Row[] = [
    run('rupiah FULL', values, COUNT, (v) => formatRupiah(v)),
    run('rupiah SHORT', values, COUNT, (v) => formatRupiah(v, { style: 'SHORT' })),
    run('rupiah COMPACT', values, COUNT, (v) => formatRupiah(v, { style: 'COMPACT' })),
    run('rupiah WORDS', values, COUNT, (v) => formatRupiah(v, { style: 'WORDS' })),
    run('count FULL', values, COUNT, (v) => formatCount(v)),
    run('count SHORT', values, COUNT, (v) => formatCount(v, { style: 'SHORT' })),
    run('count COMPACT', values, COUNT, (v) => formatCount(v, { style: 'COMPACT' })),
    run('percent SYMBOL', values, COUNT, (v) => formatPercent(v)),
  ];

  const header = ['style', 'values', 'total ms', 'values/s'];
  const body = rows.map((r) => [
    r.name,
    r.values.toLocaleString('en-US'),
    r.ms.toFixed(1),
    Math.round((r.values / r.ms) * 1000).toLocaleString('en-US'),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((b) => b[c].length)));
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  const total = rows.reduce((s, r) => s + r.ms, 0);
  console.log('');
  console.log(`total ${(total / 1000).toFixed(2)} s (${sink} characters written)`);
}

main();
