import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../core/import';
import { DEFAULT_SETTINGS } from '../../core/model/settings';
import { buildReport, reportJson } from '../../core/report/index';
import { FIXTURES } from './corpus';

/**
 * `__proto__` and `constructor` keys in a log must stay data. This runs the importer and the report in this
 * process, so a write through a key like obj['__proto__'].polluted = ... would show on every object here.
 */
const prototypes = [Object.prototype, Array.prototype, Function.prototype];
const ownNamesBefore = prototypes.map((p) => Object.getOwnPropertyNames(p).sort());

describe('keys named like prototype members (issue 6)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-proto-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of ['proto-keys.json', 'proto-keys.ndjson', 'proto-wrapper.json', 'reserved-names.csv']) {
    it(`${name}: pollutes no prototype, and names like "constructor" stay plain data`, async () => {
      const path = join(dir, name);
      copyFileSync(join(FIXTURES, name), path);
      const imported = await importFile(path, { fileName: name, settings: DEFAULT_SETTINGS.import });
      // a user base and a fee, so the per-service lookups of users and fees (SPEC 4) meet "constructor" too
      const model = buildReport(imported, { ...DEFAULT_SETTINGS, users: 1000, fees: { default: 10, services: {} } });
      const json = reportJson(model);

      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
      expect(prototypes.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(ownNamesBefore);

      // a service named "constructor" must not find Object.prototype.constructor in a lookup table
      for (const row of [...json.months, ...json.summary]) {
        expect(row.target, `${row.service} ${row.month}`).toBe(0.999);
        expect(Number.isFinite(row.budgetMinutes), `${row.service} ${row.month} budget`).toBe(true);
        expect(Number.isFinite(row.userMinutesLost)).toBe(true);
        expect(Number.isFinite(row.creditAmount)).toBe(true);
      }
      expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    });
  }
});
