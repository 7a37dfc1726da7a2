/**
 * The reference tree (Nasional, 11 Kanwil, the Kantor Cabang, 514 wilayah)
 * and the metric catalogue. The tree is loaded only into an empty database:
 * afterwards it is data that administrators change, and a restart must not undo that.
 */
import { EntityManager } from '@mikro-orm/postgresql';
import fs from 'node:fs';
import { parseCsvRecords } from '../common/csv';
import { dataFile } from '../common/project-root';
import { setAuditContext } from '../db/transaction';
import { METRIC_CATALOGUE } from '../metric/metric.catalogue';
import { LEVEL_ORDER, OrgLevel, ROOT_CODE } from '../org/org.model';

export interface ReferenceUnit {
  code: string;
  name: string;
  level: OrgLevel;
  parentCode: string | null;
  kind?: string | null;
  provinceCode?: string | null;
  population?: number | null;
  city?: string | null;
}

function read(name: string): Record<string, string>[] {
  return parseCsvRecords(fs.readFileSync(dataFile('reference', name), 'utf8'));
}

/** The reference tree, parents before children. */
export function referenceTree(): ReferenceUnit[] {
  const units: ReferenceUnit[] = [{ code: ROOT_CODE, name: 'Kantor Pusat', level: OrgLevel.NASIONAL, parentCode: null }];
  for (const r of read('kanwil.csv')) {
    units.push({ code: r.kode, name: r.nama, level: OrgLevel.KANWIL, parentCode: ROOT_CODE, city: r.kota_kantor || null });
  }
  for (const r of read('kantor_cabang.csv')) {
    units.push({ code: r.kode, name: r.nama, level: OrgLevel.KANTOR_CABANG, parentCode: r.kanwil });
  }
  for (const r of read('wilayah.csv')) {
    units.push({
      code: r.kode,
      name: r.nama,
      level: OrgLevel.WILAYAH,
      parentCode: r.kantor_cabang,
      kind: r.jenis,
      provinceCode: r.provinsi,
      population: r.penduduk ? Number(r.penduduk) : null,
    });
  }
  return units;
}

const INSERT_UNITS = `
insert into org_unit (code, name, level, parent_code, kind, province_code, population, city)
select code, name, level, "parentCode", kind, "provinceCode", population, city
from jsonb_to_recordset(?::jsonb) as u(code text, name text, level text, "parentCode" text, kind text, "provinceCode" text, population int, city text)
on conflict (code) do nothing`;

/** Inserts the tree level by level (the parent-level trigger wants parents first). */
export async function insertUnits(em: EntityManager, units: readonly ReferenceUnit[]): Promise<void> {
  const conn = em.getConnection();
  for (const level of LEVEL_ORDER) {
    const rows = units.filter((u) => u.level === level);
    if (rows.length > 0) await conn.execute(INSERT_UNITS, [JSON.stringify(rows)], 'run', em.getTransactionContext());
  }
}

/** Seeds the catalogue (new metrics only) and, into an empty database, the tree. Returns whether the tree was loaded. */
export async function seedReference(em: EntityManager, units: readonly ReferenceUnit[] = referenceTree()): Promise<boolean> {
  return em.transactional(async (tem) => {
    const conn = tem.getConnection();
    const tx = tem.getTransactionContext();
    await conn.execute(
      `insert into metric (code, name, unit, time_aggregation, segments, sort_order)
       select code, name, unit, "timeAggregation", array(select jsonb_array_elements_text(segments)), "sortOrder"
       from jsonb_to_recordset(?::jsonb) as m(code text, name text, unit text, "timeAggregation" text, segments jsonb, "sortOrder" int)
       on conflict (code) do nothing`,
      [JSON.stringify(METRIC_CATALOGUE)],
      'run',
      tx,
    );
    const [{ n }] = await conn.execute<{ n: number }[]>('select count(*)::int as n from org_unit', [], 'all', tx);
    if (n > 0) return false;
    await setAuditContext(tem, { id: 'system:reference-seed' });
    await insertUnits(tem, units);
    return true;
  });
}
