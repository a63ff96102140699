import { describe, expect, it } from 'vitest';
import { importBytes } from '../../core/import';
import { DEFAULT_SETTINGS } from '../../core/model/settings';
import { formatTable } from '../../core/print/report-table';
import { buildReport } from '../../core/report';

/**
 * Issue 19 item 3: a log naming many services was quadratic in them (each service's block of the table
 * filtered every row of the report; each service's sweep searched the list of services for its code):
 * 40,000 services took 35 s and 80,000 took 200 s. A slow run fails by the test's timeout.
 */
const SERVICES = 80_000;
const enc = new TextEncoder();

/** Service k is down 60 minutes on day 1 + k % 28 of January 2024. */
function* log(): Generator<Uint8Array> {
  yield enc.encode('start,end,service\n');
  let text = '';
  for (let k = 0; k < SERVICES; k++) {
    const day = String(1 + (k % 28)).padStart(2, '0');
    text += `2024-01-${day}T00:00:00Z,2024-01-${day}T01:00:00Z,svc${k}\n`;
    if (k % 5000 === 4999) {
      yield enc.encode(text);
      text = '';
    }
  }
  yield enc.encode(text);
}

describe('a log of 80,000 services (issue 19 item 3)', () => {
  it('reports and prints every service, each with its own hour of downtime', async () => {
    const imported = await importBytes(log(), { fileName: 'fleet.csv', settings: DEFAULT_SETTINGS.import });
    const model = buildReport(imported, DEFAULT_SETTINGS, 0, { maxIncidents: 0 });
    // `*` plus every service, one month each (January 2024)
    expect(model.services.length).toBe(SERVICES + 1);
    expect(model.months.length).toBe(SERVICES + 1);
    const byService = new Map(model.months.map((m) => [m.service, m]));
    expect(byService.get('svc0')!.downtimeMinutes).toBe(60);
    expect(byService.get(`svc${SERVICES - 1}`)!.downtimeMinutes).toBe(60);
    // `*`: every day 1..28 has 60 down minutes, however many services share it
    expect(byService.get('*')!.downtimeMinutes).toBe(28 * 60);

    const table = formatTable(model, 'en');
    const blocks = table.split('\nService: ');
    expect(blocks.length).toBe(SERVICES + 1);
    // one service's block: its January row shows its own hour, not another service's figures
    const block = blocks.find((b) => b.startsWith(`svc${SERVICES - 1}\n`));
    // a whole hour reads "1 h" (durations leave out zero units, docs/methodology.md section 12)
    expect(block).toMatch(/2024-01 .* 1 h {2}/);
  }, 120_000);
});
