/**
 * SPEC 2's status-log records written out plainly, row by row, for rows given in time order: the oracle the
 * importer's fast and full paths are checked against. Deliberately naive (arrays of every row and interval).
 */
export interface OracleRow {
  t: number;
  /** trimmed; null: platform-wide */
  service: string | null;
  region: string | undefined;
  /** 'up' or a severity */
  meaning: string;
}

export interface OracleRecord {
  start: number;
  end: number;
  service: string | null;
  severity: string;
  open: boolean;
  region?: string;
}

function median(values: number[]): number {
  const v = values.filter((x) => x > 0).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const h = v.length >> 1;
  return v.length % 2 === 1 ? v[h]! : (v[h - 1]! + v[h]!) / 2;
}

export function oracleRecords(rows: readonly OracleRow[], userMaxGap: number | null = null): OracleRecord[] {
  const latest = Math.max(...rows.map((r) => r.t));
  const streams = new Map<string, OracleRow[]>();
  for (const r of rows) {
    const key = `${r.service}\u0000${r.region}`;
    const s = streams.get(key);
    if (s) s.push(r);
    else streams.set(key, [r]);
  }
  let pairs = 0;
  let repeats = 0;
  const all: number[] = [];
  for (const s of streams.values()) {
    for (let i = 1; i < s.length; i++) {
      pairs++;
      if (s[i]!.meaning === s[i - 1]!.meaning) repeats++;
      all.push(s[i]!.t - s[i - 1]!.t);
    }
  }
  const sample = repeats * 2 > pairs;
  const logMed = median(all);
  const out: OracleRecord[] = [];
  for (const s of streams.values()) {
    let med = median(s.slice(1).map((r, i) => r.t - s[i]!.t));
    if (Number.isNaN(med)) med = logMed;
    const maxGap = userMaxGap ?? (sample && !Number.isNaN(med) ? 5 * med : Infinity);
    const last = s.length - 1;
    // row i covers [t_i, min(t_i+1, t_i + maxGap)); the last row one med (sample) or to the latest (event)
    const cover = s.map((r, i): [number, number] => {
      const reach = i < last ? s[i + 1]!.t - r.t : sample ? (Number.isNaN(med) ? 0 : med) : latest - r.t;
      return [r.t, r.t + Math.min(reach, maxGap)];
    });
    for (let i = 0; i <= last;) {
      let j = i;
      while (j < last && s[j + 1]!.meaning === s[i]!.meaning) j++;
      const { meaning } = s[i]!;
      if (meaning !== 'up') {
        // the run's rows' coverage; touching parts form one record
        const parts: [number, number][] = [];
        for (let k = i; k <= j; k++) {
          const [a, b] = cover[k]!;
          if (b <= a) continue;
          const p = parts.at(-1);
          if (p && p[1] === a) p[1] = b;
          else parts.push([a, b]);
        }
        if (parts.length === 0) parts.push([s[i]!.t, s[i]!.t]);
        parts.forEach(([start, end], k) => {
          const r: OracleRecord = {
            start,
            end,
            service: s[i]!.service,
            severity: meaning,
            open: j === last && k === parts.length - 1,
          };
          out.push(s[i]!.region === undefined ? r : { ...r, region: s[i]!.region });
        });
      }
      i = j + 1;
    }
  }
  return out;
}
