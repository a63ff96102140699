export { renderPdf, type RenderPdfOptions } from './render-pdf';
export { findChrome, chromeCandidates, ChromeNotFoundError } from './find-chrome';
export { toPrintModel, incidentsByImpact, PRINT_INCIDENT_LIMIT, type PrintModel } from './print-model';
export * from './print-contract';
