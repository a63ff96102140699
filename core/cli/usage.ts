/** Wrong use of the command line: exit code 2 (SPEC 7), with the usage text. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: sla report <log-file> [options]
       sla report --prometheus URL --query SELECTOR --from YYYY-MM --to YYYY-MM [options]
       sla run <report-file.json> [--out-dir DIR] [--from YYYY-MM[-DD]] [--to YYYY-MM[-DD]]
       sla quick --target PCT [--outage DURATION] [options]

Reads an outage log (CSV, TSV, JSON, NDJSON, gzipped or not) and prints availability against SLA targets
per service and month, with error budgets, service credits, incident statistics and user impact.

Output
  --format table|json|csv|md|episodes-csv
                               how to print the report (default: table); episodes-csv is the outage list:
                               one row per episode with the ids, titles and lines of the records behind it
  --out FILE                   write the report to FILE instead of standard output
  --pdf FILE                   also write a PDF report (needs Chromium: apt-get install chromium, or CHROME_PATH)
  --paper A4|Letter            PDF paper size (default: A4)
  --lang en|id                 language of the table, markdown and PDF text (default: en)
  --status-days                JSON: add each service's last 90 days, coloured by the day's worst severity
  --title TEXT                 the PDF cover's title (default: Availability, error budgets and user impact)
  --customer TEXT              who the PDF is for, printed on its cover
  --note TEXT                  an executive note printed on the PDF's cover
  --full-register              list every incident in the PDF's register (default: the 25 most impactful)
  --logo FILE                  a PNG or SVG (at most 1 MB) for the PDF cover's title band; an SVG with
                               script, event attributes or links outside itself is refused

Time
  --tz ZONE                    report time zone, IANA name (default: UTC)
  --input-tz ZONE              zone of timestamps written without an offset (default: UTC)
  --from YYYY-MM[-DD], --to YYYY-MM[-DD]
                               report range (default: the months the log covers); a day clips the first or
                               last month (both days inclusive)
  --range last-month|last-quarter|ytd|last-12-months
                               report range named from the day the report runs, in the report time zone
                               (ytd: 1 January to yesterday); the JSON then carries both the name and the days
  --period month|quarter|year  the SLA's measurement period: the rows of the report (default: month)

Targets and weights
  --target PCT                 default target in percent, e.g. 99.9
  --target SERVICE=PCT         target for one service (repeatable)
  --partial-weight W           weight of partial outages, 0..1 (default: 0.3)
  --degraded-weight W          weight of degraded performance, 0..1 (default: 0)
  --count-maintenance          count maintenance as downtime instead of excluding it
  --credits TIERS              none|aws-ec2|gcp-compute|azure-vm|m365, or THRESHOLD:PCT,... such as
                               99.9:10,99:25,95:100 (default: none); a target other than the tiers' highest
                               threshold is named in the diagnostics
  --credits SERVICE=TIERS      credit tiers for one service (repeatable)
  --fee N, --fee SERVICE=N     monthly fee (per service), so credits become money: creditAmount
  --currency CODE              the fee's currency, e.g. USD

  --slo FILE                   OpenSLO v1 YAML: per-service targets and the report zone of its calendar window
                               (the flags above override it; what is not applied is named on standard error)
  --export-slo FILE            write the effective targets as OpenSLO v1 SLO documents, one per service

Statistics
  --mttr-basis episode|record  MTTR over merged episodes (default) or over the records themselves
  --min-outage DURATION        drop records shorter than this, e.g. 15m as Upptime does (default: 0)
  --unattributed platform|own  records without a service count for every service (default), or form the
                               service "(unattributed)"
  --episodes                   list every episode in the JSON (service, start, end, minutes, severity, records)

Impact
  --users N                    user base, e.g. 2000000000 or 2B (default: none: user-minutes are empty)
  --users SERVICE=N            user base of one service (repeatable)
  --region-share REGION=F      share of users in a region, 0..1 (repeatable)
  --rate NAME=VALUE            value lost per minute of full outage (repeatable)

Business hours (docs/spec.md 5d): time outside covered hours is not eligible, as maintenance is not
  --business-hours HOURS       24x7 (default), business-days (Mon-Fri 08:00-18:00), or grid entries in the
                               report zone such as "Mon-Fri 09:00-17:00" (repeatable; "Fri 22:00-02:00"
                               runs past midnight); JSON rows gain "coveredMinutes"
  --holiday YYYY-MM-DD         a local day left out of covered time (repeatable)

Rolling windows and alerts
  --rolling Nd                 also report the trailing N-day window at each day's end, e.g. 30d (repeatable;
                               JSON "rolling")
  --burn-rate                  replay the SRE workbook's burn-rate alert rules over the log (JSON "alerts",
                               "uncaught")
  --burn-rule RATE:LONG:SHORT  replay this rule instead, e.g. 14.4:1h:5m (repeatable)

Reading the log
  --service NAME               report only this service (repeatable)
  --date-format PATTERN        date-fns pattern for timestamps in no standard form
  --map FIELD=COLUMN           use COLUMN for FIELD (start, end, duration, timestamp, status, service,
                               severity, affected, region, title, id) (repeatable)
  --max-gap DURATION|none      status logs: a gap between rows longer than this is no data (default: 5 x each
                               stream's median interval in a sample log, none in an event log)
  --service-start SERVICE=YYYY-MM-DD
                               the day a service began: time before it is no data for it (repeatable)
  --composite NAME=EXPRESSION  a service built from others: A&B in series (all must be up), A|B in parallel
                               (any one suffices), nested with parentheses, e.g. "Site=Edge&(API|APIv2)";
                               reported from the components' outage timelines (repeatable)
  --settings FILE              settings JSON as the app saves it; options above override it

Reading from Prometheus (or Thanos, Mimir, VictoriaMetrics) instead of a file: docs/sources.md
  --prometheus URL             the server, e.g. http://127.0.0.1:9090; the server counts, few samples are fetched
  --query SELECTOR             0/1 series, 1 = up, e.g. probe_success{job="blackbox"}; each series is a stream
  --service-label LABEL        the label naming a series' service (default: job)
  --region-label LABEL|none    the label naming its region (default: instance)
  --timeout SECONDS            the longest wait for one answer of the server (default: 60)
  --max-series N               more series than this is an error asking to narrow the query (default: 20000)

A saved report (sla run): the source, settings, cover and outputs the app's File > Save report writes
(docs/formats.md, "Report files"); each output is made as sla report makes it, exit status as for report
  --out-dir DIR                write the outputs' relative paths under DIR (default: the report file's folder)
  --from, --to                 other days than the file's range or range preset, for this run

Quick answers without a log (sla quick)
  --target PCT                 the target in percent, e.g. 99.9 (required)
  --outage DURATION            one outage, e.g. 2h, 45m, 1h 20m (without it: the allowed-downtime table only)
  --start INSTANT              when it began, ISO 8601 (default: now); without an offset, in --tz
  --share F                    share of users affected, 0..1 or 50% (default: 1)
  --users N, --rate NAME=VALUE as for report: user-minutes and value lost
  --credits PRESET|TIERS       a preset above, or tiers such as 99.9:10,99:25,95:100
  --tz ZONE                    zone whose calendar month holds the outage (default: UTC)
  --convention calendar|30d|30.44d|365d
                               month the outage is charged to (default: calendar); the table shows all four
  --format table|json          (default: table)

Exit status: 0 report written, 1 bad input (one message on standard error), 2 bad usage.`;
