/** GET /export/report.csv, .xlsx and .pdf over real HTTP; the files are opened and their cells checked. */
import ExcelJS from 'exceljs';
import { mintToken } from '../src/auth/auth.token';
import { Role } from '../src/auth/auth.model';
import { ReportDocument } from '../src/client/generated/graphql';
import { STATUS_WORDS } from '../src/format';
import { OrgLevel } from '../src/org/org.model';
import { AppServer, startServer } from '../src/http/server';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TEST_SECRET, TestApp } from './support/app';
import { bantenOnly, withPressFigures, withReferenceTree, withSynthetic } from './scenarios';

let app: TestApp;
let server: AppServer;
let token: string;
const base = () => server.url.replace('/graphql', '');
const QUERY = 'parent=BANTEN&level=KANTOR_CABANG&metrics=IURAN,PESERTA_AKTIF&year=2024&sort=IURAN:ACHIEVEMENT:DESC';

beforeAll(async () => {
  app = await createTestApp();
  await withSynthetic(app, bantenOnly(await withReferenceTree(app)));
  await withPressFigures(app);
  server = await startServer(app.orm, { port: 0, host: '127.0.0.1', limits: QUERY_LIMITS, auth: TEST_AUTH });
  token = (await mintToken(TEST_SECRET, { role: Role.VIEWER, scope: 'BANTEN' })).token;
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await app?.close();
});

const get = (path: string, auth = true) => fetch(base() + path, { headers: auth ? { authorization: `Bearer ${token}` } : {} });

async function reportData() {
  const res = await app.run(ReportDocument, {
    input: {
      parent: 'BANTEN',
      level: OrgLevel.KANTOR_CABANG,
      metrics: ['IURAN', 'PESERTA_AKTIF'],
      period: { year: 2024 },
      sort: { metric: 'IURAN', field: 'ACHIEVEMENT' as never, direction: 'DESC' as never },
    },
  });
  return res.data!.report;
}

/** Splits a CSV of this export (no field here holds the separator inside quotes, but the checks below would see it). */
function csvLines(bytes: Buffer, separator: string, bom: boolean): string[][] {
  if (bom) expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes
    .toString('utf8')
    .slice(bom ? 1 : 0)
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(separator).map((f) => f.replace(/^"(.*)"$/, '$1')));
}

