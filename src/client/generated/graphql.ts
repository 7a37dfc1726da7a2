/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How the realization (realisasi) stands against the target of its period. */
export type AchievementStatus =
  /** The realization reaches the target of the period (the prorated target when the period is shorter than the year). */
  | 'ACHIEVED'
  /** The realization is below the target of the period. */
  | 'BELOW_TARGET'
  /** No realization was reported for the period. */
  | 'NO_DATA'
  /** There is a realization but no target. */
  | 'NO_TARGET';

/** What a change did to a stored target or realization. */
export type ChangeAction =
  /** Deleted, with a note saying why. */
  | 'DELETE'
  /** First recorded. */
  | 'INSERT'
  /** Corrected: the value or the note changed. */
  | 'UPDATE';

/** Deletes one target or realization; the note saying why is required and kept in the history. */
export type DeleteFactInput = {
  /** TARGET or REALIZATION. */
  kind: FactKind;
  /** Metric code, e.g. IURAN. */
  metric: string | number;
  /** Why the figure is deleted; required, and kept in the history with its last value. */
  note: string;
  /** Last day of its span, as stored (a stock: the same day as periodStart). */
  periodEnd: string;
  /** First day of its span, as stored (a target: 1 January or the first of its month). */
  periodStart: string;
  /** Its segment (PU, BPU, JAKON, PMI); omitted for a total. */
  segment?: Segment | null | undefined;
  /** Code of the office the figure was recorded for. */
  unit: string | number;
};

/** One stored target or realization, by its natural key. */
export type FactKeyInput = {
  /** TARGET or REALIZATION. */
  kind: FactKind;
  /** Metric code, e.g. IURAN. */
  metric: string | number;
  /** Last day of its span, as stored (a stock: the same day as periodStart). */
  periodEnd: string;
  /** First day of its span, as stored (a target: 1 January or the first of its month). */
  periodStart: string;
  /** Its segment (PU, BPU, JAKON, PMI); omitted for a total. */
  segment?: Segment | null | undefined;
  /** Code of the office the figure was recorded for. */
  unit: string | number;
};

/** What a stored figure is: a target (what the office should reach) or a realization (realisasi: what it reported). */
export type FactKind =
  /** Realisasi, as reported by the office: a flow over a span (e.g. iuran of a month), or a stock position at one date (e.g. peserta aktif on 31 Desember). */
  | 'REALIZATION'
  /** Target: set for a whole calendar year, or for one whole month of it. */
  | 'TARGET';

/** The length of each point of a time series. */
export type Granularity =
  /** One point per calendar month (Januari 2024). */
  | 'MONTH'
  /** One point per triwulan (Triwulan I 2024). */
  | 'QUARTER'
  /** One point per calendar year (Tahun 2024). */
  | 'YEAR';

/** What a metric counts, and so how its figures are written: rupiah with two decimals (Rp...,00), people and employers as whole numbers. */
export type MetricUnit =
  /** People (tenaga kerja, peserta), whole numbers; written with "orang" when asked: 1.510.223 orang. */
  | 'ORANG'
  /** Employers (perusahaan, pemberi kerja), whole numbers; written with "perusahaan" when asked. */
  | 'PERUSAHAAN'
  /** Money in rupiah, exact to the sen (two decimals), e.g. iuran: Rp4.067.826.205.816,00. */
  | 'RUPIAH';

/** The levels of the office tree, from the root down: Kantor Pusat > Kantor Wilayah > Kantor Cabang > kabupaten/kota. Figures roll up this tree. */
export type OrgLevel =
  /** Kantor Cabang: about 120 branch offices. */
  | 'KANTOR_CABANG'
  /** Kantor Wilayah: 11 regional offices. */
  | 'KANWIL'
  /** Kantor Pusat: the national root, one office. */
  | 'NASIONAL'
  /** A kabupaten or kota served by one Kantor Cabang (514), coded by Kemendagri, e.g. 33.75. */
  | 'WILAYAH';

