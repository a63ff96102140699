import { z } from 'zod';
import { ImportError } from '../../../model/import-result';

/** One series of an instant vector: its labels and the value at the evaluation time. */
export interface VectorSample {
  metric: Record<string, string>;
  value: number;
}

/** One series of a range vector: its labels and its raw samples (ms since epoch, value). */
export interface MatrixSeries {
  metric: Record<string, string>;
  times: number[];
  values: number[];
}

const labels = z.record(z.string(), z.string());
const point = z.tuple([z.number(), z.string()]);
const answer = z.object({
  status: z.enum(['success', 'error']),
  error: z.string().optional(),
  errorType: z.string().optional(),
  data: z.unknown().optional(),
});
const vector = z.object({
  resultType: z.literal('vector'),
  result: z.array(z.object({ metric: labels, value: point })),
});
const matrix = z.object({
  resultType: z.literal('matrix'),
  result: z.array(z.object({ metric: labels, values: z.array(point) })),
});
const buildInfo = z.object({ version: z.string() });

/**
 * The server's URL as messages, logs and reports show it: user and password left out (`***@`), and with them
 * the query string, which the API requests do not send (they are joined under the path). An address that does
 * not parse is shown as typed: the message about it must name it.
 */
export function shownUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const login = u.username !== '' || u.password !== '' ? '***@' : '';
  const path = u.pathname === '/' && !url.endsWith('/') ? '' : u.pathname;
  return `${u.protocol}//${login}${u.host}${path}`;
}

/** The URL without its user and password: a settings or report file is no place for a secret. */
export function withoutLogin(url: string): string {
  const u = new URL(url);
  if (u.username === '' && u.password === '') return url;
  u.username = '';
  u.password = '';
  return u.toString();
}

/** Prometheus answers in seconds with millisecond digits; rounding gives back the instant it stored. */
const ms = (seconds: number): number => Math.round(seconds * 1000);

/** "1", "0", "NaN", "+Inf": the API writes sample values as strings. */
const sampleValue = (text: string): number => Number(text);

export interface PrometheusClientOptions {
  /** the server's base URL, e.g. http://127.0.0.1:9090 */
  url: string;
  /** one request's limit; the server is also asked to give up after it */
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * The HTTP API of a Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics) over Node's
 * fetch. It keeps what the report's source info shows: every PromQL query issued and the bytes received. Every
 * failure is an ImportError with one line for people (server unreachable, query refused, time out).
 */
export class PrometheusClient {
  /** bytes of the response bodies received (as decoded, so at least what crossed the wire when compressed) */
  bytes = 0;
  readonly queries: string[] = [];
  /** the URL as messages show it (shownUrl) */
  readonly url: string;
  private readonly base: URL;
  /** Basic credentials given in the URL, sent as a header: fetch refuses a URL that holds them */
  private readonly authorization: string | undefined;

  constructor(private readonly opts: PrometheusClientOptions) {
    let base: URL;
    try {
      base = new URL(opts.url);
    } catch {
      throw new ImportError(`--prometheus: "${opts.url}" is not a URL (expected e.g. http://127.0.0.1:9090)`);
    }
    this.url = shownUrl(opts.url);
    if (base.protocol !== 'http:' && base.protocol !== 'https:') {
      throw new ImportError(`--prometheus: "${this.url}" is not an http(s) URL`);
    }
    if (base.hostname === '') throw new ImportError(`--prometheus: "${this.url}" names no server`);
    if (base.username !== '' || base.password !== '') {
      const pair = `${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`;
      this.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
      base.username = '';
      base.password = '';
    }
    // a server behind a path prefix (http://host/prometheus) keeps it: the API paths are joined under it
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.base = base;
  }

  /** The server's version string, or null when it does not say (some proxies in front of it do not). */
  async version(): Promise<string | null> {
    const data = await this.call('api/v1/status/buildinfo', null, 'the build information');
    const info = buildInfo.safeParse(data);
    return info.success ? info.data.version : null;
  }

  /** An instant query whose answer is an instant vector (the per-period counts). */
  async vector(query: string, timeMs: number): Promise<VectorSample[]> {
    const data = await this.call('api/v1/query', { query, time: (timeMs / 1000).toFixed(3) }, query);
    const v = vector.safeParse(data);
    if (!v.success) throw this.unexpected(query, 'an instant vector');
    return v.data.result.map((r) => ({ metric: r.metric, value: sampleValue(r.value[1]) }));
  }

  /** An instant query whose answer is a range vector: raw samples with their own timestamps. */
  async matrix(query: string, timeMs: number): Promise<MatrixSeries[]> {
    const data = await this.call('api/v1/query', { query, time: (timeMs / 1000).toFixed(3) }, query);
    const m = matrix.safeParse(data);
    if (!m.success) throw this.unexpected(query, 'a range vector');
    return m.data.result.map((r) => ({
      metric: r.metric,
      times: r.values.map((p) => ms(p[0])),
      values: r.values.map((p) => sampleValue(p[1])),
    }));
  }

  private unexpected(query: string, wanted: string): ImportError {
    return new ImportError(`${this.url}: the answer to ${query} is not ${wanted}`);
  }

  /** POSTs a form (long queries stay out of the URL) and returns the API's `data`; the query is recorded. */
  private async call(path: string, form: Record<string, string> | null, what: string): Promise<unknown> {
    const url = new URL(path, this.base);
    if (form) {
      this.queries.push(form.query!);
      // the server stops the query at the same limit, so it does not go on working for nobody
      form = { ...form, timeout: `${Math.ceil(this.opts.timeoutMs / 1000)}s` };
    }
    const timeout = AbortSignal.timeout(this.opts.timeoutMs);
    const signal = this.opts.signal ? AbortSignal.any([this.opts.signal, timeout]) : timeout;
    let body: ArrayBuffer;
    let status: number;
    try {
      const res = await fetch(url, {
        method: form ? 'POST' : 'GET',
        headers: {
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...(this.authorization ? { authorization: this.authorization } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
        signal,
      });
      status = res.status;
      body = await res.arrayBuffer();
    } catch (e) {
      if (this.opts.signal?.aborted) throw e;
      if (timeout.aborted) {
        throw new ImportError(
          `${this.url}: no answer within ${this.opts.timeoutMs / 1000} s to ${what}; ` +
            'narrow the query or the range, or raise --timeout',
        );
      }
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new ImportError(
        `cannot reach the Prometheus server at ${this.url} (${cause?.code ?? cause?.message ?? (e as Error).message})`,
      );
    }
    this.bytes += body.byteLength;
    let json: z.infer<typeof answer>;
    try {
      json = answer.parse(JSON.parse(new TextDecoder().decode(body)));
    } catch {
      throw new ImportError(`${this.url}: HTTP ${status} from ${url.pathname} is not a Prometheus API answer`);
    }
    if (json.status === 'error') {
      if (json.errorType === 'timeout') {
        throw new ImportError(`${this.url}: the server timed out on ${what}; narrow the query or the range`);
      }
      throw new ImportError(
        `${this.url}: the server refused ${what}: ${json.error ?? json.errorType ?? `HTTP ${status}`}`,
      );
    }
    return json.data;
  }
}