/** The exact sum of decimal strings (rupiah with two decimals, or whole counts). */
function exactSum(values: string[]): string {
  const scale = values[0].includes('.') ? 2 : 0;
  const total = values.reduce((a, v) => a + BigInt(v.replace('.', '')), 0n);
  if (scale === 0) return total.toString();
  const digits = (total < 0n ? -total : total).toString().padStart(3, '0');
  return `${total < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

describe('CSV export', () => {
  it('by default is for Excel with Indonesian settings: BOM, ;, exact numbers with a decimal comma, then their writing', async () => {
    const res = await get(`/export/report.csv?${QUERY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="laporan-BANTEN-2024-01-01-2024-12-31\.csv"/);
    const lines = csvLines(Buffer.from(await res.arrayBuffer()), ';', true);
    const header = lines[0];
    expect(header.slice(0, 5)).toEqual([
      'Peringkat',
      'Kode',
      'Kantor',
      'Penerimaan Iuran - Realisasi',
      'Penerimaan Iuran - Realisasi (teks)',
    ]);
    const col = (name: string) => {
      expect(header).toContain(name);
      return header.indexOf(name);
    };
    const report = await reportData();
    report.rows.forEach((r, i) => {
      const line = lines[1 + i];
      expect(line.slice(0, 5)).toEqual([
        String(r.rank),
        r.unit.code,
        r.unit.name,
        r.cells[0].realization!.value.replace('.', ','),
        r.cells[0].realization!.formatted,
      ]);
      expect(line[col('Penerimaan Iuran - Capaian (%)')]).toBe(r.cells[0].achievement!.value.replace('.', ','));
      expect(line[col('Peserta Aktif - Realisasi')]).toBe(r.cells[1].realization!.value);
      expect(line[col('Peserta Aktif - Status (kode)')]).toBe(r.cells[1].status);
      expect(line[col('Peserta Aktif - Status')]).toBe(STATUS_WORDS[r.cells[1].status]);
    });
    // the Kanwil's own figures, then the rows added up: its recorded target is not the sum of its offices'
    const totals = lines[1 + report.rows.length];
    expect(totals.slice(0, 5)).toEqual([
      '',
      'BANTEN',
      'Total Kanwil Banten (tercatat)',
      report.totals[0].realization!.value.replace('.', ','),
      report.totals[0].realization!.formatted,
    ]);
    expect(totals[col('Penerimaan Iuran - Target')]).toBe(report.totals[0].target!.value.replace('.', ','));
    const sum = lines[2 + report.rows.length];
    expect(sum.slice(0, 3)).toEqual(['', '', 'Jumlah baris']);
    const target = exactSum(report.rows.map((r) => r.cells[0].target!.value));
    expect(sum[col('Penerimaan Iuran - Target')]).toBe(target.replace('.', ','));
    expect(target).not.toBe(report.totals[0].target!.value);
    expect(sum[col('Peserta Aktif - Realisasi')]).toBe(exactSum(report.rows.map((r) => r.cells[1].realization!.value)));
    expect(lines).toHaveLength(3 + report.rows.length);
    // what each line is, for a program that adds up the offices
    expect(header[header.length - 1]).toBe('Baris');
    expect(lines.slice(1).map((l) => l[l.length - 1])).toEqual([...report.rows.map(() => 'kantor'), 'total', 'jumlah_baris']);
  });

  it('dialect=machine: no BOM, commas between fields, exact numbers with a decimal point', async () => {
    const res = await get(`/export/report.csv?${QUERY}&dialect=machine`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes[0]).toBe('P'.charCodeAt(0));
    const lines = csvLines(bytes, ',', false);
    const report = await reportData();
    // the quoted writing holds commas: read the first fields, before any
    expect(lines[1].slice(0, 4)).toEqual([
      String(report.rows[0].rank),
      report.rows[0].unit.code,
      report.rows[0].unit.name,
      report.rows[0].cells[0].realization!.value,
    ]);
    expect(bytes.toString('utf8')).toContain(`,"${report.rows[0].cells[0].realization!.formatted}",`);
  });
});

describe('XLSX export', () => {
  it('has the office, period and data position as a heading, two frozen header rows, and numbers stored as numbers', async () => {
    const res = await get(`/export/report.xlsx?${QUERY}&status=ACHIEVED`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.getWorksheet('Laporan')!;
    expect(sheet.getCell('A1').value).toBe('Laporan Kinerja Kanwil Banten');
    expect(sheet.getCell('A2').value).toBe('Periode: Tahun 2024');
    expect(sheet.getCell('A3').value).toBe('Posisi data: 31 Desember 2024');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6, xSplit: 3 });
    expect(sheet.getCell('D5').value).toBe('Penerimaan Iuran');
    const fields = (sheet.getRow(6).values as unknown[]).map((v) => (v == null ? '' : String(v)));
    expect(fields.slice(4, 9)).toEqual(['Realisasi', 'Target', 'Capaian (%)', 'Selisih', 'Status']);
    // the exact figures and the codes, for machines, right of the printed columns
    expect(fields).toEqual(expect.arrayContaining(['Realisasi (persis)', 'Status (kode)']));
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:6',
    });
    expect(sheet.headerFooter.oddFooter).toMatch(/Halaman &P.* dari &N/);
    const report = await reportData();
    const achieved = report.rows.filter((r) => r.cells[0].status === 'ACHIEVED');
    expect(achieved.length).toBeGreaterThan(0);
    achieved.forEach((r, i) => {
      const row = sheet.getRow(7 + i);
      expect(row.getCell(1).value).toBe(r.rank);
      expect(row.getCell(2).value).toBe(r.unit.code);
      const realization = row.getCell(4);
      expect(realization.value).toBe(Number(r.cells[0].realization!.value));
      expect(realization.numFmt).toBe('[$Rp-421]#,##0.00;-[$Rp-421]#,##0.00');
      expect(realization.font).toMatchObject({ name: 'Calibri' });
      expect(row.getCell(fields.indexOf('Realisasi (persis)')).value).toBe(r.cells[0].realization!.value);
      expect(row.getCell(fields.indexOf('Capaian (%) (persis)')).value).toBe(r.cells[0].achievement!.value);
      expect(row.getCell(fields.indexOf('Status (kode)')).value).toBe('ACHIEVED');
      const achievement = row.getCell(6);
      expect(achievement.value).toBeCloseTo(Number(r.cells[0].achievement!.value) / 100, 8);
      expect(achievement.numFmt).toBe('0.00%');
      expect(row.getCell(8).value).toBe('Tercapai');
      expect(row.getCell(9).numFmt).toBe('#,##0');
    });
    const totals = sheet.getRow(7 + achieved.length);
    expect(totals.getCell(3).value).toBe('Total Kanwil Banten (tercatat)');
    expect(totals.getCell(4).value).toBe(Number(report.totals[0].realization!.value));
    expect(sheet.getRow(8 + achieved.length).getCell(3).value).toBe('Jumlah baris');
    // the notes say what the two lines are, and which rows are shown
    const notes = [10, 11, 12].map((k) => String(sheet.getRow(k + achieved.length).getCell(1).value));
    expect(notes.join(' ')).toMatch(/Jumlah baris menjumlahkan baris yang ditampilkan/);
    expect(notes.join(' ')).toMatch(/Hanya kantor dengan status Penerimaan Iuran "Tercapai"/);
  });
});

