/**
 * The colours of a month's status in every chart, dashboard and PDF alike: met, missed, no data, and the target
 * line. From Okabe & Ito's palette for colour-blind readers (blue against vermillion, never green against red);
 * test/renderer/src/charts/status-colours.test.ts checks them under simulated protanopia and deuteranopia.
 */
export interface StatusColours {
  met: string;
  missed: string;
  /** time nobody observed (SPEC 5 no data): its own colour, never the colour of up */
  noData: string;
  target: string;
}

export const STATUS_COLOURS: Record<'light' | 'dark' | 'print', StatusColours> = {
  light: { met: '#0072b2', missed: '#d55e00', noData: '#cbd5e1', target: '#111827' },
  dark: { met: '#56b4e9', missed: '#e69f00', noData: '#475569', target: '#f9fafb' },
  print: { met: '#0072b2', missed: '#d55e00', noData: '#c3cad3', target: '#1b2430' },
};
