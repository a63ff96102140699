import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '@core/io/write-file-atomic';
import { loadJsonFile } from './json-file';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const windowStateSchema = z
  .object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(400).max(20000),
    height: z.number().int().min(300).max(20000),
    maximized: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 };

/**
 * The saved bounds if they still fit on a connected display (a monitor may have been unplugged since);
 * otherwise just the saved size, centred by the OS. A window is never restored off-screen.
 */
export function restorableBounds(
  state: WindowState | null,
  workAreas: readonly Rect[],
): Partial<Rect> & { width: number; height: number } {
  if (!state) return { ...DEFAULT_WINDOW_SIZE };
  const visible = workAreas.some(
    (a) =>
      state.x >= a.x - 8 &&
      state.y >= a.y - 8 &&
      state.x + Math.min(state.width, 200) <= a.x + a.width &&
      state.y + 40 <= a.y + a.height,
  );
  const size = { width: state.width, height: state.height };
  return visible ? { ...size, x: state.x, y: state.y } : size;
}

export async function loadWindowState(dir: string): Promise<WindowState | null> {
  const loaded = await loadJsonFile(join(dir, WINDOW_STATE_FILE), windowStateSchema.nullable(), null);
  return loaded.value;
}

export async function saveWindowState(dir: string, state: WindowState): Promise<void> {
  const parsed = windowStateSchema.safeParse(state);
  if (!parsed.success) return;
  await writeFileAtomic(join(dir, WINDOW_STATE_FILE), JSON.stringify(parsed.data) + '\n');
}