/** A reporting period inside one calendar year. {year} is the whole year; {year, month} one month; {year, quarter} one quarter; {year, until} runs from 1 January to `until` (year to date). At most one of month, quarter, until. */
export type PeriodInput = {
  /** 1 (Januari) to 12 (Desember). */
  month?: number | null | undefined;
  /** Triwulan 1 to 4. */
  quarter?: number | null | undefined;
  /** Year to date: from 1 January to this date, inside the year. */
  until?: string | null | undefined;
  /** The calendar year, e.g. 2024. */
  year: number;
};

/** A realization (realisasi) as the office reports it: a flow (e.g. iuran of a month) over [periodStart, periodEnd] inside one year, or a stock position (e.g. peserta aktif) at one date, periodStart = periodEnd. */
export type RealizationInput = {
  /** Metric code from the catalogue, e.g. IURAN, PESERTA_AKTIF. */
  metric: string | number;
  /** Why or where from, e.g. laporan Januari; kept in the history. */
  note?: string | null | undefined;
  /** Last day it covers; equal to periodStart for a stock (a position at that date). */
  periodEnd: string;
  /** First day the figure covers. */
  periodStart: string;
  /** Participant segment (PU, BPU, JAKON, PMI), only for metrics with segments; omitted for the total over all segments. */
  segment?: Segment | null | undefined;
  /** Code of the office the figure belongs to, e.g. BANTEN (a Kanwil), PEKALONGAN (a Kantor Cabang), 33.75 (a kabupaten/kota) or NASIONAL. */
  unit: string | number;
  /** The realization as an exact decimal string: rupiah with at most 2 decimals ("15250000000.00"), counts whole ("4120"); never negative. */
  value: string;
};

/** A table for print: the offices at one level below a parent office, with their figures for some metrics over one period. */
export type ReportInput = {
  /** the level of the rows: a level below the parent's */
  level: OrgLevel;
  /** Metric codes, one cell per row each, in this order (1 to 10). */
  metrics: Array<string | number>;
  /** the office whose descendants are the rows */
  parent: string | number;
  /** The reporting period. */
  period: PeriodInput;
  /** The sort; by default the first metric's achievement, highest first. */
  sort?: ReportSort | null | undefined;
  /** keep only rows whose first metric has this status */
  status?: AchievementStatus | null | undefined;
};

/** How the rows of a report are sorted. */
export type ReportSort = {
  /** DESC (largest first) unless told otherwise. */
  direction?: SortDirection | null | undefined;
  /** The column. */
  field: ReportSortField;
  /** the metric whose column sorts the rows; omitted for CODE and NAME */
  metric?: string | number | null | undefined;
};

/** The column a report is sorted by. Offices without a value come last; the office code breaks ties. */
export type ReportSortField =
  /** Capaian (realization / target) of the sort metric. */
  | 'ACHIEVEMENT'
  /** The office code. */
  | 'CODE'
  /** Selisih (realization - target) of the sort metric. */
  | 'GAP'
  /** The office name, in Indonesian alphabetical order. */
  | 'NAME'
  /** Realisasi of the sort metric. */
  | 'REALIZATION'
  /** Target of the sort metric. */
  | 'TARGET';

/** Participant segments (segmen kepesertaan) of the participant metrics, e.g. PESERTA_AKTIF (Metric.segments lists them). A figure without a segment is the total over all segments; a recorded total wins over the sum of the segments. */
export type Segment =
  /** Bukan Penerima Upah: non-wage (informal) workers. */
  | 'BPU'
  /** Jasa Konstruksi: construction-project workers. */
  | 'JAKON'
  /** Pekerja Migran Indonesia: Indonesian migrant workers. */
  | 'PMI'
  /** Penerima Upah: wage earners. */
  | 'PU';

/** A time series of one office and one metric, for trend charts: up to 10 years. */
export type SeriesInput = {
  /** The first point is the month, quarter or year holding this date. */
  from: string;
  /** Months, quarters or years. */
  granularity: Granularity;
  /** Metric code. */
  metric: string | number;
  /** Only for metrics with segments; omitted for the total. */
  segment?: Segment | null | undefined;
  /** The last point is the month, quarter or year holding this date. */
  to: string;
  /** Office code. */
  unit: string | number;
};

/** The order of a sorted column. */
export type SortDirection =
  /** Smallest first (A to Z). */
  | 'ASC'
  /** Largest first (Z to A). */
  | 'DESC';

