import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSparseStreams } from './generate-sparse-streams';
import { runInChild, median, type RunResult } from './measure';

/** A shape, and the same with twice the streams: is the peak RSS flat in the streams? */
interface Shape {
  name: string;
  streams: number;
  years: number[];
}

const SHAPES: Shape[] = [
  { name: 'streams in 1971 and 2069', streams: 30, years: [1971, 2069] },
  { name: 'two samples a year apart', streams: 20_000, years: [2023, 2024] },
];

const fileOf = (dir: string, s: Shape, streams: number): string => {
  const path = join(dir, `status-sparse-${streams}x${s.years.join('-')}.csv`);
  if (!existsSync(path)) generateSparseStreams(path, streams, s.years);
  return path;
};

/**
 * `npm run bench -- --sparse`: our import + report of each sparse shape and of the same with twice the
 * streams, in fresh child processes: median time, peak RSS, and the doubled file's RSS over the single's.
 */
export async function runSparseShapes(script: string, dataDir: string, runs: number): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  console.log('sparse status streams (issue 19 item 2): import + report, median of', runs, 'runs');
  console.log('shape                              streams   rows      ms   peak RSS MB   RSS x when streams double');
  for (const s of SHAPES) {
    const results: RunResult[][] = [[], []];
    const paths = [fileOf(dataDir, s, s.streams), fileOf(dataDir, s, s.streams * 2)];
    for (let i = 0; i < runs; i++)
      for (const [k, path] of paths.entries()) results[k]!.push(await runInChild(script, { task: 'ours', path }));
    const rss = results.map((r) => Math.max(...r.map((x) => x.peakRssMb)));
    results.forEach((r, k) => {
      const streams = s.streams * (k + 1);
      const cells = [
        (k === 0 ? s.name : '  doubled').padEnd(33),
        streams.toLocaleString('en-US').padStart(8),
        (streams * s.years.length).toLocaleString('en-US').padStart(7),
        median(r.map((x) => x.ms))
          .toFixed(0)
          .padStart(7),
        rss[k]!.toFixed(0).padStart(13),
        k === 1 ? `${(rss[1]! / rss[0]!).toFixed(2)}x`.padStart(28) : '',
      ];
      console.log(cells.join(' '));
    });
  }
}
