export { importFile, importBytes, previewFile } from './file-source';
export type { ImportOptions, LogPreview } from './import-types';
export { LogImporter, type LogImporterOptions } from './log-importer';
export { COLUMN_SYNONYMS, normaliseColumnName } from './column-mapping';
export { fileStem } from './file-stem';
