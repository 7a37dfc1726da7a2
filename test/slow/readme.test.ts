/**
 * README.md cannot drift from the API: every GraphQL example it prints with
 * its output is run here and must give exactly that output, and the figures
 * it states in prose are read out of it and compared to what the API formats.
 *
 * The database is loaded like `npm start`'s demo data (src/seed/demo.seed.ts):
 * the reference tree, the press figures, then the synthetic figures for the
 * default years 2023 and 2024. Both years are needed even though the examples
 * only ask for 2024: the generator draws 2023 from the same random stream
 * and grows 2024 from month 13 on, so loading 2024 alone gives other figures
 * (only 1 383 of its 71 072 rows would match).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createTestApp, TestApp } from '../support/app';
import { withPressFigures, withReferenceTree, withSynthetic } from '../scenarios';

const README_PATH = path.join(__dirname, '..', '..', 'README.md');
const README = fs.readFileSync(README_PATH, 'utf8');

/** The README examples with their output, as of now; a README edit that breaks a pairing changes this count. */
const EXPECTED_PAIRS = ['A national-to-wilayah rollup', "A Kantor Cabang's performance, formatted for print", 'A year-to-date period'];

interface Block {
  lang: string;
  body: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** 1-based line of the closing fence. */
  end: number;
  /** The nearest heading above the block. */
  heading: string;
}

/** Every fenced block of a Markdown text (``` fences, indented or not). */
function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{1,6}\s+(.*)$/.exec(lines[i]);
    if (h) heading = h[1].trim();
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j])) body.push(lines[j++]);
    if (j === lines.length) throw new Error(`README.md line ${i + 1}: a fenced block that never closes`);
    blocks.push({ lang: open[2], body: body.join('\n'), line: i + 1, end: j + 1, heading });
    i = j;
  }
  return blocks;
}

/** Each ```graphql block immediately followed (blank lines aside) by a ```json block. */
function examplePairs(markdown: string): { heading: string; line: number; query: string; output: unknown }[] {
  const lines = markdown.split('\n');
  const blocks = fencedBlocks(markdown);
  const pairs = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const [q, out] = [blocks[i], blocks[i + 1]];
    if (q.lang !== 'graphql' || out.lang !== 'json') continue;
    const between = lines.slice(q.end, out.line - 1);
    if (between.some((l) => l.trim() !== '')) continue;
    let output: unknown;
    try {
      output = JSON.parse(out.body);
    } catch (e) {
      throw new Error(`README.md line ${out.line}: the output of "${q.heading}" is no valid JSON: ${(e as Error).message}`, { cause: e });
    }
    pairs.push({ heading: q.heading, line: q.line, query: q.body, output });
  }
  return pairs;
}

/** The first match of `re` in the README, or a failure that says which statement went missing. */
function stated(re: RegExp, what: string): RegExpExecArray {
  const m = re.exec(README);
  if (!m) throw new Error(`README.md no longer states ${what} (looked for ${re})`);
  return m;
}

const pairs = examplePairs(README);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  // the order of seedDemo: the tree (npm start loads it first), the press figures, the synthetic figures
  const units = await withReferenceTree(app);
  await withPressFigures(app);
  await withSynthetic(app, units, [2023, 2024]);
}, 180_000);
afterAll(() => app?.close());

