import { createRoot, type Root } from 'react-dom/client';
import type { PrintModel } from '@core/pdf/print-model';
import type { PrintLayout, PrintViewApi } from '@core/pdf/print-contract';
import { createDrawTracker, DrawTrackerContext } from './draw-tracker';
import { createReportView } from './report-context';
import { contentWidthMm, printLayout } from './page-furniture';
import { ReportDocument } from './ReportDocument';
import './print.css';

let root: Root | null = null;

/** The model crosses a process boundary as JSON: refuse anything that is plainly not a report before drawing. */
function assertReportModel(model: unknown): asserts model is PrintModel {
  const m = model as Partial<PrintModel> | null;
  if (
    !m ||
    typeof m !== 'object' ||
    !Array.isArray(m.months) ||
    !Array.isArray(m.services) ||
    !Array.isArray(m.incidents) ||
    !m.settings?.report ||
    !m.source
  )
    throw new Error('The print view was given something that is not a report model.');
}

async function render(model: PrintModel): Promise<PrintLayout> {
  assertReportModel(model);
  const paper = model.settings.report.paper;
  const view = createReportView(model, paper, contentWidthMm(paper));
  const layout = printLayout(model, view.rangeLabel);
  document.documentElement.lang = view.locale;
  document.title = layout.title;
  // canvas text is drawn once: the fonts must be there before the first chart is
  await document.fonts.ready;

  const container = document.getElementById('report');
  if (!container) throw new Error('print.html has no #report element');
  root?.unmount();
  const { tracker, allDrawn } = createDrawTracker();
  await new Promise<void>((resolve, reject) => {
    root = createRoot(container, { onUncaughtError: (error) => reject(error) });
    root.render(
      <DrawTrackerContext value={tracker}>
        <ReportDocument view={view} onCommitted={resolve} />
      </DrawTrackerContext>,
    );
  });
  await allDrawn();
  return layout;
}

const api: PrintViewApi = { render };
window.slaPrint = api;
