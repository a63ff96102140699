import fc from 'fast-check';
import { settingsSchema, type Settings, type SettingsInput } from '../../core/model/settings';

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
    credits: fc.constantFrom<SettingsInput['credits']>(
      { preset: 'none' },
      { preset: 'aws-ec2' },
      { preset: 'gcp-compute' },
      { preset: 'azure-vm' },
      { preset: 'm365' },
      {
        preset: 'custom',
        tiers: [
          { belowPercent: 99.9, creditPercent: 10 },
          { belowPercent: 95, creditPercent: 100 },
        ],
      },
    ),
    apiCredits: fc.option(fc.constant<SettingsInput['credits']>({ preset: 'm365' }), { nil: undefined }),
    users: fc.constantFrom(null, 0, 1, 1000, 2_000_000_000),
    apiUsers: fc.option(fc.constantFrom(0, 5000), { nil: undefined }),
    fee: fc.constantFrom(null, 0, 1234.5),
    apiFee: fc.option(fc.constant(99), { nil: undefined }),
    period: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
    mttrBasis: fc.constantFrom('episode' as const, 'record' as const),
    minOutageMinutes: fc.constantFrom(0, 0, 15, 90),
    unattributed: fc.constantFrom('platform' as const, 'own' as const),
    regionShares: fc.constantFrom({}, { eu: 0.25 }, { eu: 0.4, us: 0.7 }),
    rates: fc.constantFrom([], [{ name: 'revenue', perMinute: 1250.5, unit: 'USD' }]),
    // covered hours (docs/spec.md 5d): 24x7 as most reports, the preset, and grids that cross midnight, land on
    // DST changes (02:00-03:00 local) or leave whole days uncovered; holidays around the generated logs' years
    businessHours: fc.constantFrom<SettingsInput['businessHours']>(
      { preset: '24x7' },
      { preset: '24x7' },
      { preset: 'business-days' },
      { preset: 'custom', hours: ['Mon-Fri 09:00-17:00', 'Sat 10:00-14:00'], holidays: ['2024-12-25', '2025-01-01'] },
      { preset: 'custom', hours: ['Fri 22:00-02:00', 'Sun 02:00-03:00'] },
      { preset: '24x7', holidays: ['2024-03-10', '2024-11-03', '2023-06-01'] },
    ),
  })
  .map((s) =>
    settingsSchema.parse({
      reportTimeZone: s.reportTimeZone,
      countMaintenance: s.countMaintenance,
      weights: { partial: s.partial, degraded: s.degraded },
      targets: { default: s.target, services: s.apiTarget === undefined ? {} : { api: s.apiTarget } },
      credits: s.credits,
      creditsByService: s.apiCredits === undefined ? {} : { api: s.apiCredits },
      users: s.users,
      usersByService: s.apiUsers === undefined ? {} : { api: s.apiUsers },
      fees: { default: s.fee, services: s.apiFee === undefined ? {} : { api: s.apiFee } },
      currency: 'USD',
      period: s.period,
      mttrBasis: s.mttrBasis,
      minOutageMinutes: s.minOutageMinutes,
      unattributed: s.unattributed,
      regionShares: s.regionShares,
      rates: s.rates,
      import: { inputTimeZone: s.inputTimeZone },
      businessHours: s.businessHours,
    }),
  );
