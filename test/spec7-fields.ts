/**
 * SPEC 7's row fields, in its order, written out from the SPEC itself: tests compare the code's output
 * against this list, never against the code's own list (core/print/month-json.ts JSON_ROW_FIELDS).
 */
export const SPEC7_ROW_FIELDS = [
  'service',
  'month',
  'periodMinutes',
  'eligibleMinutes',
  'downtimeMinutes',
  'availability',
  'target',
  'met',
  'budgetMinutes',
  'budgetRemainingMinutes',
  'budgetConsumed',
  'creditPercent',
  'creditAmount',
  'episodes',
  'mttrMinutes',
  'longestEpisodeMinutes',
  'mtbfMinutes',
  'noDataMinutes',
  'counts',
  'userMinutesLost',
  'userAvailability',
  'impact',
  'sampleAvailability',
  'period',
];

/** SPEC 7's episode fields (`--episodes`), in its order. */
export const SPEC7_EPISODE_FIELDS = ['service', 'start', 'end', 'minutes', 'severity', 'records'];
