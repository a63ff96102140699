import { STATUS_COLOURS } from '../src/charts/status-colours';

const STATUS = STATUS_COLOURS.print;

/**
 * The report's restrained palette as the charts use it (print.css holds the same colours for the page); a month's
 * status colours are the dashboard's (status-colours.ts: Okabe-Ito, checked under colour-blind simulation).
 */
export const PALETTE = {
  ink: '#1b2430',
  muted: '#5b6675',
  grid: '#e2e6eb',
  axis: '#b8c0ca',
  primary: '#1f4e79',
  primarySoft: 'rgba(31, 78, 121, 0.12)',
  met: STATUS.met,
  missed: STATUS.missed,
  target: STATUS.target,
  /** time nobody observed (SPEC 5 no data): its own colour, never the colour of up */
  noData: STATUS.noData,
} as const;

export const FONT_FAMILY =
  "Inter, 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'Noto Sans', 'DejaVu Sans', sans-serif";
