import { BufferedWriter } from './buffered-writer';
import type { GeneratedLog } from './generate-status-log';

/**
 * Status logs whose streams sample far apart in time (issue 19 item 2, issue 17): `streams` streams
 * (services of 1,000 regions each), every one sampled once in each of `years`, at noon on 1 January, all up
 * but the first stream's first sample. Memory used to follow the time span (a bucket per stream per
 * 15 minutes between its first and last sample); it must follow the rows.
 */
export function generateSparseStreams(path: string, streams: number, years: readonly number[]): GeneratedLog {
  const out = new BufferedWriter(path);
  out.write('timestamp,service,region,status\n');
  let rows = 0;
  for (const [i, year] of years.entries()) {
    const ts = `${year}-01-01T12:00:00Z`;
    for (let k = 0; k < streams; k++, rows++)
      out.write(`${ts},svc-${Math.floor(k / 1000)},r${k % 1000},${i === 0 && k === 0 ? 'down' : 'up'}\n`);
  }
  out.close();
  return { rows, bytes: out.bytes };
}