/** A target for a whole year (month omitted) or for one month. */
export type TargetInput = {
  /** Metric code from the catalogue, e.g. IURAN, PESERTA_AKTIF. */
  metric: string | number;
  /** 1 to 12 for a monthly target; omitted for the whole year. */
  month?: number | null | undefined;
  /** Why or where from, e.g. RKAT 2025; kept in the history. */
  note?: string | null | undefined;
  /** Participant segment (PU, BPU, JAKON, PMI), only for metrics with segments; omitted for the total over all segments. */
  segment?: Segment | null | undefined;
  /** Code of the office the figure belongs to, e.g. BANTEN (a Kanwil), PEKALONGAN (a Kantor Cabang), 33.75 (a kabupaten/kota) or NASIONAL. */
  unit: string | number;
  /** The target as an exact decimal string: rupiah with at most 2 decimals ("137956000000.00"), counts whole ("22300"); never negative. */
  value: string;
  /** The calendar year of the target, e.g. 2025. */
  year: number;
};

/** How a metric adds up over time inside the period asked for. Either way, the result then rolls up the office tree by the one rule. */
export type TimeAggregation =
  /** A stock (e.g. peserta aktif, perusahaan aktif): each office's latest position inside the period counts (posisi data), then the offices are summed. */
  | 'LAST'
  /** A flow (e.g. iuran received, new employers): the realizations whose span lies inside the period are added. */
  | 'SUM';

/** Where a figure came from, by the rollup rule: an office's own recorded figure wins over the sum of its children. */
export type ValueSource =
  /** The office recorded this figure itself; it wins over the sum of its children. */
  | 'RECORDED'
  /** Summed: from the children's figures, or from the office's own segments when it recorded no total. */
  | 'ROLLED_UP';

export type DashboardQueryVariables = Exact<{
  period: PeriodInput;
}>;


export type DashboardQuery = { nasional: { code: string, name: string, level: OrgLevel, kanwil: Array<{ code: string, name: string, level: OrgLevel, kantorCabang: Array<{ code: string, name: string, level: OrgLevel, wilayah: Array<{ code: string, name: string, level: OrgLevel, performances: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string } | null, achievement: { value: string, formatted: string } | null }> }>, performances: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string } | null, achievement: { value: string, formatted: string } | null }> }>, performances: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string } | null, achievement: { value: string, formatted: string } | null }> }>, performances: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string } | null, achievement: { value: string, formatted: string } | null }> } };

type DashboardUnit_KantorCabang_Fragment = { code: string, name: string, level: OrgLevel, performances: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string } | null, achievement: { value: string, formatted: string } | null }> };

type DashboardUnit_Kanwil_Fragment = { code: string, name: string, level: OrgLevel, performances: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string } | null, achievement: { value: string, formatted: string } | null }> };

type DashboardUnit_Nasional_Fragment = { code: string, name: string, level: OrgLevel, performances: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string } | null, achievement: { value: string, formatted: string } | null }> };

type DashboardUnit_Wilayah_Fragment = { code: string, name: string, level: OrgLevel, performances: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string } | null, achievement: { value: string, formatted: string } | null }> };

export type DashboardUnitFragment =
  | DashboardUnit_KantorCabang_Fragment
  | DashboardUnit_Kanwil_Fragment
  | DashboardUnit_Nasional_Fragment
  | DashboardUnit_Wilayah_Fragment
;

export type KantorCabangPerformanceQueryVariables = Exact<{
  code: string | number;
  metric: string | number;
  period: PeriodInput;
}>;


export type KantorCabangPerformanceQuery = { kantorCabang: { code: string, name: string, kanwil: { name: string }, performance: { status: AchievementStatus, dataUntil: string | null, period: { label: string }, realization: { value: string, source: ValueSource, full: string, short: string, words: string } | null, target: { value: string, full: string } | null, achievement: { value: string, formatted: string } | null, gap: { formatted: string } | null } } | null };

export type MetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsQuery = { metrics: Array<{ code: string, name: string, unit: MetricUnit, timeAggregation: TimeAggregation, segments: Array<Segment> }> };

