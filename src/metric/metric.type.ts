import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MetricUnit, Segment, TimeAggregation } from './metric.model';

registerEnumType(Segment, {
  name: 'Segment',
  description:
    'Participant segments (segmen kepesertaan) of the participant metrics, e.g. PESERTA_AKTIF (Metric.segments lists them). A figure without a segment is the total over all segments; a recorded total wins over the sum of the segments.',
  valuesConfig: {
    PU: { description: 'Penerima Upah: wage earners.' },
    BPU: { description: 'Bukan Penerima Upah: non-wage (informal) workers.' },
    JAKON: { description: 'Jasa Konstruksi: construction-project workers.' },
    PMI: { description: 'Pekerja Migran Indonesia: Indonesian migrant workers.' },
  },
});

registerEnumType(MetricUnit, {
  name: 'MetricUnit',
  description:
    'What a metric counts, and so how its figures are written: rupiah with two decimals (Rp...,00), people and employers as whole numbers.',
  valuesConfig: {
    RUPIAH: { description: 'Money in rupiah, exact to the sen (two decimals), e.g. iuran: Rp4.067.826.205.816,00.' },
    ORANG: { description: 'People (tenaga kerja, peserta), whole numbers; written with "orang" when asked: 1.510.223 orang.' },
    PERUSAHAAN: { description: 'Employers (perusahaan, pemberi kerja), whole numbers; written with "perusahaan" when asked.' },
  },
});

registerEnumType(TimeAggregation, {
  name: 'TimeAggregation',
  description:
    'How a metric adds up over time inside the period asked for. Either way, the result then rolls up the office tree by the one rule.',
  valuesConfig: {
    SUM: { description: 'A flow (e.g. iuran received, new employers): the realizations whose span lies inside the period are added.' },
    LAST: {
      description:
        "A stock (e.g. peserta aktif, perusahaan aktif): each office's latest position inside the period counts (posisi data), then the offices are summed.",
    },
  },
});

@ObjectType('Metric', {
  description:
    'A performance indicator (KPI) of the catalogue, e.g. Penerimaan Iuran or Peserta Aktif: what is counted, in what unit, and how it adds up over time. The catalogue is data: new KPIs need no code change.',
})
export class Metric {
  @Field(() => ID, {
    description: 'Stable code to ask for this metric, e.g. IURAN, PESERTA_AKTIF, PERUSAHAAN_AKTIF, PERUSAHAAN_BARU, TENAGA_KERJA_BARU.',
  })
  code!: string;

  @Field(() => String, { description: 'Indonesian display name, e.g. Penerimaan Iuran, Peserta Aktif, Tenaga Kerja Baru.' })
  name!: string;

  @Field(() => MetricUnit, { description: 'What it counts: RUPIAH (e.g. iuran), ORANG (e.g. peserta aktif) or PERUSAHAAN (employers).' })
  unit!: MetricUnit;

  @Field(() => TimeAggregation, {
    description:
      'How it adds up over a period: SUM for flows (iuran, new employers, new workers: the spans add up), LAST for stocks (peserta aktif, perusahaan aktif: the latest position, posisi data).',
  })
  timeAggregation!: TimeAggregation;

  @Field(() => [Segment], {
    description: 'The participant segments (PU, BPU, JAKON, PMI) this metric can be broken down by; empty when it has none.',
  })
  segments!: Segment[];
}
