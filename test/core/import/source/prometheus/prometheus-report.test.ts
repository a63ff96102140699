import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCli, reportJson, runCli } from '../../../cli/run-cli';
import { USAGE } from '../../../../../core/cli/usage';
import { FEB, FLEET, PROBES, openMetrics, statusCsv } from './fixture';
import { PrometheusClient } from '../../../../../core/import/source/prometheus/prometheus-client';
import { probeRangeRule } from '../../../../../core/import/source/prometheus/range-rule-probe';
import { describeWithPrometheus, freePort, startPrometheus, type RunningPrometheus } from './prometheus-server';

interface Row {
  service: string;
  month: string | null;
  downtimeMinutes: number;
  sampleAvailability: number | null;
  [k: string]: unknown;
}
interface Report {
  source: {
    file: string;
    format: string;
    server?: { query: string; rangeRule: string; promql: string[]; bytes: number };
  };
  months: Row[];
  summary: Row[];
  diagnostics: { line: number; message: string }[];
}

// main reads a status run on to the next differing sample whatever the gap (no gap rule yet): that is
// `--max-gap none`, which the CLI takes once SPEC 2's observed time lands, and then both paths are asked for it
const MAX_GAP_NONE = USAGE.includes('--max-gap') ? ['--max-gap', 'none'] : [];
const RANGE = ['--from', '2026-01', '--to', '2026-02'];

function report(args: string[], gapRule = MAX_GAP_NONE): Report {
  return reportJson([...args, ...RANGE, ...gapRule]);
}

/** The CLI failing as SPEC 7 says: exit 1, one line on stderr, nothing on stdout (nothing half-read). */
function failure(args: string[]): string {
  const r = runCli(['report', ...args, ...RANGE]);
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr;
}

const row = (rows: Row[], service: string, month: string): Row =>
  rows.find((r) => r.service === service && r.month === month)!;

