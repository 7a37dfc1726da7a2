import { MetricUnit, TimeAggregation } from '../metric/metric.model';
import { OrgLevel } from '../org/org.model';
import { buildPerformance } from './performance.service';

const unit = { code: 'BANTEN', name: 'Kanwil Banten', level: OrgLevel.KANWIL, parentCode: 'NASIONAL', kind: null, population: null };
const iuran = {
  code: 'IURAN',
  name: 'Penerimaan Iuran',
  unit: MetricUnit.RUPIAH,
  timeAggregation: TimeAggregation.SUM,
  segments: [],
  sortOrder: 1,
};
const row = {
  qid: 0,
  unit: 'BANTEN',
  realization: '4067826205816.00',
  data_until: '2017-12-31',
  realization_recorded: true,
  children_realization: '4000000000000',
  target: '4056800718575.00',
  prorated_target: '2028400359287.50',
  target_recorded: false,
};

describe('buildPerformance', () => {
  it('derives each figure from the rollup row when read', () => {
    const p = buildPerformance(unit, iuran, null, { start: '2017-01-01', end: '2017-12-31' }, row);
    expect(p.realization).toEqual({ value: '4067826205816.00', unit: 'RUPIAH', source: 'RECORDED' });
    expect(p.target).toEqual({ value: '4056800718575.00', unit: 'RUPIAH', source: 'ROLLED_UP' });
    // a whole year: the prorated target is the target, whatever the row says
    expect(p.proratedTarget!.value).toBe('4056800718575.00');
    expect(p.achievement).toEqual({ value: '100.2718' });
    expect(p.gap!.value).toBe('11025487241.00');
    expect(p.status).toBe('ACHIEVED');
    expect(p.childrenRealization!.value).toBe('4000000000000.00');
    // read twice, the same object
    expect(p.realization).toBe(p.realization);
  });

  it('prorates for a shorter period, and serialises as its figures', () => {
    const p = buildPerformance(unit, iuran, null, { start: '2017-01-01', end: '2017-06-30' }, row);
    expect(p.proratedTarget!.value).toBe('2028400359287.50');
    const json = JSON.parse(JSON.stringify(p));
    expect(json).toMatchObject({ unitCode: 'BANTEN', status: 'ACHIEVED', proratedAchievement: { value: '200.5436' } });
    expect(Object.keys(json).sort()).toEqual(
      [
        'achievement',
        'childrenRealization',
        'dataUntil',
        'gap',
        'metricCode',
        'parentCode',
        'period',
        'proratedAchievement',
        'proratedTarget',
        'realization',
        'segment',
        'status',
        'target',
        'unitCode',
      ].sort(),
    );
  });
});
