/**
 * The office tree in GraphQL: one interface, one type per level. Relation
 * and performance fields are resolved in org-unit.resolver.ts through the
 * request's loaders.
 */
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { OrgLevel } from './org-level';

/** An office as the API passes it around: a row of org_unit. */
export interface OrgUnitRow {
  code: string;
  name: string;
  level: OrgLevel;
  parentCode: string | null;
  kind: string | null;
  population: number | null;
}

const TYPE_BY_LEVEL: Record<OrgLevel, string> = {
  [OrgLevel.NASIONAL]: 'Nasional',
  [OrgLevel.KANWIL]: 'Kanwil',
  [OrgLevel.KANTOR_CABANG]: 'KantorCabang',
  [OrgLevel.WILAYAH]: 'Wilayah',
};

@InterfaceType('OrgUnit', {
  description:
    "An office of the tree (Kantor Pusat, Kanwil, Kantor Cabang) or a kabupaten/kota (wilayah). Its figures follow the one rollup rule: its own recorded figure if it has one, otherwise the sum of its children's figures.",
  resolveType: (unit: OrgUnitRow) => TYPE_BY_LEVEL[unit.level],
})
export abstract class OrgUnit {
  @Field(() => ID, { description: 'Stable code: NASIONAL, a Kanwil code (BANTEN), a Kantor Cabang code (PEKALONGAN) or a Kemendagri code (33.75).' })
  code!: string;

  @Field(() => String, { description: 'Display name, e.g. Kanwil Banten, Kota Pekalongan.' })
  name!: string;

  @Field(() => OrgLevel)
  level!: OrgLevel;
}

@ObjectType('Nasional', { implements: OrgUnit, description: 'Kantor Pusat: the national root. Its figures roll up all 11 Kanwil unless it recorded its own.' })
export class Nasional extends OrgUnit {}

@ObjectType('Kanwil', { implements: OrgUnit, description: 'A Kantor Wilayah (regional office), parent of its Kantor Cabang.' })
export class Kanwil extends OrgUnit {}

@ObjectType('KantorCabang', { implements: OrgUnit, description: 'A Kantor Cabang (branch office), serving a few kabupaten/kota.' })
export class KantorCabang extends OrgUnit {}

@ObjectType('Wilayah', { implements: OrgUnit, description: 'A kabupaten or kota, the leaves of the tree, served by one Kantor Cabang.' })
export class Wilayah extends OrgUnit {
  @Field(() => String, { description: 'KABUPATEN or KOTA' })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'Population (Kepmendagri 300.2.2-2138/2025).' })
  population?: number | null;
}
