/**
 * The office tree in GraphQL: one interface, one type per level. Relation
 * and performance fields are resolved in org-unit.resolver.ts through the
 * request's loaders.
 */
import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { OrgLevel, OrgUnitRow } from './org.model';

registerEnumType(OrgLevel, {
  name: 'OrgLevel',
  description:
    'The levels of the office tree, from the root down: Kantor Pusat > Kantor Wilayah > Kantor Cabang > kabupaten/kota. Figures roll up this tree.',
  valuesConfig: {
    NASIONAL: { description: 'Kantor Pusat: the national root, one office.' },
    KANWIL: { description: 'Kantor Wilayah: 11 regional offices.' },
    KANTOR_CABANG: { description: 'Kantor Cabang: about 120 branch offices.' },
    WILAYAH: { description: 'A kabupaten or kota served by one Kantor Cabang (514), coded by Kemendagri, e.g. 33.75.' },
  },
});

const TYPE_BY_LEVEL: Record<OrgLevel, string> = {
  [OrgLevel.NASIONAL]: 'Nasional',
  [OrgLevel.KANWIL]: 'Kanwil',
  [OrgLevel.KANTOR_CABANG]: 'KantorCabang',
  [OrgLevel.WILAYAH]: 'Wilayah',
};

@InterfaceType('OrgUnit', {
  description:
    "An office of the tree (Kantor Pusat, Kantor Wilayah, Kantor Cabang) or a kabupaten/kota (wilayah). Its figures follow the one rollup rule: its own recorded figure if it has one, otherwise the sum of its children's figures (flows summed over the period, stocks at their last position).",
  resolveType: (unit: OrgUnitRow) => TYPE_BY_LEVEL[unit.level],
})
export abstract class OrgUnit {
  @Field(() => ID, {
    description: 'Stable code: NASIONAL, a Kanwil code (BANTEN), a Kantor Cabang code (PEKALONGAN) or a Kemendagri code (33.75).',
  })
  code!: string;

  @Field(() => String, { description: 'Display name, e.g. Kanwil Banten, Kota Pekalongan.' })
  name!: string;

  @Field(() => OrgLevel, {
    description: 'Its level in the tree: NASIONAL (Kantor Pusat), KANWIL (Kantor Wilayah), KANTOR_CABANG or WILAYAH (kabupaten/kota).',
  })
  level!: OrgLevel;
}

@ObjectType('Nasional', {
  implements: OrgUnit,
  description: 'Kantor Pusat: the national root. Its figures roll up all 11 Kanwil unless it recorded its own.',
})
export class Nasional extends OrgUnit {}

@ObjectType('Kanwil', {
  implements: OrgUnit,
  description:
    'A Kantor Wilayah (Kanwil, regional office), parent of its Kantor Cabang. Its figures roll up its Kantor Cabang unless it recorded its own.',
})
export class Kanwil extends OrgUnit {}

@ObjectType('KantorCabang', {
  implements: OrgUnit,
  description:
    'A Kantor Cabang (branch office) of one Kanwil, serving a few kabupaten/kota. Its figures roll up those kabupaten/kota unless it recorded its own.',
})
export class KantorCabang extends OrgUnit {}

@ObjectType('Wilayah', {
  implements: OrgUnit,
  description:
    'A kabupaten or kota (wilayah), a leaf of the tree, served by one Kantor Cabang. Its figures are the ones recorded for it (or the sum of its segments).',
})
export class Wilayah extends OrgUnit {
  @Field(() => String, { description: 'KABUPATEN (regency) or KOTA (city).' })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'Population (jumlah penduduk, Kepmendagri 300.2.2-2138/2025); null when unknown.' })
  population?: number | null;
}
