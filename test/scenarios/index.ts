/**
 * Named seed data that tests can count on. Everything is written through
 * the application's own write path (writeFacts), as production data is.
 */
import { writeFacts } from '../../src/fact/fact.service';
import { FactInput, FactKind } from '../../src/fact/fact.model';
import { OrgLevel } from '../../src/org/org.model';
import { monthSpan } from '../../src/calendar/calendar';
import { pressFigures } from '../../src/seed/press.seed';
import { referenceTree, ReferenceUnit, seedReference } from '../../src/seed/reference.seed';
import { syntheticFigures } from '../../src/seed/synthetic';
import { TestApp } from '../support/app';

/** Far enough ahead that no test row counts as "in the future". */
export const TODAY = '2099-12-31';

/** Kantor Pusat, Kanwil Banten and every office below it: the part of the real tree most tests load figures for. */
export function bantenOnly(units: ReferenceUnit[]): ReferenceUnit[] {
  const banten = new Set(['BANTEN']);
  for (let grew = true; grew;) {
    grew = false;
    for (const u of units) {
      if (u.parentCode !== null && banten.has(u.parentCode) && !banten.has(u.code)) grew = Boolean(banten.add(u.code));
    }
  }
  return units.filter((u) => u.code === 'NASIONAL' || banten.has(u.code));
}

/** The real tree: Nasional, 11 Kanwil, 119 Kantor Cabang, 514 wilayah. */
export async function withReferenceTree(app: TestApp): Promise<ReferenceUnit[]> {
  const units = referenceTree();
  await seedReference(app.orm.em.fork(), units);
  return units;
}

/** Nasional, 1 Kanwil, 2 Kantor Cabang, 4 wilayah (2 each). */
export const TINY_TREE: ReferenceUnit[] = [
  { code: 'NASIONAL', name: 'Kantor Pusat', level: OrgLevel.NASIONAL, parentCode: null },
  { code: 'K1', name: 'Kanwil Satu', level: OrgLevel.KANWIL, parentCode: 'NASIONAL' },
  { code: 'KC_A', name: 'Kantor Cabang A', level: OrgLevel.KANTOR_CABANG, parentCode: 'K1' },
  { code: 'KC_B', name: 'Kantor Cabang B', level: OrgLevel.KANTOR_CABANG, parentCode: 'K1' },
  { code: '99.01', name: 'Kabupaten Satu', level: OrgLevel.WILAYAH, parentCode: 'KC_A', kind: 'KABUPATEN', population: 100_000 },
  { code: '99.02', name: 'Kabupaten Dua', level: OrgLevel.WILAYAH, parentCode: 'KC_A', kind: 'KABUPATEN', population: 200_000 },
  { code: '99.71', name: 'Kota Tiga', level: OrgLevel.WILAYAH, parentCode: 'KC_B', kind: 'KOTA', population: 300_000 },
  { code: '99.72', name: 'Kota Empat', level: OrgLevel.WILAYAH, parentCode: 'KC_B', kind: 'KOTA', population: 400_000 },
];

export async function withTree(app: TestApp, units: ReferenceUnit[]): Promise<void> {
  await seedReference(app.orm.em.fork(), units);
}

/** Writes rows through writeFacts and fails loudly on any user error. */
export async function write(app: TestApp, rows: FactInput[]): Promise<void> {
  const res = await writeFacts(app.orm.em.fork(), rows, { today: TODAY });
  if (res.userErrors.length > 0) throw new Error('scenario rejected: ' + JSON.stringify(res.userErrors.slice(0, 3)));
}

/** The published figures of data/demo/press_figures.csv. */
export async function withPressFigures(app: TestApp): Promise<void> {
  await write(app, pressFigures());
}

/** Synthetic monthly figures for the given wilayah, and targets up the tree. */
export async function withSynthetic(app: TestApp, units: ReferenceUnit[], years = [2024]): Promise<void> {
  const rows = syntheticFigures(units, { years });
  for (let i = 0; i < rows.length; i += 10_000) await write(app, rows.slice(i, i + 10_000));
}

// Short builders for facts

export function flow(unit: string, metric: string, start: string, end: string, value: string, segment: string | null = null): FactInput {
  return { unit, metric, segment, kind: FactKind.REALIZATION, periodStart: start, periodEnd: end, value };
}

export function monthly(
  unit: string,
  metric: string,
  year: number,
  month: number,
  value: string,
  segment: string | null = null,
): FactInput {
  const m = monthSpan(year, month);
  return flow(unit, metric, m.start, m.end, value, segment);
}

export function position(unit: string, metric: string, date: string, value: string, segment: string | null = null): FactInput {
  return flow(unit, metric, date, date, value, segment);
}

export function yearTarget(unit: string, metric: string, year: number, value: string, segment: string | null = null): FactInput {
  return { unit, metric, segment, kind: FactKind.TARGET, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, value };
}

export function monthTarget(
  unit: string,
  metric: string,
  year: number,
  month: number,
  value: string,
  segment: string | null = null,
): FactInput {
  const m = monthSpan(year, month);
  return { unit, metric, segment, kind: FactKind.TARGET, periodStart: m.start, periodEnd: m.end, value };
}
