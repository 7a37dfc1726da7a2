import { Field, ID, InputType, Int } from 'type-graphql';
import { OrgLevel } from './org.model';

@InputType('AddOrgUnitInput', {
  description: 'A new Kantor Wilayah, Kantor Cabang or kabupaten/kota (wilayah), placed under its parent office.',
})
export class AddOrgUnitInput {
  @Field(() => ID, { description: 'Stable code: capital letters, digits, "_" or "."; a Kemendagri code for a wilayah.' })
  code!: string;

  @Field(() => String, { description: 'Display name, e.g. Kantor Cabang Serang, Kota Pekalongan.' })
  name!: string;

  @Field(() => OrgLevel, { description: 'Its level: KANWIL under NASIONAL, KANTOR_CABANG under a Kanwil, WILAYAH under a Kantor Cabang.' })
  level!: OrgLevel;

  @Field(() => ID, { description: 'The office directly above: a Kanwil for a Kantor Cabang, and so on.' })
  parent!: string;

  @Field(() => String, { nullable: true, description: 'KABUPATEN or KOTA, for a wilayah only.' })
  kind?: string | null;

  @Field(() => Int, { nullable: true, description: 'Population (jumlah penduduk), for a wilayah; omitted when unknown.' })
  population?: number | null;
}