export type ReadmeRollupPathQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeRollupPathQuery = { wilayah: { path: Array<
      | { level: OrgLevel, name: string, performance: { realization: { formatted: string, source: ValueSource } | null, target: { formatted: string } | null, achievement: { formatted: string } | null, shareOfParent: { formatted: string } | null } }
      | { level: OrgLevel, name: string, performance: { realization: { formatted: string, source: ValueSource } | null, target: { formatted: string } | null, achievement: { formatted: string } | null, shareOfParent: { formatted: string } | null } }
      | { level: OrgLevel, name: string, performance: { realization: { formatted: string, source: ValueSource } | null, target: { formatted: string } | null, achievement: { formatted: string } | null, shareOfParent: { formatted: string } | null } }
      | { level: OrgLevel, name: string, performance: { realization: { formatted: string, source: ValueSource } | null, target: { formatted: string } | null, achievement: { formatted: string } | null, shareOfParent: { formatted: string } | null } }
    > } | null };

export type ReadmeKantorCabangQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeKantorCabangQuery = { kantorCabang: { name: string, kanwil: { name: string }, performance: { status: AchievementStatus, dataUntil: string | null, period: { label: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { formatted: string } | null, achievement: { value: string, formatted: string } | null, gap: { formatted: string } | null } } | null };

export type ReadmeYearToDateQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeYearToDateQuery = { kantorCabang: { performance: { status: AchievementStatus, period: { label: string }, realization: { formatted: string, words: string } | null, target: { formatted: string } | null, proratedTarget: { formatted: string } | null, achievement: { formatted: string } | null, proratedAchievement: { formatted: string } | null } } | null };

export type ReportQueryVariables = Exact<{
  input: ReportInput;
}>;


export type ReportQuery = { report: { parent:
      | { code: string, name: string }
      | { code: string, name: string }
      | { code: string, name: string }
      | { code: string, name: string }
    , period: { start: string, end: string, label: string }, metrics: Array<{ code: string, name: string, unit: MetricUnit }>, rows: Array<{ rank: number, unit:
        | { code: string, name: string }
        | { code: string, name: string }
        | { code: string, name: string }
        | { code: string, name: string }
      , cells: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null }> }>, totals: Array<{ status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null }> } };

export type ReportCellFragment = { status: AchievementStatus, metric: { code: string }, realization: { value: string, formatted: string, source: ValueSource } | null, target: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null };

export type SeriesQueryVariables = Exact<{
  input: SeriesInput;
}>;


export type SeriesQuery = { series: Array<{ period: { start: string, end: string, label: string }, performance: { status: AchievementStatus, realization: { value: string, formatted: string } | null, target: { value: string } | null, achievement: { value: string, formatted: string } | null }, cumulativeRealization: { value: string, formatted: string } | null }> };

export type YearToDateQueryVariables = Exact<{
  code: string | number;
  metric: string | number;
  year: number;
  until: string;
}>;


export type YearToDateQuery = { orgUnit:
    | { code: string, name: string, performance: { status: AchievementStatus, dataUntil: string | null, period: { label: string }, realization: { formatted: string } | null, target: { formatted: string } | null, proratedTarget: { formatted: string } | null, achievement: { formatted: string } | null, proratedAchievement: { formatted: string } | null, growth: { formatted: string } | null } }
    | { code: string, name: string, performance: { status: AchievementStatus, dataUntil: string | null, period: { label: string }, realization: { formatted: string } | null, target: { formatted: string } | null, proratedTarget: { formatted: string } | null, achievement: { formatted: string } | null, proratedAchievement: { formatted: string } | null, growth: { formatted: string } | null } }
    | { code: string, name: string, performance: { status: AchievementStatus, dataUntil: string | null, period: { label: string }, realization: { formatted: string } | null, target: { formatted: string } | null, proratedTarget: { formatted: string } | null, achievement: { formatted: string } | null, proratedAchievement: { formatted: string } | null, growth: { formatted: string } | null } }
    | { code: string, name: string, performance: { status: AchievementStatus, dataUntil: string | null, period: { label: string }, realization: { formatted: string } | null, target: { formatted: string } | null, proratedTarget: { formatted: string } | null, achievement: { formatted: string } | null, proratedAchievement: { formatted: string } | null, growth: { formatted: string } | null } }
   | null };

