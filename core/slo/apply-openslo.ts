import type { Settings, SettingsInput } from '../model/settings';
import type { SloNote, SloRequest } from './read-openslo';

/** The service name that stands for the platform row in an OpenSLO file: its target is the default. */
export const PLATFORM_SERVICE = '*';

/**
 * Settings with an OpenSLO file's targets and report zone laid over `base` (the defaults or a settings file);
 * the CLI's own flags go on top of this, so `--target` and `--tz` still win.
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
  };
}

/**
 * What the file asked that this build cannot do: reports here are monthly, and rolling windows are not
 * computed, so a quarter, a year or a rolling window is read and named, not silently dropped.
 */
export function unappliedSloNotes(request: SloRequest): SloNote[] {
  const notes: SloNote[] = [];
  if (request.period !== null && request.period.period !== 'month') {
    notes.push({
      ...request.period.at,
      message: `a ${request.period.period} period is read but not applied: reports here are monthly`,
    });
  }
  for (const r of request.rolling) {
    notes.push({
      ...r.at,
      message: `a rolling ${r.days}-day window is read but not applied: this build computes calendar periods only`,
    });
  }
  return notes;
}
