import { formatAvailability, formatTarget } from '@core/format';
import type { LongPeriodFigures } from '@core/model/report-model';
import { useReportView } from './report-context';

/** The first four headings of a table of services' whole-period results: service, availability, target, result. */
export function ResultHeads() {
  const { s } = useReportView();
  return (
    <>
      <th className="text">{s.colService}</th>
      <th>{s.colAvailability}</th>
      <th>{s.colTarget}</th>
      <th className="text">{s.colResult}</th>
    </>
  );
}

/** One service's cells under ResultHeads. */
export function ResultCells({ service, sum }: { service: string; sum: LongPeriodFigures }) {
  const { locale, s, serviceName } = useReportView();
  return (
    <>
      <td className="text">{serviceName(service)}</td>
      <td>{formatAvailability(sum.availability, locale)}</td>
      <td>{formatTarget(sum.target, locale)}</td>
      <td className={`text ${sum.met === false ? 'bad' : 'good'}`}>
        {sum.met === null ? s.notApplicable : sum.met ? s.met : s.missed}
      </td>
    </>
  );
}