export type TreeQueryVariables = Exact<{
  code: string | number;
}>;


export type TreeQuery = { orgUnit:
    | { code: string, name: string, level: OrgLevel, kanwil: { code: string }, wilayah: Array<{ code: string, kind: string, population: number | null }>, parent:
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
       | null, path: Array<
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
      >, children: Array<
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
      > }
    | { code: string, name: string, level: OrgLevel, parent:
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
       | null, path: Array<
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
      >, children: Array<
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
      > }
    | { code: string, name: string, level: OrgLevel, parent:
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
       | null, path: Array<
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
      >, children: Array<
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
      > }
    | { kind: string, population: number | null, code: string, name: string, level: OrgLevel, kantorCabang: { code: string }, parent:
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
       | null, path: Array<
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
      >, children: Array<
        | { code: string }
        | { code: string }
        | { code: string }
        | { code: string }
      > }
   | null };

export type LookupsQueryVariables = Exact<{
  code: string | number;
}>;


export type LookupsQuery = { kanwil: { code: string } | null, kantorCabang: { code: string } | null, wilayah: { code: string } | null, orgUnit:
    | { code: string }
    | { code: string }
    | { code: string }
    | { code: string }
   | null };

export type UnitPerformanceQueryVariables = Exact<{
  code: string | number;
  metric: string | number;
  period: PeriodInput;
  segment?: Segment | null | undefined;
}>;


export type UnitPerformanceQuery = { orgUnit:
    | { code: string, level: OrgLevel, performance: { segment: Segment | null, status: AchievementStatus, dataUntil: string | null, period: { start: string, end: string, label: string }, realization: { value: string, unit: MetricUnit, source: ValueSource, formatted: string } | null, target: { value: string, source: ValueSource, formatted: string } | null, proratedTarget: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, proratedAchievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null, growth: { value: string, formatted: string } | null, shareOfParent: { value: string, formatted: string } | null, childrenRealization: { value: string, source: ValueSource } | null } }
    | { code: string, level: OrgLevel, performance: { segment: Segment | null, status: AchievementStatus, dataUntil: string | null, period: { start: string, end: string, label: string }, realization: { value: string, unit: MetricUnit, source: ValueSource, formatted: string } | null, target: { value: string, source: ValueSource, formatted: string } | null, proratedTarget: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, proratedAchievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null, growth: { value: string, formatted: string } | null, shareOfParent: { value: string, formatted: string } | null, childrenRealization: { value: string, source: ValueSource } | null } }
    | { code: string, level: OrgLevel, performance: { segment: Segment | null, status: AchievementStatus, dataUntil: string | null, period: { start: string, end: string, label: string }, realization: { value: string, unit: MetricUnit, source: ValueSource, formatted: string } | null, target: { value: string, source: ValueSource, formatted: string } | null, proratedTarget: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, proratedAchievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null, growth: { value: string, formatted: string } | null, shareOfParent: { value: string, formatted: string } | null, childrenRealization: { value: string, source: ValueSource } | null } }
    | { code: string, level: OrgLevel, performance: { segment: Segment | null, status: AchievementStatus, dataUntil: string | null, period: { start: string, end: string, label: string }, realization: { value: string, unit: MetricUnit, source: ValueSource, formatted: string } | null, target: { value: string, source: ValueSource, formatted: string } | null, proratedTarget: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, proratedAchievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null, growth: { value: string, formatted: string } | null, shareOfParent: { value: string, formatted: string } | null, childrenRealization: { value: string, source: ValueSource } | null } }
   | null };

export type UnitPerformancesQueryVariables = Exact<{
  code: string | number;
  metrics?: Array<string | number> | string | number | null | undefined;
  period: PeriodInput;
}>;


