export { importFile, previewFile } from './source/file-source';
export { importBytes } from './source/import-bytes';
export type { ImportOptions, LogImporterOptions, LogPreview } from './shape/import-options';
export { LogImporter } from './log-importer';
export { COLUMN_SYNONYMS, normaliseColumnName } from './shape/column-names';
export { fileStem } from './source/file-stem';
