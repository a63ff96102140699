import { useTranslation } from 'react-i18next';
import { compactCount } from './compact-count';
import { DraftInput } from './DraftInput';
import { parseUserBase } from './user-base';

/** The user base box, in the settings panel and on the dashboard's user-impact card while none is set. */
export function UserBaseInput(props: { id?: string; value: number | null; onCommit: (users: number | null) => void }) {
  const { t } = useTranslation();
  return (
    <DraftInput<number | undefined>
      id={props.id}
      aria-label={t('settings.users')}
      value={props.value ?? undefined}
      format={(v) => (v === undefined ? '' : compactCount(v))}
      parse={parseUserBase}
      onCommit={(users) => props.onCommit(users ?? null)}
      error={t('settings.usersInvalid')}
      placeholder={t('settings.usersHint')}
    />
  );
}
