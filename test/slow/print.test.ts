/**
 * The exports as people see them: fetched over real HTTP, the XLSX printed to
 * PDF by LibreOffice with Indonesian (and US) settings, the CSV opened by
 * LibreOffice with those settings, the PDF export and the printed sheets read
 * by poppler-utils. Each page is saved as PNG under test-output/print/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { mintToken } from '../../src/auth/auth.token';
import { Role } from '../../src/auth/auth.model';
import { AppServer, startServer } from '../../src/http/server';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TEST_SECRET, TestApp } from '../support/app';
import { missingOfficeTools, Office, OFFICE_HINT, pdfFonts, pdfInfo, pdfPages, pdfWords, savePages } from '../support/office';
import { bantenOnly, withPressFigures, withReferenceTree, withSynthetic } from '../scenarios';

const missing = missingOfficeTools();
if (missing.length && !process.env.CI) {
  console.log(`print test skipped: this machine has no ${missing.join(', ')}; to run it, ${OFFICE_HINT}`);
}
const suite = missing.length && !process.env.CI ? describe.skip : describe;

let app: TestApp;
let server: AppServer;
let banten: string;
let national: string;
let id: Office;
let us: Office;
const work = mkdtempSync(join(tmpdir(), 'print-'));

const BANTEN_KC = 'parent=BANTEN&level=KANTOR_CABANG&metrics=IURAN,PESERTA_AKTIF&year=2024';
const STATUS_WORDS = ['Tercapai', 'Di bawah target', 'Tanpa target', 'Tanpa data'];
const STATUS_CODES = /\b(ACHIEVED|BELOW_TARGET|NO_TARGET|NO_DATA)\b/;
/** A4 landscape in points, as pdfinfo writes it. */
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

