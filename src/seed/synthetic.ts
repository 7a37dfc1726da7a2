/**
 * Deterministic synthetic monthly figures, so that nested dashboards have
 * content. SYNTHETIC: made up, scaled by each kabupaten/kota's population;
 * not the agency's figures. Same seed, same numbers, on every machine.
 *
 * Per wilayah and month of each year: IURAN (flow), PESERTA_AKTIF by segment
 * (month-end position), PERUSAHAAN_AKTIF (position), PERUSAHAAN_BARU (flow),
 * TENAGA_KERJA_BARU by segment (flow). Yearly targets for every office at
 * every level, set around the realization so that some offices are above
 * target and some below.
 */
import { daysInMonth } from '../calendar/calendar';
import { mulberry32, seedFrom } from '../common/prng';
import { FactInput, FactKind } from '../fact/fact.model';
import { OrgLevel } from '../org/org.model';
import { ReferenceUnit } from './reference.seed';

const SEGMENTS = [
  ['PU', 0.68],
  ['BPU', 0.17],
  ['JAKON', 0.12],
  ['PMI', 0.03],
] as const;

/** Monthly iuran per participant of each segment, in whole rupiah (illustrative). */
const IURAN_PER_HEAD: Record<string, number> = { PU: 240_000, BPU: 36_800, JAKON: 21_000, PMI: 3_700 };

const pad = (n: number) => String(n).padStart(2, '0');

export interface SyntheticOptions {
  years?: number[];
  seed?: string;
}

type Totals = Map<string, bigint>; // `${unit}|${year}|${metric}` -> yearly total (SUM) or year-end position (LAST)

export function syntheticFigures(units: readonly ReferenceUnit[], options: SyntheticOptions = {}): FactInput[] {
  const years = options.years ?? [2023, 2024];
  const seed = options.seed ?? 'bpjstk-synthetic-v1';
  const facts: FactInput[] = [];
  const totals: Totals = new Map();
  const addTotal = (unit: string, year: number, metric: string, v: bigint, replace = false) => {
    const k = `${unit}|${year}|${metric}`;
    totals.set(k, replace ? v : (totals.get(k) ?? 0n) + v);
  };
  const note = 'synthetic demo data';

  for (const w of units.filter((u) => u.level === OrgLevel.WILAYAH)) {
    const rnd = mulberry32(seedFrom(`${seed}|${w.code}`));
    const population = w.population ?? 500_000;
    const coverage = 0.06 + rnd() * 0.16;
    const growth = 0.001 + rnd() * 0.008;
    const wageFactor = 0.7 + rnd() * 0.7;
    const firmsPerHundred = 2 + rnd() * 3;
    const base = SEGMENTS.map(([seg, share]) => [seg, population * coverage * share * (0.8 + rnd() * 0.4)] as const);
    let month = 0;
    for (const year of years) {
      for (let m = 1; m <= 12; m++, month++) {
        const start = `${year}-${pad(m)}-01`;
        const end = `${year}-${pad(m)}-${pad(daysInMonth(year, m))}`;
        const flow = (metric: string, value: bigint, segment: string | null = null) => {
          facts.push({
            unit: w.code,
            metric,
            segment,
            kind: FactKind.REALIZATION,
            periodStart: start,
            periodEnd: end,
            value: metric === 'IURAN' ? `${value}.00` : `${value}`,
            note,
          });
          if (segment === null) addTotal(w.code, year, metric, value);
        };
        const stock = (metric: string, value: bigint, segment: string | null = null) => {
          facts.push({
            unit: w.code,
            metric,
            segment,
            kind: FactKind.REALIZATION,
            periodStart: end,
            periodEnd: end,
            value: `${value}`,
            note,
          });
        };
        let participants = 0n;
        let iuran = 0n;
        let pu = 0;
        let newWorkers = 0n;
        for (const [seg, b] of base) {
          const position = Math.round(b * (1 + growth) ** month * (0.995 + rnd() * 0.01));
          if (seg === 'PU') pu = position;
          participants += BigInt(position);
          stock('PESERTA_AKTIF', BigInt(position), seg);
          iuran += BigInt(Math.round(position * IURAN_PER_HEAD[seg] * (seg === 'PU' ? wageFactor : 1) * (0.97 + rnd() * 0.06)));
          const fresh = BigInt(Math.round(position * (0.012 + rnd() * 0.02)));
          newWorkers += fresh;
          flow('TENAGA_KERJA_BARU', fresh, seg);
        }
        addTotal(w.code, year, 'TENAGA_KERJA_BARU', newWorkers);
        if (m === 12) addTotal(w.code, year, 'PESERTA_AKTIF', participants, true);
        flow('IURAN', iuran);
        const firms = Math.round((pu / 100) * firmsPerHundred);
        stock('PERUSAHAAN_AKTIF', BigInt(firms));
        if (m === 12) addTotal(w.code, year, 'PERUSAHAAN_AKTIF', BigInt(firms), true);
        flow('PERUSAHAAN_BARU', BigInt(Math.round(firms * (0.006 + rnd() * 0.01))));
      }
    }
  }

  facts.push(...syntheticTargets(units, years, seed, totals));
  return facts;
}

const METRICS = ['IURAN', 'PESERTA_AKTIF', 'PERUSAHAAN_AKTIF', 'PERUSAHAAN_BARU', 'TENAGA_KERJA_BARU'];

/** Wilayah targets around their own figures (some above, some below); every office above gets its own. */
function syntheticTargets(units: readonly ReferenceUnit[], years: number[], seed: string, totals: Totals): FactInput[] {
  const out: FactInput[] = [];
  const children = new Map<string, ReferenceUnit[]>();
  for (const u of units) if (u.parentCode) children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u]);
  const target = new Map<string, bigint>();
  const factor = (key: string, low: number, high: number) => {
    const r = mulberry32(seedFrom(`${seed}|target|${key}`))();
    return BigInt(Math.round((low + r * (high - low)) * 10_000));
  };
  const levels = [OrgLevel.WILAYAH, OrgLevel.KANTOR_CABANG, OrgLevel.KANWIL, OrgLevel.NASIONAL];
  for (const level of levels) {
    for (const u of units.filter((x) => x.level === level)) {
      for (const year of years) {
        for (const metric of METRICS) {
          const key = `${u.code}|${year}|${metric}`;
          let basis: bigint;
          let f: bigint;
          if (level === OrgLevel.WILAYAH) {
            basis = totals.get(key) ?? 0n;
            f = factor(key, 0.9, 1.12);
          } else {
            basis = (children.get(u.code) ?? []).reduce((s, c) => s + (target.get(`${c.code}|${year}|${metric}`) ?? 0n), 0n);
            f = factor(key, 0.97, 1.04);
          }
          if (basis === 0n) continue;
          let value = (basis * f + 5_000n) / 10_000n;
          if (metric === 'IURAN') value = ((value + 500_000n) / 1_000_000n) * 1_000_000n; // whole juta
          target.set(key, value);
          out.push({
            unit: u.code,
            metric,
            segment: null,
            kind: FactKind.TARGET,
            periodStart: `${year}-01-01`,
            periodEnd: `${year}-12-31`,
            value: metric === 'IURAN' ? `${value}.00` : `${value}`,
            note: 'synthetic demo target',
          });
        }
      }
    }
  }
  return out;
}
