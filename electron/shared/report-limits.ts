/**
 * Incident rows a report for the window keeps (largest user impact first): a million-row log would otherwise
 * build, send and hold a million rows on every settings change, and nobody reads past the first few thousand.
 * Free of imports: the renderer reads it without the contract's schemas.
 */
export const REPORT_INCIDENT_LIMIT = 5000;