describeWithPrometheus('sla report --prometheus against a real Prometheus', () => {
  let prom: RunningPrometheus;
  let dir: string;
  let probesCsv: string;
  let fleetCsvBytes: number;

  beforeAll(async () => {
    ensureCli();
    dir = mkdtempSync(join(tmpdir(), 'sla-prom-csv-'));
    probesCsv = join(dir, 'probes.csv');
    writeFileSync(probesCsv, statusCsv(PROBES));
    fleetCsvBytes = Buffer.byteLength(statusCsv(FLEET));
    prom = await startPrometheus(openMetrics([...PROBES, ...FLEET]));
  }, 240_000);

  afterAll(async () => {
    await prom?.stop();
  });

  it('gives every month row of the file path on the same samples, month edges exact', () => {
    const server = report(['--prometheus', prom.url, '--query', 'probe_success']);
    const file = report([probesCsv]);
    expect(server.months.length).toBe(8); // *, api, edge, web x January, February
    expect(server.months).toEqual(file.months);
    expect(server.summary).toEqual(file.summary);
    // api: eu down [1 Feb - 10 min, 1 Feb + 20 min) across the boundary, us down 5 min on 31 January
    expect(row(server.months, 'api', '2026-01').downtimeMinutes).toBe(15);
    expect(row(server.months, 'api', '2026-02').downtimeMinutes).toBe(20);
    // api's January samples: eu every 15 s for 2 days (11,520, 40 down in the last 10 min), us every 60 s for
    // 3 days (4,320, 5 down); the eu sample at 00:00:00.000 on 1 February is February's
    expect(row(server.months, 'api', '2026-01').sampleAvailability).toBe((11_520 + 4_320 - 45) / (11_520 + 4_320));
    // edge: samples every 20 s for a day up to 1 ms before February (4,321), the last of them down: January's
    // own; read to the month's end with a range one 1 ms too long, February would count it too
    expect(row(server.months, 'edge', '2026-01').sampleAvailability).toBe(4_320 / 4_321);
    // web: eu down from exactly 00:00:00.000 on 1 February for 1 min, ap down 10 min on 3 February
    expect(row(server.months, 'web', '2026-01').downtimeMinutes).toBe(0);
    expect(row(server.months, 'web', '2026-02').downtimeMinutes).toBe(11);
    expect(server.source.format).toBe('prometheus');
    expect(server.source.server!.query).toBe('probe_success');
    expect(server.source.server!.rangeRule).toBe('both-ends');
    // January read up to 1 ms before February: [start, end - 1 ms] in Prometheus 2's both-ends rule
    expect(server.source.server!.promql).toContain('count_over_time(probe_success[2678399999ms] @ 1769903999.999)');
    expect(server.diagnostics[0]!.message).toMatch(/includes both ends of a range selector/);
  });

  it("gives the file path's month rows under SPEC 2's default gap rule too", () => {
    // api/us has a two-hour gap on 2 February (no data past 5 x its minute); web/us and web/ap's January is read
    // from its two ends, and the samples left on the server between them leave no gap
    const server = report(['--prometheus', prom.url, '--query', 'probe_success'], []);
    const file = report([probesCsv], []);
    expect(server.months).toEqual(file.months);
    expect(server.summary).toEqual(file.summary);
  });

  it('finds the range rule by asking the server about a sample it holds', async () => {
    const client = new PrometheusClient({ url: prom.url, timeoutMs: 30_000 });
    // edge/eu has a sample at 1 February - 1 ms and none 1 ms later: a 1 ms range starting on it counts it in
    // Prometheus 2.x only
    expect(await probeRangeRule(client, 'probe_success', { job: 'edge', instance: 'eu' }, FEB - 1)).toBe('both-ends');
  });

  it('names a prober that stopped: its months are not read as up', () => {
    const server = report(['--prometheus', prom.url, '--query', 'probe_success{job="web"}']);
    // web/us samples every minute until 12:00 on 1 February: 720 of February's 40,320 minutes = 1.8 %
    const note = server.diagnostics.find((d) => d.message.includes('{instance="us", job="web"}'));
    expect(note?.message).toMatch(/has samples for only .*1\.8 % of 2026-02/);
  });

  it('receives under 5 % of the samples bytes for a fleet with few failures', () => {
    const server = report(['--prometheus', prom.url, '--query', 'fleet_up']);
    // node-03 down for ten minutes on 2 February: only its February samples are fetched in full
    expect(row(server.months, 'fleet', '2026-02').downtimeMinutes).toBe(10);
    expect(row(server.months, 'fleet', '2026-01').downtimeMinutes).toBe(0);
    const ratio = server.source.server!.bytes / fleetCsvBytes;
    console.log(
      `fleet: ${server.source.server!.bytes} bytes from the server, ${fleetCsvBytes} in the CSV (${(ratio * 100).toFixed(2)} %)`,
    );
    expect(ratio).toBeLessThan(0.05);
  });

  it('says when the server is unreachable', async () => {
    const port = await freePort();
    expect(failure(['--prometheus', `http://127.0.0.1:${port}`, '--query', 'up'])).toMatch(
      new RegExp(`cannot reach the Prometheus server at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`),
    );
  });

  it("passes on the server's message for a query it refuses", () => {
    expect(failure(['--prometheus', prom.url, '--query', 'probe_success{job=~"("}'])).toMatch(
      /the server refused count_over_time\(probe_success\{job=~"\("\}.*error parsing regexp/,
    );
  });

  it('asks for a series selector, not an expression', () => {
    expect(failure(['--prometheus', prom.url, '--query', 'probe_success == 0'])).toMatch(
      /--query must be a series selector/,
    );
  });

  it('names a series without the service label', () => {
    expect(failure(['--prometheus', prom.url, '--query', 'probe_success', '--service-label', 'team'])).toMatch(
      /series \{instance="ap", job="web"\} of probe_success has no label "team"/,
    );
  });

  it('names two series that would be one stream', () => {
    expect(failure(['--prometheus', prom.url, '--query', 'probe_success', '--region-label', 'none'])).toMatch(
      /series \{instance="ap", job="web"\} and \{instance="eu", job="web"\} of probe_success are the same stream \(job="web"\)/,
    );
  });

  it('asks to narrow a query of too many series', () => {
    expect(failure(['--prometheus', prom.url, '--query', 'fleet_up', '--max-series', '10'])).toMatch(
      /selects more than 10 series; narrow it/,
    );
  });

  it('gives up on a server that does not answer in time', async () => {
    // accepts the connection and never answers; the CLI runs in its own process while this one waits
    const silent: Server = createServer(() => undefined);
    const port = await new Promise<number>((resolve) =>
      silent.listen(0, '127.0.0.1', () => resolve((silent.address() as { port: number }).port)),
    );
    try {
      const { spawn } = await import('node:child_process');
      const child = spawn(
        process.execPath,
        [
          'out/cli.js',
          'report',
          '--prometheus',
          `http://127.0.0.1:${port}`,
          '--query',
          'up',
          '--timeout',
          '1',
          ...RANGE,
        ],
        {
          cwd: join(__dirname, '../../../../..'),
        },
      );
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/no answer within 1 s to the build information/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
