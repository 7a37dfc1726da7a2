/** Every enum of the schema, registered once with its analyst-facing descriptions. */
import { registerEnumType } from 'type-graphql';
import { MetricUnit, Segment, TimeAggregation } from '../metric/metric.types';
import { OrgLevel } from '../org/org-level';
import { AchievementStatus } from '../rollup/performance.math';

export enum ValueSource {
  RECORDED = 'RECORDED',
  ROLLED_UP = 'ROLLED_UP',
}

export enum AmountStyle {
  FULL = 'FULL',
  SHORT = 'SHORT',
  COMPACT = 'COMPACT',
  WORDS = 'WORDS',
}

export enum PercentStyle {
  SYMBOL = 'SYMBOL',
  WORD = 'WORD',
}

registerEnumType(OrgLevel, {
  name: 'OrgLevel',
  description: 'The levels of the office tree, from the root down: Kantor Pusat > Kantor Wilayah > Kantor Cabang > kabupaten/kota. Figures roll up this tree.',
  valuesConfig: {
    NASIONAL: { description: 'Kantor Pusat: the national root, one office.' },
    KANWIL: { description: 'Kantor Wilayah: 11 regional offices.' },
    KANTOR_CABANG: { description: 'Kantor Cabang: about 120 branch offices.' },
    WILAYAH: { description: 'A kabupaten or kota served by one Kantor Cabang (514), coded by Kemendagri, e.g. 33.75.' },
  },
});

registerEnumType(Segment, {
  name: 'Segment',
  description: 'Participant segments (segmen kepesertaan) of the participant metrics, e.g. PESERTA_AKTIF (Metric.segments lists them). A figure without a segment is the total over all segments; a recorded total wins over the sum of the segments.',
  valuesConfig: {
    PU: { description: 'Penerima Upah: wage earners.' },
    BPU: { description: 'Bukan Penerima Upah: non-wage (informal) workers.' },
    JAKON: { description: 'Jasa Konstruksi: construction-project workers.' },
    PMI: { description: 'Pekerja Migran Indonesia: Indonesian migrant workers.' },
  },
});

registerEnumType(MetricUnit, {
  name: 'MetricUnit',
  description: 'What a metric counts, and so how its figures are written: rupiah with two decimals (Rp...,00), people and employers as whole numbers.',
  valuesConfig: {
    RUPIAH: { description: 'Money in rupiah, exact to the sen (two decimals), e.g. iuran: Rp4.067.826.205.816,00.' },
    ORANG: { description: 'People (tenaga kerja, peserta), whole numbers; written with "orang" when asked: 1.510.223 orang.' },
    PERUSAHAAN: { description: 'Employers (perusahaan, pemberi kerja), whole numbers; written with "perusahaan" when asked.' },
  },
});

registerEnumType(TimeAggregation, {
  name: 'TimeAggregation',
  description: 'How a metric adds up over time inside the period asked for. Either way, the result then rolls up the office tree by the one rule.',
  valuesConfig: {
    SUM: { description: 'A flow (e.g. iuran received, new employers): the realizations whose span lies inside the period are added.' },
    LAST: { description: "A stock (e.g. peserta aktif, perusahaan aktif): each office's latest position inside the period counts (posisi data), then the offices are summed." },
  },
});

registerEnumType(ValueSource, {
  name: 'ValueSource',
  description: "Where a figure came from, by the rollup rule: an office's own recorded figure wins over the sum of its children.",
  valuesConfig: {
    RECORDED: { description: 'The office recorded this figure itself; it wins over the sum of its children.' },
    ROLLED_UP: { description: "Summed: from the children's figures, or from the office's own segments when it recorded no total." },
  },
});

registerEnumType(AchievementStatus, {
  name: 'AchievementStatus',
  description: 'How the realization (realisasi) stands against the target of its period.',
  valuesConfig: {
    ACHIEVED: { description: 'The realization reaches the target of the period (the prorated target when the period is shorter than the year).' },
    BELOW_TARGET: { description: 'The realization is below the target of the period.' },
    NO_TARGET: { description: 'There is a realization but no target.' },
    NO_DATA: { description: 'No realization was reported for the period.' },
  },
});

registerEnumType(AmountStyle, {
  name: 'AmountStyle',
  description: 'How an amount is written the Indonesian way. FULL: Rp4.067.826.205.816,00 / 1.510.223. SHORT: Rp4,07 triliun / 1,51 juta. COMPACT: Rp4,07 T / 1,51 jt. WORDS: terbilang.',
  valuesConfig: {
    FULL: { description: 'Every digit, grouped the Indonesian way: Rp4.067.826.205.816,00, 1.510.223.' },
    SHORT: { description: 'For the press, with a scale word: Rp4,07 triliun, Rp146,31 miliar, 2,93 juta.' },
    COMPACT: { description: 'For dashboards: Rp4,07 T, Rp146,31 M (M is miliar), 1,51 jt.' },
    WORDS: { description: 'In words (terbilang), as printed on receipts: empat triliun ... rupiah.' },
  },
});

registerEnumType(PercentStyle, {
  name: 'PercentStyle',
  description: 'How a percentage is written the Indonesian way. SYMBOL: 100,27%. WORD: 100,27 persen.',
  valuesConfig: {
    SYMBOL: { description: 'With the percent sign: 100,27%.' },
    WORD: { description: 'With the word persen, as in print: 100,27 persen.' },
  },
});
