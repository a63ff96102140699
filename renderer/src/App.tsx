import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '@core/format';
import { targetFor } from '@core/model/settings-lookup';
import { slaApi } from './app/sla-bridge';
import { useTheme } from './app/theme';
import { useFileDrop } from './app/use-file-drop';
import { useLogSession } from './app/use-log-session';
import { menuActions } from './app/menu-actions';
import { useMenuCommands } from './app/use-menu-commands';
import { useExports } from './app/use-exports';
import { useNotices } from './app/use-notices';
import { useReport } from './app/use-report';
import { chooseLocale, followOsLanguages, useLocale } from './i18n';
import { SettingsAside } from './settings/SettingsAside';
import { OpenFailure } from './views/OpenFailure';
import { DiagnosticsPanel } from './views/DiagnosticsPanel';
import { FileHeader } from './views/FileHeader';
import { ImportProgress } from './views/ImportProgress';
import { ExportProgress } from './views/ExportProgress';
import { IncidentsTable } from './views/IncidentsTable';
import { MappingDialog } from './views/MappingDialog';
import { PrometheusDialog } from './views/PrometheusDialog';
import { NinesPanel } from './views/NinesPanel';
import { Notices } from './views/Notices';
import { Overview } from './views/Overview';
import { Tabs } from './views/Tabs';
import { ReplayPanel } from './views/ReplayPanel';
import { TopBar } from './views/TopBar';
import { Welcome } from './views/Welcome';
import { QuickCalculator } from './views/QuickCalculator';
import { ChartPngContext } from './charts/chart-png';

type TabKey = 'overview' | 'incidents' | 'nines' | 'replay' | 'diagnostics';

