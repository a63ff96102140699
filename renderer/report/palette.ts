/** The report's restrained palette as the charts use it (print.css holds the same colours for the page). */
export const PALETTE = {
  ink: '#1b2430',
  muted: '#5b6675',
  grid: '#e2e6eb',
  axis: '#b8c0ca',
  primary: '#1f4e79',
  primarySoft: 'rgba(31, 78, 121, 0.12)',
  met: '#3a7d5c',
  missed: '#b4443c',
  target: '#1b2430',
  /** time nobody observed (SPEC 5 no data): its own colour, never the colour of up */
  noData: '#c3cad3',
} as const;

export const FONT_FAMILY =
  "Inter, 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'Noto Sans', 'DejaVu Sans', sans-serif";
