import { describe, expect, it } from 'vitest';
import { firstStarts, lateServiceNotes } from '../../../core/compute/late-services';
import { tableFromRecords } from '../../../core/model/record-table';
import type { OutageRecord } from '../../../core/model/records';
import { serviceCodeOf } from '../../../core/model/service-codes';

/** A list that counts how often its elements are read, the cost a search of the list per name has. */
function countingList(names: string[]): { list: string[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(names, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

describe('serviceCodeOf', () => {
  it("gives a name's index in the list, the first when it repeats, and -1 for a name the list lacks", () => {
    const services = ['api', 'web', 'api', 'constructor'];
    expect(serviceCodeOf(services, 'web')).toBe(1);
    expect(serviceCodeOf(services, 'api')).toBe(0);
    expect(serviceCodeOf(services, 'constructor')).toBe(3);
    expect(serviceCodeOf(services, 'toString')).toBe(-1);
    expect(serviceCodeOf(services, '')).toBe(-1);
  });

  it('reads each name of a list once however many services are looked up (a search per name was quadratic)', () => {
    const n = 2000;
    const { list, reads } = countingList(Array.from({ length: n }, (_, k) => `svc${k}`));
    for (let k = n - 1; k >= 0; k--) expect(serviceCodeOf(list, `svc${k}`)).toBe(k);
    // indexOf per name would read n * (n + 1) / 2 = 2,001,000 elements; the map reads each once
    expect(reads()).toBe(n);
  });
});

describe('lateServiceNotes over many services', () => {
  it('notes each late service and reads the service list once, not once per service', () => {
    const n = 1000;
    const day = 86_400_000;
    const rangeStart = Date.UTC(2024, 0, 1);
    // service k's one record starts k days into 2024: services 91..999 start more than 90 days in (SPEC 4)
    const records: OutageRecord[] = Array.from({ length: n }, (_, k) => ({
      start: rangeStart + k * day,
      end: rangeStart + k * day + 3_600_000,
      service: `svc${k}`,
      severity: 'major',
      open: false,
      line: k + 2,
    }));
    const table = tableFromRecords(records);
    const { list, reads } = countingList([...table.services]);
    const counted = { ...table, services: list };
    const notes = lateServiceNotes(counted, firstStarts(table), table.services, {}, rangeStart);
    expect(notes).toHaveLength(n - 91);
    expect(notes[0]!.message).toMatch(/^svc91: first record on 2024-04-01, 91 days after the report starts/);
    expect(reads()).toBe(n);
  });
});
