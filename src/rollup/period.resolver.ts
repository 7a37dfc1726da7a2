import { FieldResolver, Resolver, Root } from 'type-graphql';
import { DateSpan } from '../calendar/calendar';
import { formatPeriodLabel } from '../format';
import { Period } from './period.type';

@Resolver(() => Period)
export class PeriodResolver {
  @FieldResolver(() => String, {
    description: 'The period written the Indonesian way: Tahun 2017, Triwulan IV 2019, Desember 2019, 1 Januari - 19 Desember 2019.',
  })
  label(@Root() period: DateSpan): string {
    return formatPeriodLabel(period.start, period.end);
  }
}
