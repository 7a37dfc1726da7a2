/**
 * The report export's URL parameters, parsed into the `report` query's
 * input. Every problem names its parameter (answered as HTTP 400).
 */
import { InputError } from '../common/errors';
import { OrgLevel } from '../org/org.model';
import { ReportRequest } from '../report/report.model';
import { ReportSortField, SortDirection } from '../report/report.sort';
import { AchievementStatus } from '../rollup/performance.model';
import { CSV_DIALECTS, CsvDialect } from './export.csv';

/** A bad URL parameter: bad input (HTTP 400) that names the parameter. */
export class ExportParamError extends InputError {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message, param);
    this.name = 'ExportParamError';
  }
}

const KNOWN = ['parent', 'level', 'metrics', 'year', 'month', 'quarter', 'until', 'sort', 'status', 'dialect'];

function oneOf<T extends string>(param: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new ExportParamError(param, `${param} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

function whole(param: string, value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  if (!/^\d{1,4}$/.test(value)) throw new ExportParamError(param, `${param} must be a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** `sort=METRIC:FIELD:DIRECTION` (IURAN:ACHIEVEMENT:DESC), or `FIELD:DIRECTION` for CODE and NAME. */
function parseSort(value: string): ReportRequest['sort'] {
  const parts = value.split(':');
  if (parts.length !== 2 && parts.length !== 3) {
    throw new ExportParamError(
      'sort',
      `sort must be METRIC:FIELD:DIRECTION (e.g. IURAN:ACHIEVEMENT:DESC) or CODE:ASC / NAME:ASC, got ${JSON.stringify(value)}`,
    );
  }
  const [metric, field, direction] = parts.length === 3 ? parts : [null, ...parts];
  return {
    metric: metric || null,
    field: oneOf('sort', field!, Object.values(ReportSortField)),
    direction: oneOf('sort', direction!, Object.values(SortDirection)),
  };
}

/** The report's input, and the CSV dialect when one was asked for. */
export function parseExportParams(params: URLSearchParams): { input: ReportRequest; dialect: CsvDialect | null } {
  for (const key of params.keys()) {
    if (!KNOWN.includes(key)) throw new ExportParamError(key, `unknown parameter ${key}; the parameters are ${KNOWN.join(', ')}`);
  }
  const required = (name: string) => {
    const v = params.get(name);
    if (v === null || v.trim() === '') throw new ExportParamError(name, `${name} is required`);
    return v.trim();
  };
  const input: ReportRequest = {
    parent: required('parent'),
    level: oneOf('level', required('level'), Object.values(OrgLevel)),
    metrics: required('metrics')
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean),
    period: {
      year: whole('year', required('year'))!,
      month: whole('month', params.get('month')),
      quarter: whole('quarter', params.get('quarter')),
      until: params.get('until') || undefined,
    },
  };
  const sort = params.get('sort');
  if (sort) input.sort = parseSort(sort);
  const status = params.get('status');
  if (status) input.status = oneOf('status', status, Object.values(AchievementStatus));
  const dialect = params.get('dialect');
  return { input, dialect: dialect === null ? null : oneOf('dialect', dialect, CSV_DIALECTS) };
}

/** The URL parameter behind a bad-input error: its own, or the one behind the input field it names. */
export function paramOf(error: InputError): string {
  if (error instanceof ExportParamError) return error.param;
  const field = error.field;
  if (!field) return 'query';
  if (field.startsWith('period.')) return field.slice('period.'.length);
  if (field.startsWith('metrics')) return 'metrics';
  if (field.startsWith('sort')) return 'sort';
  return field;
}
