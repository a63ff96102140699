import { useTranslation } from 'react-i18next';
import { EXPORT_STAGES, type ExportStage } from '../../../electron/shared/ipc-channels';

export interface ExportingState {
  fileName: string;
  stage: ExportStage;
}

/**
 * A running PDF export, in the import bar's place and style: which of its four stages runs, and Cancel. Cancel
 * is offered until the file is being written; from then on the export finishes (the write is all or nothing).
 */
export function ExportProgress(props: { state: ExportingState; onCancel: () => void }) {
  const { t } = useTranslation();
  const step = EXPORT_STAGES.indexOf(props.state.stage) + 1;
  const title = t('exporting.title', { file: props.state.fileName });
  return (
    <div className="import-progress" role="status" aria-live="polite" data-testid="export-progress">
      <div className="import-progress__text">
        <strong>{title}</strong>
        <span className="muted">
          {t('exporting.step', {
            step,
            steps: EXPORT_STAGES.length,
            stage: t(`exporting.stages.${props.state.stage}`),
          })}
        </span>
      </div>
      {/* a stage has no size to measure, so the bar moves a step at a time: a stage begun is a stage under way */}
      <progress className="import-progress__bar" max={EXPORT_STAGES.length} value={step - 0.5} aria-label={title} />
      <button type="button" className="button" onClick={props.onCancel} disabled={props.state.stage === 'write'}>
        {t('actions.cancel')}
      </button>
    </div>
  );
}
