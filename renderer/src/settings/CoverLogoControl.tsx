import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asIpcError, slaApi, unwrap } from '../app/sla-bridge';

type Action = 'get' | 'choose' | 'clear';

/**
 * The PDF cover's logo. The file is chosen in a dialog of the main process, which keeps its path and reads it at
 * each export; the page only ever learns its name, or why it was refused (not PNG/SVG, over 1 MB, an SVG with
 * script or outside links).
 */
export function CoverLogoControl() {
  const { t } = useTranslation();
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (action: Action): Promise<void> => {
    const api = slaApi();
    if (!api) return;
    try {
      setFileName((await unwrap(api.coverLogo(action)))?.fileName ?? null);
      setProblem(null);
    } catch (e) {
      setProblem(asIpcError(e).message);
    }
  };

  useEffect(() => {
    const api = slaApi();
    if (!api) return;
    let alive = true;
    // a logo main cannot read shows as none; choosing one says why a file is refused
    void unwrap(api.coverLogo('get')).then(
      (logo) => alive && setFileName(logo?.fileName ?? null),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);

  return (
    <div className="cover-logo-control" data-testid="cover-logo">
      <span>
        {t('settings.coverLogo')}: {fileName ?? t('settings.coverLogoNone')}
      </span>
      <button type="button" className="button" onClick={() => void run('choose')}>
        {t('settings.coverLogoChoose')}
      </button>
      {fileName !== null ? (
        <button type="button" className="button" onClick={() => void run('clear')}>
          {t('settings.coverLogoRemove')}
        </button>
      ) : null}
      <p className="muted">{t('settings.coverLogoHint')}</p>
      {problem !== null ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
