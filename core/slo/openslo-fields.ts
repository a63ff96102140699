/**
 * Every field of an OpenSLO v1 SLO document by where it sits, and what this calculator does with the ones it
 * does not apply. A key in none of these lists is unknown (a typo, or another version's field) and is named
 * in the diagnostics; a key listed with a reason is named with that reason; `null` is read or harmless.
 */
type FieldNotes = Readonly<Record<string, string | null>>;

const SLI = 'the SLI is not read: availability here comes from the outage log';

export const DOCUMENT_FIELDS: FieldNotes = { apiVersion: null, kind: null, metadata: null, spec: null };

export const METADATA_FIELDS: FieldNotes = { name: null, displayName: null, labels: null, annotations: null };

export const SPEC_FIELDS: FieldNotes = {
  description: null,
  service: null,
  indicator: SLI,
  indicatorRef: SLI,
  timeWindow: null,
  budgetingMethod: null,
  objectives: null,
  alertPolicies: 'alert policies are not read: this calculator reports on past logs and does not alert',
};

export const WINDOW_FIELDS: FieldNotes = { duration: null, isRolling: null, calendar: null };

export const CALENDAR_FIELDS: FieldNotes = { startTime: null, timeZone: null };

export const OBJECTIVE_FIELDS: FieldNotes = {
  displayName: null,
  target: null,
  targetPercent: null,
  op: 'the threshold compares an SLI, which is not read',
  value: 'the threshold compares an SLI, which is not read',
  timeSliceTarget: 'time slices are not counted: availability is the share of time up, to the millisecond',
  timeSliceWindow: 'time slices are not counted: availability is the share of time up, to the millisecond',
  indicator: SLI,
  indicatorRef: SLI,
  compositeWeight: 'composite objectives are not weighed: each document sets its service a target',
};

/** The reason the SLI fields share: the reader names it once per file, not once per document. */
export const SLI_NOTE = SLI;
