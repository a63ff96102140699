/**
 * The bounds every hostile input must stay inside (docs/hostile-input.md states them for users).
 * They are enforced on the CLI child process, never measured as a duration inside a test:
 * - time: the child is killed after CHILD_TIMEOUT_MS; a killed child fails the test;
 * - V8 heap: `--max-old-space-size=HEAP_MB`; going over aborts the child, which fails the test;
 * - resident memory: the child reports its peak RSS on exit (rss-probe.mjs) and it must stay under RSS_MB,
 *   which also catches memory outside the V8 heap (Buffers, zlib output).
 */
export const CHILD_TIMEOUT_MS = 60_000;
export const HEAP_MB = 256;
export const RSS_MB = 512;
/** stdout kept from the child; a report bigger than this is itself a finding */
export const STDOUT_LIMIT_BYTES = 64 * 1024 * 1024;
/** an error line longer than this echoes the input instead of describing it */
export const MESSAGE_MAX_CHARS = 1000;
