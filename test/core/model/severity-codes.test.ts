import { describe, expect, it } from 'vitest';
import { SEVERITIES, SEVERITY_CODE, severityCode } from '../../../core/model/records';
import { MAJOR as SWEEP_MAJOR, MAINTENANCE as SWEEP_MAINTENANCE } from '../../../core/compute/affected-share';
import {
  MAJOR as IMPORT_MAJOR,
  MAINTENANCE as IMPORT_MAINTENANCE,
  WordMeanings,
} from '../../../core/import/values/words';

describe('severity codes', () => {
  it('give each severity its index in SEVERITIES, the order RecordKinds stores', () => {
    for (const s of SEVERITIES) expect(SEVERITIES[severityCode(s)]).toBe(s);
    expect(Object.keys(SEVERITY_CODE)).toEqual([...SEVERITIES]);
  });

  it('are the same codes for the importers and the sweep', () => {
    expect([IMPORT_MAJOR, IMPORT_MAINTENANCE]).toEqual([SWEEP_MAJOR, SWEEP_MAINTENANCE]);
    expect([SWEEP_MAJOR, SWEEP_MAINTENANCE]).toEqual([SEVERITY_CODE.major, SEVERITY_CODE.maintenance]);
  });

  it('are what a word read from a log is stored as', () => {
    const words = new WordMeanings({ 'p-two': 'partial' }, 'none');
    expect(['critical', 'minor', 'slow', 'planned', 'p-two'].map((w) => words.meaning(w))).toEqual([
      SEVERITY_CODE.major,
      SEVERITY_CODE.partial,
      SEVERITY_CODE.degraded,
      SEVERITY_CODE.maintenance,
      SEVERITY_CODE.partial,
    ]);
  });
});
