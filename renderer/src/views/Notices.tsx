import { useTranslation } from 'react-i18next';
import type { UiNotice } from '../app/use-notices';

export function Notices(props: { notices: readonly UiNotice[]; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="notices" role="status" aria-live="polite">
      {props.notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.level}`} role={n.level === 'error' ? 'alert' : undefined}>
          <span>{n.text}</span>
          {n.action && (
            <button
              type="button"
              className="notice__action"
              onClick={() => {
                n.action!.run();
                props.onDismiss(n.id);
              }}
            >
              {n.action.label}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t('actions.close')}
            onClick={() => props.onDismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