export type UnitPerformancesQuery = { orgUnit:
    | { code: string, performances: Array<{ segment: Segment | null, status: AchievementStatus, dataUntil: string | null, metric: { code: string }, period: { start: string, end: string, label: string }, realization: { value: string, unit: MetricUnit, source: ValueSource, formatted: string } | null, target: { value: string, source: ValueSource, formatted: string } | null, proratedTarget: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, proratedAchievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null, growth: { value: string, formatted: string } | null, shareOfParent: { value: string, formatted: string } | null, childrenRealization: { value: string, source: ValueSource } | null }> }
    | { code: string, performances: Array<{ segment: Segment | null, status: AchievementStatus, dataUntil: string | null, metric: { code: string }, period: { start: string, end: string, label: string }, realization: { value: string, unit: MetricUnit, source: ValueSource, formatted: string } | null, target: { value: string, source: ValueSource, formatted: string } | null, proratedTarget: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, proratedAchievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null, growth: { value: string, formatted: string } | null, shareOfParent: { value: string, formatted: string } | null, childrenRealization: { value: string, source: ValueSource } | null }> }
    | { code: string, performances: Array<{ segment: Segment | null, status: AchievementStatus, dataUntil: string | null, metric: { code: string }, period: { start: string, end: string, label: string }, realization: { value: string, unit: MetricUnit, source: ValueSource, formatted: string } | null, target: { value: string, source: ValueSource, formatted: string } | null, proratedTarget: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, proratedAchievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null, growth: { value: string, formatted: string } | null, shareOfParent: { value: string, formatted: string } | null, childrenRealization: { value: string, source: ValueSource } | null }> }
    | { code: string, performances: Array<{ segment: Segment | null, status: AchievementStatus, dataUntil: string | null, metric: { code: string }, period: { start: string, end: string, label: string }, realization: { value: string, unit: MetricUnit, source: ValueSource, formatted: string } | null, target: { value: string, source: ValueSource, formatted: string } | null, proratedTarget: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, proratedAchievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null, growth: { value: string, formatted: string } | null, shareOfParent: { value: string, formatted: string } | null, childrenRealization: { value: string, source: ValueSource } | null }> }
   | null };

export type PerformanceFieldsFragment = { segment: Segment | null, status: AchievementStatus, dataUntil: string | null, period: { start: string, end: string, label: string }, realization: { value: string, unit: MetricUnit, source: ValueSource, formatted: string } | null, target: { value: string, source: ValueSource, formatted: string } | null, proratedTarget: { value: string, formatted: string } | null, achievement: { value: string, formatted: string } | null, proratedAchievement: { value: string, formatted: string } | null, gap: { value: string, formatted: string } | null, growth: { value: string, formatted: string } | null, shareOfParent: { value: string, formatted: string } | null, childrenRealization: { value: string, source: ValueSource } | null };

export type RecordRealizationsMutationVariables = Exact<{
  input: Array<RealizationInput> | RealizationInput;
}>;


export type RecordRealizationsMutation = { recordRealizations: { inserted: number, updated: number, unchanged: number, userErrors: Array<{ index: number | null, field: string | null, code: string, message: string }> } };

export type UpsertTargetsMutationVariables = Exact<{
  input: Array<TargetInput> | TargetInput;
}>;


export type UpsertTargetsMutation = { upsertTargets: { inserted: number, updated: number, unchanged: number, userErrors: Array<{ index: number | null, field: string | null, code: string, message: string }> } };

export type DeleteFactMutationVariables = Exact<{
  input: DeleteFactInput;
}>;


