import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatMoney,
  formatAvailability,
  formatCount,
  formatDuration,
  formatMonthKey,
  formatPercent,
  formatPersonYears,
  formatTarget,
  formatUserHours,
} from '@core/format';
import type { Settings } from '@core/model/settings';
import { useLocale } from '../i18n';
import type { ServiceFacts } from '@core/report/service-facts';
import { compositeComparison, type CompositeComparison } from '@core/report/composite-comparison';
import type { ServiceComparison } from '@core/report/kpi-changes';
import { KpiChange, KpiChanges } from './KpiChange';
import { UserBaseInput } from '../settings/UserBaseInput';

type Tone = 'good' | 'bad' | 'neutral';

function Card(props: { id: string; label: string; value: string; detail: ReactNode; tone?: Tone; change?: ReactNode }) {
  return (
    <section className={`kpi kpi--${props.tone ?? 'neutral'}`} aria-labelledby={`kpi-${props.id}`} data-kpi={props.id}>
      <h3 id={`kpi-${props.id}`} className="kpi__label">
        {props.label}
      </h3>
      <p className="kpi__value" data-testid={`kpi-${props.id}`}>
        {props.value}
      </p>
      <p className="kpi__detail">{props.detail}</p>
      {props.change ? <p className="kpi__changes">{props.change}</p> : null}
    </section>
  );
}

