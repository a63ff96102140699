/** The per-service monthly figures both sides compute and the bench checks equal (SPEC 5). */
export interface FigureRow {
  service: string;
  /** YYYY-MM, UTC */
  month: string;
  downtimeMinutes: number;
  eligibleMinutes: number;
  /** status logs only */
  sampleAvailability: number | null;
}

export const figureKey = (r: Pick<FigureRow, 'service' | 'month'>): string => `${r.service}\t${r.month}`;
