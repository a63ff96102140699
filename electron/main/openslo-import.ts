import { basename } from 'node:path';
import { parseSettings, type Settings } from '@core/model/settings';
import { applyOpenSlo, unappliedSloNotes } from '@core/slo/apply-openslo';
import { SloFileError, sloNoteText } from '@core/slo/read-openslo';
import { readOpenSloFile } from '@core/slo/read-openslo-file';
import type { SloImported } from '../shared/ipc-contract';
import { IpcFailure } from './ipc-failure';

/** Import OpenSLO…: the file's targets, zone, period and rolling windows over the settings on screen, with a line per note. */
export async function importOpenSlo(path: string, settings: Settings): Promise<SloImported> {
  const name = basename(path);
  let request;
  try {
    request = await readOpenSloFile(path, name);
  } catch (error) {
    throw error instanceof SloFileError ? new IpcFailure('invalid-input', error.message) : error;
  }
  const merged = parseSettings(applyOpenSlo(settings, request));
  if (!merged.ok) throw new IpcFailure('invalid-input', `${name}: ${merged.error}`);
  const notes = [...request.notes, ...unappliedSloNotes(request, settings)].map((n) => sloNoteText(name, n));
  return { settings: merged.value, notes };
}