describe('PDF export', () => {
  it('is a PDF named after the report (its pages are read in test/slow/print.test.ts)', async () => {
    const res = await get(`/export/report.pdf?${QUERY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/filename="laporan-BANTEN-2024-01-01-2024-12-31\.pdf"/);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});

describe('export requests', () => {
  it.each([
    ['', 'parent', /parent is required/],
    ['parent=BANTEN&level=KANWIL&metrics=IURAN&year=2024', 'level', /level must be a level below BANTEN/],
    ['parent=BANTEN&level=CITY&metrics=IURAN&year=2024', 'level', /level must be one of NASIONAL, KANWIL/],
    ['parent=BANTEN&level=WILAYAH&metrics=IURAN&year=2024&month=13', 'month', /month must be a whole number from 1 to 12/],
    ['parent=BANTEN&level=WILAYAH&metrics=IURAN,NOPE&year=2024', 'metrics', /unknown metric "NOPE"/],
    ['parent=BANTEN&level=WILAYAH&metrics=IURAN&year=2024&sort=IURAN:BEST:DESC', 'sort', /sort must be one of REALIZATION/],
    ['parent=BANTEN&level=WILAYAH&metrics=IURAN&year=2024&status=GOOD', 'status', /status must be one of ACHIEVED/],
    ['parent=BANTEN&level=WILAYAH&metrics=IURAN&year=abc', 'year', /year must be a whole number/],
    ['parent=BANTEN&level=WILAYAH&metrics=IURAN&year=2024&colour=red', 'colour', /unknown parameter colour/],
    ['parent=BANTEN&level=WILAYAH&metrics=IURAN&year=2024&dialect=excel', 'dialect', /dialect must be one of excel-id, machine/],
  ])('answers 400 naming the parameter for ?%s', async (query, param, message) => {
    const res = await get(`/export/report.csv?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string; param: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', param });
    expect(body.errors[0].message).toMatch(message);
  });

  it('answers 400 for a CSV dialect asked of another format', async () => {
    const res = await get(`/export/report.pdf?${QUERY}&dialect=machine`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { param: string } }[] }).errors[0].extensions.param).toBe('dialect');
  });

  it('needs the same authentication as the API, and respects the scope', async () => {
    expect((await get(`/export/report.csv?${QUERY}`, false)).status).toBe(401);
    for (const format of ['csv', 'xlsx']) {
      expect((await get(`/export/report.${format}?parent=JATIM&level=KANTOR_CABANG&metrics=IURAN&year=2024`)).status).toBe(403);
    }
    const outside = await get('/export/report.pdf?parent=JATIM&level=KANTOR_CABANG&metrics=IURAN&year=2024');
    expect(outside.status).toBe(403);
    // the same shape and codes as GraphQL's errors
    expect(((await outside.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers another method 405 with Allow: GET', async () => {
    const res = await fetch(`${base()}/export/report.csv?${QUERY}`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});
