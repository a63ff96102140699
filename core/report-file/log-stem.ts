/** "outages.csv.gz" -> "outages": a log's name without its container and compression suffixes. */
export function logStem(fileName: string): string {
  return fileName.replace(/\.(gz)$/i, '').replace(/\.[^.]+$/, '') || 'log';
}
