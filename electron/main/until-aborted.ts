/**
 * `work`, or a rejection with `cancelled()` as soon as `signal` aborts, whichever comes first. The work itself is
 * not stopped here: the caller stops what it can (a window closed, an engine ended) and drops the rest's answer.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, cancelled: () => Error): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    // the work's own failure, if it comes, is no one's to hear now
    work.catch(() => undefined);
    return Promise.reject(cancelled());
  }
  let stop = (): void => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    const abort = () => reject(cancelled());
    signal.addEventListener('abort', abort, { once: true });
    stop = () => signal.removeEventListener('abort', abort);
  });
  work.catch(() => undefined);
  return Promise.race([work, aborted]).finally(stop);
}
