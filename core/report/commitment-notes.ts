import type { ReportModel } from '../model/report-model';
import { commitmentDiagnostics } from '../compute/report-diagnostics';

/**
 * The model with the diagnostics of its credit commitments (SPEC 4: a tier table's commitment that differs
 * from the target) at the end of its diagnostics. Kept last so that retarget() can take the old ones off and
 * put the new ones on, leaving every other diagnostic where the import and the engine put it.
 */
export function withCommitmentNotes(model: ReportModel): ReportModel {
  const notes = commitmentDiagnostics(model.creditCommitments);
  if (notes.length === 0) return model;
  model.diagnostics = [...model.diagnostics, ...notes];
  model.diagnosticsTotal += notes.length;
  return model;
}

/** The model's diagnostics without those withCommitmentNotes added. */
export function withoutCommitmentNotes(model: ReportModel): Pick<ReportModel, 'diagnostics' | 'diagnosticsTotal'> {
  const n = commitmentDiagnostics(model.creditCommitments).length;
  return {
    diagnostics: n === 0 ? model.diagnostics : model.diagnostics.slice(0, model.diagnostics.length - n),
    diagnosticsTotal: model.diagnosticsTotal - n,
  };
}