describe('README.md', () => {
  it('holds as many GraphQL examples with their output as expected', () => {
    expect(pairs.map((p) => p.heading)).toEqual(EXPECTED_PAIRS);
  });

  it('is checked against a database holding exactly the demo data ("142 182 demo figures")', async () => {
    const [, printed] = stated(/it writes ([\d ]+) demo figures/, 'how many demo figures npm start writes');
    const [{ n }] = await app.orm.em.getConnection().execute<{ n: string }[]>('select count(*)::text as n from fact');
    expect(n).toBe(printed.replace(/ /g, ''));
  });

  it.each(pairs.map((p) => [p.heading, p] as const))('example "%s" gives the output printed under it', async (_heading, pair) => {
    const res = await app.run(pair.query);
    expect(res).toEqual(pair.output);
  });

  describe('figures stated in prose', () => {
    const query = `{
      kanwil(code: "BANTEN") {
        iuran2017: performance(metric: "IURAN", period: { year: 2017 }) {
          realization { formatted source }
          target { formatted source }
          achievement { value formatted }
        }
        peserta2016: performance(metric: "PESERTA_AKTIF", period: { year: 2016 }) {
          realization { formatted source }
        }
      }
      kantorCabang(code: "PEKALONGAN") {
        ytd2019: performance(metric: "IURAN", period: { year: 2019, until: "2019-12-19" }) {
          period { label }
          realization { formatted(style: SHORT) }
        }
      }
    }`;
    type Prose = {
      kanwil: {
        iuran2017: {
          realization: { formatted: string; source: string };
          target: { formatted: string; source: string };
          achievement: { value: string; formatted: string };
        };
        peserta2016: { realization: { formatted: string; source: string } };
      };
      kantorCabang: { ytd2019: { period: { label: string }; realization: { formatted: string } } };
    };
    let figures: Prose;
    beforeAll(async () => {
      const res = await app.run<Prose>(query);
      expect(res.errors).toBeUndefined();
      figures = res.data!;
    });

    it("Kanwil Banten's 2017 iuran: realization, target and achievement (GraphiQL paragraph)", () => {
      const [, realization, target, achievement] = stated(
        /Kanwil Banten's 2017 iuran reads `([^`]+)`\s+against\s+`([^`]+)`:\s+`([^`]+)`/,
        "Kanwil Banten's 2017 iuran",
      );
      expect([realization, target, achievement]).toEqual(['Rp4.067.826.205.816,00', 'Rp4.056.800.718.575,00', '100,27%']);
      const f = figures.kanwil.iuran2017;
      expect([f.realization.formatted, f.target.formatted, f.achievement.formatted]).toEqual([realization, target, achievement]);
      // both are Kanwil Banten's own published figures, and 4067826205816 / 4056800718575 x 100 = 100.27178...
      expect([f.realization.source, f.target.source, f.achievement.value]).toEqual(['RECORDED', 'RECORDED', '100.2718']);
    });

    it('the figures of the introduction ("the Indonesian way")', () => {
      const [, rupiah, short, percent, period] = stated(
        /the\s+Indonesian\s+way:\s+`([^`]+)`,\s+`([^`]+)`,\s+`([^`]+)`,\s+`([^`]+)`/,
        'the examples of Indonesian formatting in the introduction',
      );
      expect(rupiah).toBe(figures.kanwil.iuran2017.realization.formatted);
      expect(percent).toBe(figures.kanwil.iuran2017.achievement.formatted);
      // KC Pekalongan's published 2019 iuran (Rp146.309.000.000,00) up to 19 December
      expect(short).toBe(figures.kantorCabang.ytd2019.realization.formatted);
      expect(period).toBe(figures.kantorCabang.ytd2019.period.label);
    });

    it("Kanwil Banten's 2016 active participants: the sum of the segments (How the rollup works)", () => {
      const [, total] = stated(
        /Kanwil\s+Banten's\s+2016\s+active\s+participants\s+have\s+no\s+recorded\s+total[^]*?the\s+total\s+is\s+their\s+sum,\s+(\d{1,3}(?:\.\d{3})*)\./,
        "Kanwil Banten's 2016 active participants",
      );
      expect(total).toBe('1.176.743');
      // PU 967.391 + BPU 59.050 + JAKON 150.302 = 1.176.743 (data/demo/press_figures.csv)
      expect(figures.kanwil.peserta2016.realization).toEqual({ formatted: total, source: 'ROLLED_UP' });
    });
  });
});
