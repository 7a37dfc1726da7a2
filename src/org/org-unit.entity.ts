import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { OrgLevel } from './org.model';

/**
 * One office of the tree (Nasional, Kanwil, Kantor Cabang) or one
 * kabupaten/kota (wilayah). The code is the stable identifier, the name is
 * display text. The parent's level must be the level directly above
 * (enforced by the trigger in the initial migration).
 */
@Entity({ tableName: 'org_unit' })
@Check({ name: 'org_unit_root_has_no_parent', expression: `(level = 'NASIONAL') = (parent_code is null)` })
@Check({ name: 'org_unit_kind_only_on_wilayah', expression: `kind is null or level = 'WILAYAH'` })
@Check({ name: 'org_unit_population_not_negative', expression: 'population >= 0' })
export class OrgUnitEntity {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => OrgLevel })
  level!: OrgLevel;

  @Index({ name: 'org_unit_parent_code_idx' })
  @ManyToOne({
    entity: () => OrgUnitEntity,
    fieldName: 'parent_code',
    mapToPk: true,
    nullable: true,
    deleteRule: 'restrict',
    updateRule: 'cascade',
  })
  parentCode?: string | null;

  /** KABUPATEN or KOTA, for wilayah. */
  @Property({ type: 'text', nullable: true })
  kind?: string | null;

  /** Kemendagri province code, for wilayah. */
  @Property({ type: 'text', nullable: true })
  provinceCode?: string | null;

  /** Population (Kepmendagri 2025), for wilayah. */
  @Property({ type: 'integer', nullable: true })
  population?: number | null;

  /** Office city, for Kanwil. */
  @Property({ type: 'text', nullable: true })
  city?: string | null;
}
