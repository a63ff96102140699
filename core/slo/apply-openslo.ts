import { DEFAULT_SETTINGS, type Settings, type SettingsInput } from '../model/settings';
import { MAX_ROLLING_DAYS } from '../model/burn-rules';
import type { SloNote, SloRequest } from './read-openslo';

/** The service name that stands for the platform row in an OpenSLO file: its target is the default. */
export const PLATFORM_SERVICE = '*';

/** How many rolling windows a report computes at once (settings `rolling`). */
const MAX_WINDOWS = 10;

/** The file's rolling windows a report can compute: whole days up to ten years, the first ten in all. */
function appliedRolling(base: Settings, request: SloRequest): number[] {
  const days = [...base.rolling];
  for (const r of request.rolling) {
    if (r.days <= MAX_ROLLING_DAYS && !days.includes(r.days) && days.length < MAX_WINDOWS) days.push(r.days);
  }
  return days;
}

/**
 * Settings with an OpenSLO file's targets, report zone, calendar period and rolling windows laid over `base`
 * (the defaults or a settings file); the CLI's own flags go on top of this, so `--target`, `--tz`, `--period`
 * and `--rolling` still win. Rolling windows are added to the settings' own, as `--rolling` would (docs/spec.md
 * 5a).
 */
export function applyOpenSlo(base: Settings, request: SloRequest): SettingsInput {
  const services = { ...base.targets.services };
  let byDefault = base.targets.default;
  for (const [service, { target }] of Object.entries(request.targets)) {
    if (service === PLATFORM_SERVICE) byDefault = target;
    else services[service] = target;
  }
  return {
    ...structuredClone(base),
    targets: { default: byDefault, services },
    reportTimeZone: request.timeZone?.zone ?? base.reportTimeZone,
    period: request.period?.period ?? base.period,
    rolling: appliedRolling(base, request),
  };
}

/**
 * What the file asked that a report cannot do: a rolling window longer than ten years, or past the ten a
 * report computes, is read and named, not silently dropped.
 */
export function unappliedSloNotes(request: SloRequest, base: Settings = DEFAULT_SETTINGS): SloNote[] {
  const applied = appliedRolling(base, request);
  return request.rolling
    .filter((r) => !applied.includes(r.days))
    .map((r) => ({
      ...r.at,
      message:
        r.days > MAX_ROLLING_DAYS
          ? `a rolling ${r.days}-day window is not applied: rolling windows here are at most ${MAX_ROLLING_DAYS} days`
          : `a rolling ${r.days}-day window is not applied: a report computes at most ${MAX_WINDOWS} rolling windows`,
    }));
}