export type DeleteFactMutation = { deleteFact: { deleted: number, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FactHistoryQueryVariables = Exact<{
  fact: FactKeyInput;
  limit?: number | null | undefined;
}>;


export type FactHistoryQuery = { factHistory: Array<{ action: ChangeAction, note: string | null, actor: string, requestId: string | null, at: string, atLabel: string, oldValue: { value: string, formatted: string } | null, newValue: { value: string, formatted: string } | null }> };

export type WriteOutcomeFragment = { inserted: number, updated: number, unchanged: number, userErrors: Array<{ index: number | null, field: string | null, code: string, message: string }> };

export const DashboardUnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"performances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"COMPACT"}}]},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardUnitFragment, unknown>;
export const ReportCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Performance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ReportCellFragment, unknown>;
export const PerformanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Performance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedAchievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"growth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"signed"},"value":{"kind":"BooleanValue","value":true}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"shareOfParent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrenRealization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataUntil"}}]}}]} as unknown as DocumentNode<PerformanceFieldsFragment, unknown>;
export const WriteOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WriteOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WritePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WriteOutcomeFragment, unknown>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nasional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardUnit"}},{"kind":"Field","name":{"kind":"Name","value":"kanwil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardUnit"}},{"kind":"Field","name":{"kind":"Name","value":"kantorCabang"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardUnit"}},{"kind":"Field","name":{"kind":"Name","value":"wilayah"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardUnit"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"performances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"COMPACT"}}]},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const KantorCabangPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KantorCabangPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kantorCabang"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kanwil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","alias":{"kind":"Name","value":"full"},"name":{"kind":"Name","value":"formatted"}},{"kind":"Field","alias":{"kind":"Name","value":"short"},"name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"SHORT"}}]},{"kind":"Field","alias":{"kind":"Name","value":"words"},"name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"WORDS"}}]},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","alias":{"kind":"Name","value":"full"},"name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"SHORT"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dataUntil"}}]}}]}}]}}]} as unknown as DocumentNode<KantorCabangPerformanceQuery, KantorCabangPerformanceQueryVariables>;
export const MetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"timeAggregation"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}}]}}]}}]} as unknown as DocumentNode<MetricsQuery, MetricsQueryVariables>;
export const ReadmeRollupPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadmeRollupPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wilayah"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"33.75","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"StringValue","value":"IURAN","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"SHORT"}}]},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"SHORT"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareOfParent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadmeRollupPathQuery, ReadmeRollupPathQueryVariables>;
export const ReadmeKantorCabangDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadmeKantorCabang"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kantorCabang"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"PEKALONGAN","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kanwil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"StringValue","value":"PESERTA_AKTIF","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2019"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"EnumValue","value":"BPU"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withUnit"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"WORD"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dataUntil"}}]}}]}}]}}]} as unknown as DocumentNode<ReadmeKantorCabangQuery, ReadmeKantorCabangQueryVariables>;
export const ReadmeYearToDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadmeYearToDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kantorCabang"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"PEKALONGAN","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"StringValue","value":"IURAN","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2019"}},{"kind":"ObjectField","name":{"kind":"Name","value":"until"},"value":{"kind":"StringValue","value":"2019-12-19","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","alias":{"kind":"Name","value":"words"},"name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"WORDS"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedAchievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReadmeYearToDateQuery, ReadmeYearToDateQueryVariables>;
export const ReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCell"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Performance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const SeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Series"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"SHORT"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeRealization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"EnumValue","value":"SHORT"}}]}]}}]}}]}}]} as unknown as DocumentNode<SeriesQuery, SeriesQueryVariables>;
export const YearToDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearToDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedAchievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"growth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"signed"},"value":{"kind":"BooleanValue","value":true}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"dataUntil"}}]}}]}}]}}]} as unknown as DocumentNode<YearToDateQuery, YearToDateQueryVariables>;
export const TreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KantorCabang"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kanwil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wilayah"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wilayah"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"kantorCabang"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TreeQuery, TreeQueryVariables>;
export const LookupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lookups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kanwil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kantorCabang"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wilayah"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<LookupsQuery, LookupsQueryVariables>;
export const UnitPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Performance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedAchievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"growth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"signed"},"value":{"kind":"BooleanValue","value":true}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"shareOfParent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrenRealization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataUntil"}}]}}]} as unknown as DocumentNode<UnitPerformanceQuery, UnitPerformanceQueryVariables>;
export const UnitPerformancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPerformances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"performances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Performance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proratedAchievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"growth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"signed"},"value":{"kind":"BooleanValue","value":true}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"shareOfParent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrenRealization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataUntil"}}]}}]} as unknown as DocumentNode<UnitPerformancesQuery, UnitPerformancesQueryVariables>;
export const RecordRealizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRealizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RealizationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRealizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WriteOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WriteOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WritePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordRealizationsMutation, RecordRealizationsMutationVariables>;
export const UpsertTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WriteOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WriteOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WritePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpsertTargetsMutation, UpsertTargetsMutationVariables>;
export const DeleteFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteFactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteFactMutation, DeleteFactMutationVariables>;
export const FactHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FactKeyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fact"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"atLabel"}}]}}]}}]} as unknown as DocumentNode<FactHistoryQuery, FactHistoryQueryVariables>;