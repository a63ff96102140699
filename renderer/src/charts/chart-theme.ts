import { useMemo } from 'react';
import type { Severity } from '@core/model/records';
import type { Theme } from '../app/theme';
import { STATUS_COLOURS } from './status-colours';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  met: string;
  missed: string;
  target: string;
  ideal: string;
  /** time nobody observed (SPEC 5 no data): its own colour, never the colour of up */
  noData: string;
  series: string[];
  severity: Record<Severity, string>;
}

/** One palette per theme; the CSS custom properties of styles/app.css carry the same values for the DOM. */
const PALETTES: Record<Theme, ChartColors> = {
  light: {
    text: '#1f2937',
    muted: '#6b7280',
    grid: 'rgba(15, 23, 42, 0.08)',
    ...STATUS_COLOURS.light,
    ideal: '#9ca3af',
    series: ['#2563eb', '#0d9488', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#9333ea'],
    severity: { major: '#dc2626', partial: '#ea580c', degraded: '#ca8a04', maintenance: '#6b7280' },
  },
  dark: {
    text: '#e5e7eb',
    muted: '#9ca3af',
    grid: 'rgba(226, 232, 240, 0.1)',
    ...STATUS_COLOURS.dark,
    ideal: '#6b7280',
    series: ['#60a5fa', '#2dd4bf', '#fbbf24', '#a78bfa', '#f472b6', '#22d3ee', '#a3e635', '#c084fc'],
    severity: { major: '#f87171', partial: '#fb923c', degraded: '#facc15', maintenance: '#9ca3af' },
  },
};

export function useChartColors(theme: Theme): ChartColors {
  return useMemo(() => PALETTES[theme], [theme]);
}

/** The same colour for a service everywhere (charts, legends), by its place in the report's service list. */
export function serviceColor(colors: ChartColors, services: readonly string[], service: string): string {
  const logServices = services.filter((s) => s !== '*');
  const i = logServices.indexOf(service);
  return colors.series[(i < 0 ? 0 : i) % colors.series.length]!;
}

/** Motion off when the OS asks for less of it (also keeps screenshots and print deterministic). */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
