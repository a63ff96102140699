import {
  CELL_FORMATS,
  formatCell,
  formatMonthKey,
  formatTarget,
  formatUserHoursCount,
  type CellFormats,
  type CellValue,
} from '@core/format';
import { MONTH_COLUMNS, monthRows, type MonthColumnId, type MonthRow } from '@core/report/month-table';
import type { ServiceFacts } from '@core/report/service-facts';
import { useReportView } from './report-context';
import type { ReportStrings } from './strings';

/** The printed table's columns after the period, each with its heading. */
const COLUMNS: readonly { id: MonthColumnId; heading: (s: ReportStrings) => string }[] = [
  { id: 'eligible', heading: (s) => s.colEligible },
  { id: 'downtime', heading: (s) => s.colDowntime },
  { id: 'availability', heading: (s) => s.colAvailability },
  { id: 'target', heading: (s) => s.colTarget },
  { id: 'met', heading: (s) => s.colMet },
  { id: 'budgetLeft', heading: (s) => s.colBudgetLeftShort },
  { id: 'credit', heading: (s) => s.colCredit },
  { id: 'userMinutesLost', heading: (s) => s.colUserHours },
];
/** status logs also measure availability by samples (SPEC 2) */
const SAMPLES = { id: 'sampleAvailability', heading: (s: ReportStrings) => s.colSampleAvailability } as const;

/** Paper's credit has the target's decimals; user impact is in user-hours, the column's unit. */
const PAPER_FORMATS: CellFormats = {
  ...CELL_FORMATS,
  creditPercent: (v, locale) => formatTarget(v / 100, locale),
  userMinutes: formatUserHoursCount,
};

/** A miss and an overspent budget are marked on paper, where colour may not print. */
function paperClass(id: MonthColumnId, value: CellValue): string | undefined {
  if (id === 'met') return `text ${value === false ? 'bad' : ''}`;
  return id === 'budgetLeft' && typeof value === 'number' && value < 0 ? 'bad' : undefined;
}

/** One service's months, its years when the range spans several, and the whole range. */
export function MonthlyTable({ facts, name }: { facts: ServiceFacts; name: string }) {
  const { locale, s, model } = useReportView();
  const words = { met: s.met, missed: s.missed, none: s.notApplicable };
  const columns = model.source.shape === 'status' ? [...COLUMNS, SAMPLES] : COLUMNS;
  const label = (row: MonthRow) =>
    row.kind === 'month' ? formatMonthKey(row.period ?? '', locale) : row.kind === 'year' ? row.period! : s.wholeRange;
  return (
    <table className="data monthly">
      <thead>
        {/* a heading inside the header repeats on every page the table runs onto, so a continued page says whose
            figures these are */}
        <tr className="table-title">
          <th className="text" colSpan={columns.length + 1}>
            {s.monthlyHeading} · {name}
          </th>
        </tr>
        <tr>
          <th className="text">{s.colPeriod}</th>
          {columns.map((c) => (
            <th key={c.id}>{c.heading(s)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthRows(facts, { years: true }).map((row) => (
          <tr
            key={`${row.kind}-${row.period}`}
            className={row.kind === 'range' ? 'grand' : row.kind === 'year' ? 'total' : undefined}
          >
            <td className="text">{label(row)}</td>
            {columns.map((c) => {
              const column = MONTH_COLUMNS[c.id];
              const value = column.value(row.figures);
              return (
                <td key={c.id} className={paperClass(c.id, value)}>
                  {formatCell(column.kind, value, locale, words, PAPER_FORMATS)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
