/** GET /export/report.csv and .xlsx over real HTTP; the files are opened and their cells checked. */
import ExcelJS from 'exceljs';
import { mintToken } from '../src/auth/auth.token';
import { Role } from '../src/auth/auth.model';
import { ReportDocument } from '../src/client/generated/graphql';
import { OrgLevel } from '../src/org/org.model';
import { AppServer, startServer } from '../src/http/server';
import { createTestApp, QUERY_LIMITS, TEST_AUTH, TEST_SECRET, TestApp } from './support/app';
import { withPressFigures, withReferenceTree, withSynthetic } from './scenarios';

let app: TestApp;
let server: AppServer;
let token: string;
const base = () => server.url.replace('/graphql', '');
const QUERY = 'parent=BANTEN&level=KANTOR_CABANG&metrics=IURAN,PESERTA_AKTIF&year=2024&sort=IURAN:ACHIEVEMENT:DESC';

beforeAll(async () => {
  app = await createTestApp();
  const units = await withReferenceTree(app);
  const banten = new Set(['BANTEN', ...units.filter((u) => u.parentCode === 'BANTEN').map((u) => u.code)]);
  await withSynthetic(
    app,
    units.filter((u) => u.code === 'NASIONAL' || banten.has(u.code) || banten.has(u.parentCode ?? '')),
  );
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

describe('CSV export', () => {
  it('is UTF-8 with a BOM and ; separators, with raw and formatted columns, rows in report order and totals last', async () => {
    const res = await get(`/export/report.csv?${QUERY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="laporan-BANTEN-2024-01-01-2024-12-31\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(';'));
    const header = lines[0];
    expect(header.slice(0, 5)).toEqual([
      'Peringkat',
      'Kode',
      'Kantor',
      'Penerimaan Iuran - Realisasi',
      'Penerimaan Iuran - Realisasi (teks)',
    ]);
    const report = await reportData();
    expect(lines.length).toBe(1 + report.rows.length + 1);
    report.rows.forEach((r, i) => {
      const line = lines[1 + i];
      expect(line.slice(0, 5)).toEqual([
        String(r.rank),
        r.unit.code,
        r.unit.name,
        r.cells[0].realization!.value,
        r.cells[0].realization!.formatted,
      ]);
      expect(line[header.indexOf('Penerimaan Iuran - Capaian (%)')]).toBe(r.cells[0].achievement!.value);
      expect(line[header.indexOf('Peserta Aktif - Status')]).toBe(r.cells[1].status);
    });
    const totals = lines[lines.length - 1];
    expect(totals.slice(0, 5)).toEqual([
      '',
      'BANTEN',
      'Total Kanwil Banten',
      report.totals[0].realization!.value,
      report.totals[0].realization!.formatted,
    ]);
  });
});

describe('XLSX export', () => {
  it('has a heading naming the office and period, a frozen header row, and numbers stored as numbers', async () => {
    const res = await get(`/export/report.xlsx?${QUERY}&status=ACHIEVED`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.getWorksheet('Laporan')!;
    expect(sheet.getCell('A1').value).toBe('Laporan Kinerja Kanwil Banten');
    expect(sheet.getCell('A2').value).toBe('Periode: Tahun 2024');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.getRow(4).getCell(4).value).toBe('Penerimaan Iuran - Realisasi');
    const report = await reportData();
    const achieved = report.rows.filter((r) => r.cells[0].status === 'ACHIEVED');
    expect(achieved.length).toBeGreaterThan(0);
    achieved.forEach((r, i) => {
      const row = sheet.getRow(5 + i);
      expect(row.getCell(1).value).toBe(r.rank);
      expect(row.getCell(2).value).toBe(r.unit.code);
      const realization = row.getCell(4);
      expect(typeof realization.value).toBe('number');
      expect(realization.value).toBe(Number(r.cells[0].realization!.value));
      expect(realization.numFmt).toBe('[$Rp-421]#,##0.00;-[$Rp-421]#,##0.00');
      expect(row.getCell(5).value).toBe(r.cells[0].realization!.formatted);
      const achievement = row.getCell(8);
      expect(achievement.value).toBeCloseTo(Number(r.cells[0].achievement!.value) / 100, 8);
      expect(achievement.numFmt).toBe('0.00%');
      expect(row.getCell(13).numFmt).toBe('#,##0');
    });
    const totals = sheet.getRow(5 + achieved.length);
    expect(totals.getCell(3).value).toBe('Total Kanwil Banten');
    expect(totals.getCell(4).value).toBe(Number(report.totals[0].realization!.value));
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
  ])('answers 400 naming the parameter for ?%s', async (query, param, message) => {
    const res = await get(`/export/report.csv?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string; param: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', param });
    expect(body.errors[0].message).toMatch(message);
  });

  it('needs the same authentication as the API, and respects the scope', async () => {
    expect((await get(`/export/report.csv?${QUERY}`, false)).status).toBe(401);
    const outside = await get('/export/report.xlsx?parent=JATIM&level=KANTOR_CABANG&metrics=IURAN&year=2024');
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
