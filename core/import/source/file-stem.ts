/** "outages.csv.gz" -> "outages", "logs/2024.events.jsonl" -> "2024.events": the service of a log without one. */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.gz$/i, '').replace(/\.(csv|tsv|txt|json|ndjson|jsonl|log)$/i, '');
  return stem === '' ? base : stem;
}

/** The file's name says it is NDJSON (after any .gz). */
export function namedAsJsonLines(fileName: string): boolean {
  return /\.(ndjson|jsonl)(\.gz)?$/i.test(fileName);
}