suite('the exports, printed and opened', () => {
  beforeAll(async () => {
    if (missing.length) throw new Error(`CI needs ${missing.join(', ')} for the print test: ${OFFICE_HINT}`);
    app = await createTestApp();
    await withSynthetic(app, bantenOnly(await withReferenceTree(app)));
    await withPressFigures(app);
    server = await startServer(app.orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: TEST_AUTH });
    banten = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'BANTEN' })).token;
    national = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'NASIONAL' })).token;
    id = new Office('id-ID');
    us = new Office('en-US');
  }, 180_000);
  afterAll(async () => {
    id?.close();
    us?.close();
    await server?.stop();
    await app?.close();
  });

  /** GETs an export and saves it as test-output-like file `name`; returns its path. */
  async function fetchFile(path: string, name: string, token = banten): Promise<string> {
    const res = await fetch(server.url.replace('/graphql', '') + path, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    const file = join(work, name);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return file;
  }

  /** The report through GraphQL, for the figures the files must show. */
  async function report(input: string) {
    const res = await app.run<{
      report: {
        parent: { name: string };
        rows: { unit: { code: string; name: string }; cells: { realization: { value: string; formatted: string } | null }[] }[];
        totals: { realization: { value: string; formatted: string; words: string } | null }[];
      };
    }>(
      `{ report(input: ${input}) { parent { name } rows { unit { code name } cells { realization { value formatted } } }
       totals { realization { value formatted words: formatted(style: WORDS, withUnit: true) } } } }`,
      {},
    );
    expect(res.errors).toBeUndefined();
    return res.data!.report;
  }

  const expectA4Landscape = (info: { width: number; height: number }) => {
    expect(info.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
    expect(info.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
  };

  describe('XLSX, printed by LibreOffice', () => {
    let xlsx: string;
    beforeAll(async () => {
      xlsx = await fetchFile(`/export/report.xlsx?${BANTEN_KC}`, 'banten-kc-2024.xlsx');
    });

    it.each(['id-ID', 'en-US'] as const)(
      'with %s settings: the Banten Kantor Cabang report is one A4 landscape page, no ###, Indonesian words',
      async (locale) => {
        const pdf = await (locale === 'id-ID' ? id : us).convert(xlsx, 'pdf');
        const info = await pdfInfo(pdf);
        expectA4Landscape(info);
        expect(info.pages).toBe(1);
        const [page] = await pdfPages(pdf);
        expect(page).not.toContain('###');
        expect(page).toContain('Laporan Kinerja Kanwil Banten');
        expect(page).toContain('Periode: Tahun 2024');
        expect(page).toMatch(/Posisi data: \d{1,2} \w+ 2024/);
        expect(page).toMatch(/Total Kanwil Banten/);
        expect(page).toMatch(/Halaman 1 dari 1/);
        expect(page).toMatch(/Dicetak \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB/);
        expect(STATUS_WORDS.some((w) => page.includes(w))).toBe(true);
        expect(page).not.toMatch(STATUS_CODES);
        // every office and every printed figure, as the id-ID display format writes it
        const data = await report(
          '{ parent: "BANTEN", level: KANTOR_CABANG, metrics: ["IURAN", "PESERTA_AKTIF"], period: { year: 2024 } }',
        );
        expect(data.rows.length).toBeGreaterThan(2);
        for (const r of data.rows) {
          expect(page).toContain(r.unit.name);
          if (locale === 'id-ID') expect(page).toContain(r.cells[0].realization!.formatted);
        }
        // one named sans-serif font throughout: Calibri, printed with its metric twin Carlito
        const fonts = await pdfFonts(pdf);
        expect(fonts.length).toBeGreaterThan(0);
        for (const f of fonts) expect(f.name).toMatch(/Carlito/);
        await savePages(pdf, `xlsx-banten-kc-${locale}`, { docs: locale === 'id-ID' });
      },
      120_000,
    );

    it('repeats the header rows on every page and stays one page wide over many pages', async () => {
      const file = await fetchFile(
        '/export/report.xlsx?parent=NASIONAL&level=KANTOR_CABANG&metrics=IURAN,PESERTA_AKTIF&year=2024&sort=CODE:ASC',
        'national-kc-2024.xlsx',
        national,
      );
      const pdf = await id.convert(file, 'pdf');
      const info = await pdfInfo(pdf);
      expectA4Landscape(info);
      const pages = await pdfPages(pdf);
      expect(pages.length).toBe(info.pages);
      expect(info.pages).toBeGreaterThan(1);
      pages.forEach((page, i) => {
        // the first and the last printed column on every page: nothing spilled onto a page to the right
        expect(page).toContain('Peringkat');
        expect(page).toContain('Penerimaan Iuran');
        expect(page).toContain('Peserta Aktif');
        expect(page.match(/Status/g)?.length).toBeGreaterThanOrEqual(2);
        expect(page).toContain(`Halaman ${i + 1} dari ${info.pages}`);
        expect(page).not.toContain('###');
      });
      await savePages(pdf, 'xlsx-national-kc');
    }, 120_000);

    it('for a period shorter than the year, has prorated columns and judges status against them', async () => {
      const file = await fetchFile(`/export/report.xlsx?${BANTEN_KC}&until=2024-06-30`, 'banten-kc-ytd.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const sheet = book.getWorksheet('Laporan')!;
      const fields = (sheet.getRow(6).values as unknown[]).map((v) => (v == null ? '' : String(v)));
      expect(fields).toEqual(expect.arrayContaining(['Target prorata', 'Capaian prorata (%)', 'Capaian (%)', 'Status']));
      const prorated = fields.indexOf('Capaian prorata (%)');
      const status = fields.indexOf('Status');
      let rows = 0;
      for (let r = 7; sheet.getCell(r, 2).value; r++) {
        const achieved = Number(sheet.getCell(r, prorated).value) >= 1;
        expect(sheet.getCell(r, status).value).toBe(achieved ? 'Tercapai' : 'Di bawah target');
        rows++;
      }
      expect(rows).toBeGreaterThan(2);
      const pdf = await id.convert(file, 'pdf');
      const [page] = await pdfPages(pdf);
      expect(page).toContain('Target prorata');
      expect(page).toContain('status dinilai terhadap target prorata');
      expect(page).not.toContain('###');
      await savePages(pdf, 'xlsx-banten-kc-ytd', { docs: true });
    }, 120_000);
  });

  describe('PDF export', () => {
    it('is A4 landscape with embedded fonts, the heading, the table, totals, page numbers and the total in words', async () => {
      const pdf = await fetchFile(`/export/report.pdf?${BANTEN_KC}`, 'banten-kc-2024.pdf');
      const info = await pdfInfo(pdf);
      expectA4Landscape(info);
      const fonts = await pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatchObject({ embedded: true });
      const pages = await pdfPages(pdf);
      const text = pages.join('\n');
      expect(text).toContain('Laporan Kinerja Kanwil Banten');
      expect(text).toContain('Periode: Tahun 2024');
      expect(text).toMatch(/Posisi data: \d{1,2} \w+ 2024/);
      expect(text).toMatch(/Total Kanwil Banten/);
      expect(text).not.toMatch(STATUS_CODES);
      pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`));
      const data = await report('{ parent: "BANTEN", level: KANTOR_CABANG, metrics: ["IURAN", "PESERTA_AKTIF"], period: { year: 2024 } }');
      expect(data.rows.length).toBeGreaterThan(2);
      for (const r of data.rows) {
        expect(text).toContain(r.unit.name);
        expect(text).toContain(r.cells[0].realization!.formatted);
      }
      // the closing line: the headline total in figures and in words (pdftotext breaks the lines where the page does)
      const flat = text.replace(/\s+/g, ' ');
      const total = data.totals[0].realization!;
      expect(flat).toContain(`Penerimaan Iuran Kanwil Banten, Tahun 2024: ${total.formatted} (${total.words}).`);
      expect(flat).toMatch(
        /Realisasi penerimaan iuran Kanwil Banten (tahun 2024|periode [^.]+) sebesar Rp[\d,]+ (miliar|triliun) dari target/,
      );
      await savePages(pdf, 'pdf-banten-kc', { docs: true });
    }, 60_000);

    it('keeps every word inside the page, splitting many metrics into tables that fit', async () => {
      const pdf = await fetchFile(
        '/export/report.pdf?parent=BANTEN&level=KANTOR_CABANG&metrics=IURAN,PESERTA_AKTIF,PERUSAHAAN_AKTIF,PERUSAHAAN_BARU,TENAGA_KERJA_BARU&year=2024&until=2024-06-30',
        'banten-kc-5-metrics.pdf',
      );
      const words = await pdfWords(pdf);
      expect(words.length).toBeGreaterThan(100);
      for (const w of words) {
        expect(w.xMin).toBeGreaterThanOrEqual(0);
        expect(w.xMax).toBeLessThanOrEqual(A4_LANDSCAPE.width - 20);
      }
      const text = words.map((w) => w.word).join(' ');
      for (const metric of ['Iuran', 'Peserta', 'Perusahaan', 'Tenaga']) expect(text).toContain(metric);
      expect(text).toContain('prorata');
      await savePages(pdf, 'pdf-banten-kc-5-metrics', { docs: true });
    }, 60_000);
  });

  describe('CSV, opened by LibreOffice', () => {
    /** Opens a CSV the way LibreOffice does with the given settings, and reads the sheet it made. */
    async function open(office: Office, csv: string, filter: string) {
      const xlsx = await office.convert(csv, 'xlsx', filter);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      const sheet = book.worksheets[0];
      // values[0] is empty: a cell's index in this array is its column number
      const header = (sheet.getRow(1).values as unknown[]).map((v) => (v == null ? '' : String(v)));
      return { sheet, header };
    }

    it('the default is read as numbers by LibreOffice with Indonesian settings (;, decimal comma)', async () => {
      const csv = await fetchFile(`/export/report.csv?${BANTEN_KC}`, 'banten-kc-2024.csv');
      // separator ; (59), quote " (34), UTF-8 (76), from line 1, standard columns, language id-ID (1057)
      const { sheet, header } = await open(id, csv, 'CSV:59,34,76,1,,1057');
      const raw = [
        'Penerimaan Iuran - Realisasi',
        'Penerimaan Iuran - Target',
        'Penerimaan Iuran - Capaian (%)',
        'Penerimaan Iuran - Selisih',
        'Peserta Aktif - Realisasi',
      ];
      const data = await report('{ parent: "BANTEN", level: KANTOR_CABANG, metrics: ["IURAN", "PESERTA_AKTIF"], period: { year: 2024 } }');
      expect(sheet.rowCount).toBeGreaterThan(data.rows.length);
      for (let r = 2; r <= data.rows.length + 1; r++) {
        for (const name of raw) {
          const cell = sheet.getCell(r, header.indexOf(name));
          expect({ name, type: typeof cell.value }).toEqual({ name, type: 'number' });
        }
        // the office code stays text
        expect(typeof sheet.getCell(r, 2).value).toBe('string');
      }
      // the numbers are the figures: the exact value, as near as a spreadsheet's double holds it
      data.rows.forEach((row, i) => {
        const cell = sheet.getCell(2 + i, header.indexOf('Penerimaan Iuran - Realisasi'));
        expect(cell.value).toBe(Number(row.cells[0].realization!.value));
        expect(sheet.getCell(2 + i, header.indexOf('Penerimaan Iuran - Status')).value).toMatch(
          /^(Tercapai|Di bawah target|Tanpa target|Tanpa data)$/,
        );
      });
    }, 120_000);

    it('dialect=machine is read as numbers by LibreOffice with US settings (, and decimal point)', async () => {
      const csv = await fetchFile(`/export/report.csv?${BANTEN_KC}&dialect=machine`, 'banten-kc-2024-machine.csv');
      const { sheet, header } = await open(us, csv, 'CSV:44,34,76,1,,1033');
      const cell = sheet.getCell(2, header.indexOf('Penerimaan Iuran - Realisasi'));
      expect(typeof cell.value).toBe('number');
      expect(typeof sheet.getCell(2, header.indexOf('Penerimaan Iuran - Capaian (%)')).value).toBe('number');
    }, 120_000);

    it('keeps kabupaten/kota codes such as 36.01 as text with Indonesian settings', async () => {
      const csv = await fetchFile(
        '/export/report.csv?parent=BANTEN&level=WILAYAH&metrics=IURAN&year=2024&sort=CODE:ASC',
        'banten-wilayah.csv',
      );
      const { sheet } = await open(id, csv, 'CSV:59,34,76,1,,1057');
      const codes = [];
      // the office rows: the totals have the parent's code, the sum of the rows none
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value !== null) codes.push(sheet.getCell(r, 2).value);
      expect(codes.filter((c) => typeof c === 'string' && /^\d\d\.\d\d$/.test(c)).length).toBeGreaterThan(3);
      expect(codes.every((c) => typeof c === 'string')).toBe(true);
    }, 120_000);
  });
});
