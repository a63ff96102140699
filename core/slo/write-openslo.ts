import { stringify } from 'yaml';
import { targetFor } from '../model/settings-lookup';
import type { Settings } from '../model/settings';
import { OPENSLO_API_VERSION } from './openslo-schema';
import { PLATFORM_SERVICE } from './apply-openslo';

/**
 * Time slices of one minute, a slice good when 95 % of it is good: OpenSLO needs both for Timeslices.
 * Timeslices is chosen because availability here is a share of time, which is what it counts (Occurrences
 * counts requests, which an outage log does not hold); one minute is the finest slice SLO tools commonly
 * take and the unit every figure here is printed in. 0.95 is the spec's own Timeslices example; a team
 * tunes it to its SLI in its SLO tool (docs/openslo.md).
 */
export const TIME_SLICE_WINDOW = '1m';
export const TIME_SLICE_TARGET = 0.95;

/** An RFC 1123 label (what OpenSLO asks of metadata.name): lowercase letters, digits and inner dashes. */
function label(service: string): string {
  if (service === PLATFORM_SERVICE) return 'all-services';
  const s = service
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'service';
}

/** Distinct names of at most 63 characters: "api-availability", "api-availability-2", ... */
function names(services: readonly string[]): string[] {
  const used = new Set<string>();
  return services.map((service) => {
    const base = `${label(service).slice(0, 50).replace(/-+$/, '')}-availability`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}

/**
 * The effective target of each service as OpenSLO v1 SLO documents, `---` separated: one per service (`*`, the
 * platform row, carries the default target), with a calendar window of the report's period in its zone,
 * starting at `firstMonth` ("YYYY-MM", the report's first month).
 */
export function writeOpenSlo(settings: Settings, services: readonly string[], firstMonth: string): string {
  const docNames = names(services);
  return services
    .map((service, i) =>
      stringify(
        {
          apiVersion: OPENSLO_API_VERSION,
          kind: 'SLO',
          metadata: {
            name: docNames[i],
            displayName: `${service === PLATFORM_SERVICE ? 'All services' : service} availability`,
          },
          spec: {
            description:
              service === PLATFORM_SERVICE
                ? 'Target every service is held to unless it has its own (SLA & downtime calculator).'
                : 'Availability target from the SLA & downtime calculator; define the SLI it names in your SLO tool.',
            service,
            // OpenSLO requires an SLI; the calculator has none (it reads outage logs), so it names one to define
            indicatorRef: `${docNames[i]}-sli`,
            timeWindow: [
              {
                duration: '1M',
                isRolling: false,
                calendar: { startTime: `${firstMonth}-01 00:00:00`, timeZone: settings.reportTimeZone },
              },
            ],
            budgetingMethod: 'Timeslices',
            objectives: [
              {
                displayName: 'SLA target',
                target: targetFor(settings, service),
                timeSliceTarget: TIME_SLICE_TARGET,
                timeSliceWindow: TIME_SLICE_WINDOW,
              },
            ],
          },
        },
        { lineWidth: 0 },
      ),
    )
    .join('---\n');
}
