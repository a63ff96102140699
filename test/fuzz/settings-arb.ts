import fc from 'fast-check';
import { settingsSchema, type Settings } from '../../core/model/settings';

/** Report settings a user could choose: zones with DST and half-hour offsets, every credit preset, 100 % targets. */
export const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    reportTimeZone: fc.constantFrom(
      'UTC',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    ),
    inputTimeZone: fc.constantFrom('UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kathmandu'),
    countMaintenance: fc.boolean(),
    partial: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    degraded: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    target: fc.constantFrom(0.9, 0.99, 0.995, 0.999, 0.9999, 1),
    apiTarget: fc.option(fc.constantFrom(0.95, 0.9995), { nil: undefined }),
    credits: fc.constantFrom('none', 'aws-ec2', 'gcp-compute', 'azure-vm', 'm365'),
    users: fc.constantFrom(0, 1, 1000, 2_000_000_000),
    regionShares: fc.constantFrom({}, { eu: 0.25 }, { eu: 0.4, us: 0.7 }),
    rates: fc.constantFrom([], [{ name: 'revenue', perMinute: 1250.5, unit: 'USD' }]),
  })
  .map((s) =>
    settingsSchema.parse({
      reportTimeZone: s.reportTimeZone,
      countMaintenance: s.countMaintenance,
      weights: { partial: s.partial, degraded: s.degraded },
      targets: { default: s.target, services: s.apiTarget === undefined ? {} : { api: s.apiTarget } },
      credits: { preset: s.credits },
      users: s.users,
      regionShares: s.regionShares,
      rates: s.rates,
      import: { inputTimeZone: s.inputTimeZone },
    }),
  );
