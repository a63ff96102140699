import { createContext } from 'react';

/**
 * How the print view knows its charts have drawn: each chart announces itself with `expect()` while it mounts
 * and calls the returned function from Chart.js's afterRender hook. The document waits for all of them before it
 * tells the printer it is ready, so no timer guesses when drawing is over.
 */
export interface DrawTracker {
  expect(): () => void;
}

export function createDrawTracker(): { tracker: DrawTracker; allDrawn: () => Promise<void> } {
  const pending: Promise<void>[] = [];
  const tracker: DrawTracker = {
    expect() {
      let done!: () => void;
      pending.push(new Promise<void>((resolve) => (done = resolve)));
      return done;
    },
  };
  return { tracker, allDrawn: () => Promise.all(pending).then(() => undefined) };
}

export const DrawTrackerContext = createContext<DrawTracker | null>(null);