export function App() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { theme, preference, cycle } = useTheme();
  const { notices, notify, dismiss } = useNotices();
  const session = useLogSession(notify, followOsLanguages);
  const report = useReport(session.log, session.settings);
  const [tab, setTab] = useState<TabKey>('overview');
  const [service, setService] = useState('*');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [quickOpen, setQuickOpen] = useState(false);
  const [mappingOpen, setMappingOpen] = useState(false);
  const [prometheusOpen, setPrometheusOpen] = useState(false);
  const dragging = useFileDrop(session.openDropped);
  const busy = session.importing !== null;
  const log = session.log;
  const model = report.model;

  // the PDF and exported settings speak the language the app is set to
  const { updateSettings } = session;
  useEffect(() => {
    updateSettings((s) => (s.report.language === locale ? s : { ...s, report: { ...s.report, language: locale } }));
  }, [locale, log, updateSettings]);

  const showDiagnostics = useCallback(() => setTab('diagnostics'), []);
  // a stable callback: the memoised Overview redraws only for a new model
  const setUsers = useCallback((users: number | null) => updateSettings((s) => ({ ...s, users })), [updateSettings]);
  const { saved, saveChart, exportReport } = useExports(session, notify);

  const menu = useMemo(
    () =>
      menuActions({
        session,
        exportReport,
        saved,
        openPrometheus: () => setPrometheusOpen(true),
        toggleSettings: () => setSettingsOpen((o) => !o),
        openMapping: () => setMappingOpen(true),
        cycleTheme: cycle,
        chooseLocale,
        showDiagnostics,
      }),
    [session, exportReport, saved, cycle, showDiagnostics],
  );
  useMenuCommands(menu);

  const mappingTarget = log
    ? { logId: log.logId, fileName: log.fileName }
    : session.failure?.logId
      ? { logId: session.failure.logId, fileName: session.failure.fileName ?? '' }
      : null;

  // above the welcome view, or above the log that stays open when another failed to
  const failureCard = session.failure ? (
    <OpenFailure
      message={session.failure.message}
      canMap={!!session.failure.logId}
      onMapColumns={() => setMappingOpen(true)}
      onDismiss={session.dismissFailure}
    />
  ) : null;

  const content = () => {
    if (!slaApi())
      return (
        <div className="state card">
          <h1>{t('errors.noApi')}</h1>
        </div>
      );
    if (!session.ready || (!log && session.autoOpening && !session.failure))
      return <div className="state" aria-busy="true" />;
    if (!log || !session.settings) {
      return (
        <>
          {failureCard}
          <Welcome
            recent={session.recent}
            busy={busy}
            onOpen={session.openDialog}
            onSample={session.openSample}
            onPrometheus={() => setPrometheusOpen(true)}
            onQuick={() => setQuickOpen(true)}
            onRecent={session.openRecent}
            onClearRecent={session.clearRecent}
          />
        </>
      );
    }
    return (
      <div className={`workspace${settingsOpen ? ' workspace--with-settings' : ''}`}>
        <div className={`workspace__main${report.stale ? ' workspace__main--stale' : ''}`} aria-busy={report.stale}>
          {report.stale ? (
            <p className="computing" role="status">
              {t('importing.computing')}
            </p>
          ) : null}
          {model ? <FileHeader model={model} onShowDiagnostics={showDiagnostics} /> : null}
          {failureCard}
          <Tabs
            label={log.fileName}
            idPrefix="main"
            current={tab}
            onChange={setTab}
            tabs={[
              { key: 'overview', label: t('tabs.overview') },
              {
                key: 'incidents',
                label: t('tabs.incidents'),
                badge: model ? formatCount(model.incidents.length, locale) : undefined,
              },
              { key: 'nines', label: t('tabs.nines') },
              { key: 'replay', label: t('tabs.replay') },
              {
                key: 'diagnostics',
                label: t('tabs.diagnostics'),
                badge: log.summary.diagnosticsTotal > 0 ? formatCount(log.summary.diagnosticsTotal, locale) : undefined,
              },
            ]}
          />
          <div id="main-panel" role="tabpanel" aria-labelledby={`main-tab-${tab}`} className="tabpanel">
            {report.error ? (
              <div className="state card" role="alert">
                <p>{t('errors.reportFailed', { message: report.error })}</p>
              </div>
            ) : !model ? null : tab === 'overview' ? (
              <Overview model={model} service={service} onService={setService} onUsers={setUsers} theme={theme} />
            ) : tab === 'incidents' ? (
              <IncidentsTable model={model} initialService={service} />
            ) : tab === 'nines' ? (
              <NinesPanel
                key={log.logId}
                model={model}
                initialTarget={targetFor(model.settings, service)}
                onConventionChange={(c) => session.updateSettings((s) => ({ ...s, monthConvention: c }))}
              />
            ) : tab === 'replay' ? (
              <ReplayPanel model={model} settings={session.settings} onSettings={session.updateSettings} />
            ) : (
              <DiagnosticsPanel
                fileName={log.fileName}
                diagnostics={log.summary.diagnostics}
                total={log.summary.diagnosticsTotal}
                skipped={log.summary.source.skipped}
                onMapColumns={() => setMappingOpen(true)}
              />
            )}
          </div>
        </div>
        {settingsOpen ? (
          <SettingsAside
            session={session}
            model={model}
            busy={busy}
            notify={notify}
            onClose={() => setSettingsOpen(false)}
            onExportSettings={menu['export-settings']}
            onImportSettings={menu['import-settings']}
          />
        ) : null}
      </div>
    );
  };

  return (
    <div className="app">
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <TopBar
        hasLog={!!log}
        busy={busy}
        settingsOpen={settingsOpen}
        quickOpen={quickOpen}
        onToggleQuick={() => setQuickOpen((o) => !o)}
        themePreference={preference}
        onOpen={session.openDialog}
        onExport={exportReport}
        onToggleSettings={() => setSettingsOpen((o) => !o)}
        onCycleTheme={cycle}
      />
      {/* nothing to show while the OS file dialog is up: the bar appears with the first progress of a real import */}
      {session.importing && (session.importing.fileName !== null || session.importing.progress !== null) ? (
        <ImportProgress state={session.importing} onCancel={session.cancelImport} />
      ) : null}
      {session.exporting ? <ExportProgress state={session.exporting} onCancel={session.cancelExport} /> : null}
      <main id="content" className="content" tabIndex={-1}>
        {quickOpen ? (
          <QuickCalculator
            zone={model?.settings.reportTimeZone ?? 'UTC'}
            initialTarget={model ? targetFor(model.settings, service) : 0.999}
            onClose={() => setQuickOpen(false)}
          />
        ) : null}
        <ChartPngContext.Provider value={saveChart}>{content()}</ChartPngContext.Provider>
      </main>
      <Notices notices={notices} onDismiss={dismiss} />
      {mappingOpen && mappingTarget ? (
        <MappingDialog
          logId={mappingTarget.logId}
          fileName={mappingTarget.fileName}
          settings={log && log.logId === mappingTarget.logId ? session.settings : null}
          busy={busy}
          onClose={() => setMappingOpen(false)}
          onApply={(s) => {
            setMappingOpen(false);
            void session.reimport(s);
          }}
        />
      ) : null}
      {prometheusOpen ? (
        <PrometheusDialog
          importing={session.importing}
          failure={session.failure?.message ?? null}
          onOpen={session.openPrometheus}
          onCancelImport={session.cancelImport}
          onClose={() => setPrometheusOpen(false)}
        />
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay__box">{t('drop.overlay')}</div>
        </div>
      ) : null}
    </div>
  );
}
