import { useTranslation } from 'react-i18next';

/** Why a log did not open, with the column mapping offered when the file was read but not understood. */
export function OpenFailure(props: {
  message: string;
  canMap: boolean;
  onMapColumns: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="failure card" role="alert" data-testid="open-failure">
      <div>
        <h2 className="card__title">{t('importing.failed')}</h2>
        <p>{props.message}</p>
      </div>
      <div className="button-row">
        {props.canMap ? (
          <button type="button" className="button button--primary" onClick={props.onMapColumns}>
            {t('actions.mapColumns')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={props.onDismiss}>
          {t('actions.close')}
        </button>
      </div>
    </div>
  );
}
