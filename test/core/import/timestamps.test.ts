import { describe, expect, it } from 'vitest';
import { TimestampReader } from '@core/import/values/timestamp';
import { daysFromCivil } from '@core/time/civil-time';
import { at, importText, recordsOf } from './import-helpers';

const read = (text: string, zone = 'UTC', pattern: string | null = null): number => {
  const bytes = new TextEncoder().encode(text);
  return new TimestampReader(zone, pattern).read(bytes, 0, bytes.length);
};

describe('timestamps', () => {
  it('computes civil days like the calendar (no Date objects)', () => {
    for (const d of ['1970-01-01', '1969-12-31', '2000-02-29', '2024-03-01', '2100-03-01', '1600-01-01']) {
      const [y, m, day] = d.split('-').map(Number);
      expect(daysFromCivil(y!, m!, day!) * 86_400_000).toBe(Date.parse(`${d}T00:00:00Z`));
    }
  });

  it.each([
    ['2024-03-01T10:20:30Z', '2024-03-01T10:20:30.000Z'],
    ['2024-03-01 10:20:30Z', '2024-03-01T10:20:30.000Z'],
    ['2024-03-01t10:20:30z', '2024-03-01T10:20:30.000Z'],
    ['2024-03-01T10:20Z', '2024-03-01T10:20:00.000Z'],
    ['2024-03-01T10:20:30.5Z', '2024-03-01T10:20:30.500Z'],
    ['2024-03-01T10:20:30.123456789Z', '2024-03-01T10:20:30.123Z'],
    ['2024-03-01T10:20:30,25Z', '2024-03-01T10:20:30.250Z'],
    ['2024-03-01T10:20:30+02:00', '2024-03-01T08:20:30.000Z'],
    ['2024-03-01T10:20:30-0530', '2024-03-01T15:50:30.000Z'],
    ['2024-03-01T10:20:30+05', '2024-03-01T05:20:30.000Z'],
    ['2024-03-01 10:20:30 +0100', '2024-03-01T09:20:30.000Z'],
    ['2024-03-01 10:20:30 UTC', '2024-03-01T10:20:30.000Z'],
    ['2024-03-01T10:20:30', '2024-03-01T10:20:30.000Z'],
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    ['  2024-03-01T10:20:30Z  ', '2024-03-01T10:20:30.000Z'],
    ['1709288430', '2024-03-01T10:20:30.000Z'],
    ['1709288430123', '2024-03-01T10:20:30.123Z'],
  ])('reads %s', (text, expected) => {
    expect(new Date(read(text)).toISOString()).toBe(expected);
  });

  it.each([
    '2024-13-01T00:00:00Z',
    '2024-02-30',
    '2024-03-01T25:00Z',
    '2024-03-01T10:61Z',
    '170928843',
    'yesterday',
    '2024-03-01T10:20:30+1',
  ])('rejects %s', (text) => {
    expect(read(text)).toBeNaN();
  });

  it('reads a timestamp without offset in the input time zone', () => {
    expect(read('2024-07-01T12:00:00', 'Europe/Berlin')).toBe(at('2024-07-01T10:00:00Z'));
    expect(read('2024-01-01T12:00:00', 'Europe/Berlin')).toBe(at('2024-01-01T11:00:00Z'));
    // an explicit offset wins over the input time zone
    expect(read('2024-07-01T12:00:00Z', 'Europe/Berlin')).toBe(at('2024-07-01T12:00:00Z'));
    expect(read('2024-03-01T05:30:00', 'Asia/Kolkata')).toBe(at('2024-03-01T00:00:00Z'));
  });

  it('moves a wall time in a DST gap forward and takes the earlier instant in an overlap', () => {
    // New York, 10 Mar 2024: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist and reads as 03:30 EDT
    expect(read('2024-03-10 02:30', 'America/New_York')).toBe(at('2024-03-10T07:30:00Z'));
    expect(read('2024-03-10 01:59', 'America/New_York')).toBe(at('2024-03-10T06:59:00Z'));
    expect(read('2024-03-10 03:00', 'America/New_York')).toBe(at('2024-03-10T07:00:00Z'));
    // 3 Nov 2024: 01:30 happens twice (EDT, then EST); the first, 05:30Z, is taken
    expect(read('2024-11-03 01:30', 'America/New_York')).toBe(at('2024-11-03T05:30:00Z'));
    expect(read('2024-11-03 02:30', 'America/New_York')).toBe(at('2024-11-03T07:30:00Z'));
    // Berlin, 27 Oct 2024: 02:30 happens at 00:30Z (CEST) and 01:30Z (CET): the earlier again
    expect(read('2024-10-27 02:30', 'Europe/Berlin')).toBe(at('2024-10-27T00:30:00Z'));
    // Lord Howe shifts by 30 minutes: 6 Oct 2024 02:00 +10:30 becomes 02:30 +11; 02:15 reads as 02:45 +11
    expect(read('2024-10-06 02:15', 'Australia/Lord_Howe')).toBe(at('2024-10-05T15:45:00Z'));
  });

  it('falls back to the date-fns pattern for other forms, in the input time zone', () => {
    expect(read('03/10/2024 14:05', 'UTC', 'MM/dd/yyyy HH:mm')).toBe(at('2024-03-10T14:05:00Z'));
    expect(read('03/10/2024 14:05', 'Europe/Berlin', 'MM/dd/yyyy HH:mm')).toBe(at('2024-03-10T13:05:00Z'));
    // ISO still reads as ISO when a pattern is set
    expect(read('2024-03-10T14:05:00Z', 'UTC', 'MM/dd/yyyy HH:mm')).toBe(at('2024-03-10T14:05:00Z'));
    expect(read('10 March 2024', 'UTC', 'MM/dd/yyyy HH:mm')).toBeNaN();
  });

  it('applies the input time zone and date format to a whole log', async () => {
    const recs = await recordsOf('start,end\n10.03.2024 01:00,10.03.2024 04:00\n', 'x.csv', {
      inputTimeZone: 'America/New_York',
      dateFormat: 'dd.MM.yyyy HH:mm',
    });
    // 01:00 EST = 06:00Z; 04:00 EDT = 08:00Z: two hours of real time across the spring-forward gap
    expect(recs[0]).toMatchObject({ start: at('2024-03-10T06:00:00Z'), end: at('2024-03-10T08:00:00Z') });
  });
});

describe('date format setting', () => {
  it('rejects a pattern date-fns cannot use, naming the file and the pattern', async () => {
    await expect(importText('start,end\n1,2\n', 'x.csv', { dateFormat: 'YYYY-MM-DD' })).rejects.toThrow(
      /^x.csv: the date format "YYYY-MM-DD" is not a date-fns pattern/,
    );
  });
});