/** The headline figures of one service over the report range. */
export function KpiCards(props: {
  facts: ServiceFacts;
  settings: Settings;
  comparison: ServiceComparison | null;
  /** sets the user base from the impact card while none is set (SPEC 4: figures stay empty until then) */
  onUsers: (users: number | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { summary, monthsMet, monthsMissed, monthsJudged, worst, creditMonths } = props.facts;
  if (!summary) return null;
  const budgetLeftShare = summary.budgetConsumed === null ? null : 1 - summary.budgetConsumed;
  const creditsOn = props.settings.credits.preset !== 'none';
  const composite = compositeComparison(props.settings.composites, summary);
  const cmp = props.comparison;

  return (
    <div className="kpis">
      <Card
        id="availability"
        label={t('kpi.availability')}
        value={formatAvailability(summary.availability, locale)}
        tone={summary.met === null ? 'neutral' : summary.met ? 'good' : 'bad'}
        change={<KpiChange kpi="availability" comparison={cmp} />}
        detail={
          <>
            <span className={`badge badge--${summary.met ? 'good' : summary.met === false ? 'bad' : 'neutral'}`}>
              {summary.met === null ? t('kpi.noData') : summary.met ? t('kpi.met') : t('kpi.missed')}
            </span>{' '}
            {t('kpi.vsTarget', { target: formatTarget(summary.target, locale) })}
            {summary.sampleAvailability !== null ? (
              <>
                <br />
                {t('kpi.samples', { value: formatAvailability(summary.sampleAvailability, locale) })}
              </>
            ) : null}
            {composite ? <CompositeLine comparison={composite} /> : null}
          </>
        }
      />
      <Card
        id="months"
        label={t('kpi.months')}
        value={`${monthsMet} / ${monthsJudged}`}
        tone={monthsMissed > 0 ? 'bad' : 'good'}
        detail={t('kpi.monthsDetail', { met: monthsMet, missed: monthsMissed, total: props.facts.months.length })}
      />
      <Card
        id="budget"
        label={t('kpi.budget')}
        value={budgetLeftShare === null ? '—' : formatDuration(summary.budgetRemainingMinutes, locale)}
        tone={budgetLeftShare === null ? 'neutral' : budgetLeftShare >= 0 ? 'good' : 'bad'}
        detail={
          budgetLeftShare === null
            ? t('kpi.budgetNone')
            : summary.budgetRemainingMinutes >= 0
              ? t('kpi.budgetOf', {
                  percent: formatPercent(budgetLeftShare, locale, 1),
                  budget: formatDuration(summary.budgetMinutes, locale),
                })
              : t('kpi.budgetOver', { over: formatPercent(-budgetLeftShare, locale, 1) })
        }
      />
      <Card
        id="impact"
        label={t('kpi.impact')}
        value={formatUserHours(summary.userMinutesLost, locale)}
        change={<KpiChange kpi="userMinutesLost" comparison={cmp} />}
        detail={
          props.settings.users === null ? (
            <span className="kpi__users" data-testid="kpi-users">
              {t('kpi.usersPrompt')}
              <UserBaseInput value={null} onCommit={props.onUsers} />
            </span>
          ) : (
            t('kpi.impactDetail', {
              personYears: formatPersonYears(summary.userMinutesLost, locale),
              users: formatCount(props.settings.users, locale),
            })
          )
        }
      />
      <Card
        id="worst"
        label={t('kpi.worstMonth')}
        value={worst ? formatMonthKey(worst.month!, locale, 'long') : t('kpi.worstNone')}
        tone={worst && worst.met === false ? 'bad' : 'neutral'}
        detail={
          worst
            ? `${formatAvailability(worst.availability, locale)} · ${formatDuration(worst.downtimeMinutes, locale)}`
            : '—'
        }
      />
      <Card
        id="downtime"
        label={t('kpi.downtime')}
        value={formatDuration(summary.downtimeMinutes, locale)}
        change={<KpiChanges kpis={['downtimeMinutes', 'mtbfMinutes']} comparison={cmp} />}
        detail={t('kpi.downtimeDetail', {
          eligible: formatDuration(summary.eligibleMinutes, locale),
          users: formatAvailability(summary.userAvailability, locale),
        })}
      />
      <Card
        id="longest"
        label={t('kpi.longest')}
        value={formatDuration(summary.longestEpisodeMinutes, locale)}
        change={<KpiChanges kpis={['episodes', 'mttrMinutes']} comparison={cmp} />}
        detail={t('kpi.longestDetail', {
          count: summary.episodes,
          mttr: summary.mttrMinutes === null ? '—' : formatDuration(summary.mttrMinutes, locale),
        })}
      />
      <Card
        id="credits"
        label={t('kpi.credits')}
        value={
          !creditsOn
            ? t('kpi.creditsNone')
            : // with a monthly fee the credits are money (SPEC 4), else a count of months that owe one
              (summary?.creditAmount ?? null) !== null
              ? formatMoney(summary!.creditAmount!, props.settings.currency, locale)
              : t('kpi.creditsValue', { count: creditMonths.length })
        }
        tone={creditsOn && creditMonths.length > 0 ? 'bad' : 'neutral'}
        change={
          creditsOn ? (
            <KpiChange
              kpi={summary.creditAmount !== null ? 'creditAmount' : 'creditPercent'}
              comparison={cmp}
              currency={props.settings.currency}
            />
          ) : null
        }
        detail={
          !creditsOn
            ? t('kpi.creditsNoneDetail')
            : creditMonths.length > 0
              ? [...creditMonths]
                  .sort((a, b) => b.creditPercent - a.creditPercent)
                  .slice(0, 3)
                  .map((m) => `${formatMonthKey(m.month!, locale)} ${formatPercent(m.creditPercent / 100, locale, 0)}`)
                  .join(' · ')
              : t('kpi.creditsZero')
        }
      />
    </div>
  );
}

/** A composite's naive product beside its real availability, and the downtime the product misstates. */
function CompositeLine(props: { comparison: CompositeComparison }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const c = props.comparison;
  const d = c.differenceMinutes;
  const minutes = d === null ? '' : formatDuration(Math.abs(d), locale);
  // series with overlap: the product counts more downtime; parallel with overlap: less; else they overlapped less
  // than chance would have them
  const why =
    d === null || Math.abs(d) < 0.005
      ? null
      : c.cause === 'series-overlap'
        ? t('kpi.compositeMore', { minutes })
        : c.cause === 'parallel-overlap'
          ? t('kpi.compositeLess', { minutes })
          : c.cause === 'nested'
            ? t('kpi.compositeNested', { minutes })
            : t('kpi.compositeApart', { minutes });
  return (
    <span data-testid="kpi-composite">
      <br />
      {t('kpi.compositeNaive', { expression: c.expression, naive: formatAvailability(c.naiveAvailability, locale) })}
      {why ? (
        <>
          <br />
          {why}
        </>
      ) : null}
    </span>
  );
}
