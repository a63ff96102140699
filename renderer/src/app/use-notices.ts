import { useCallback, useRef, useState } from 'react';

export interface UiNotice {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
  /** a button beside the text, e.g. "Open" after an export */
  action?: { label: string; run: () => void };
}

/** Short messages in a live region: info fades after a while, errors stay until dismissed. */
export function useNotices(): {
  notices: UiNotice[];
  notify: (level: UiNotice['level'], text: string, action?: UiNotice['action']) => void;
  dismiss: (id: number) => void;
} {
  const [notices, setNotices] = useState<UiNotice[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((ns) => ns.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (level: UiNotice['level'], text: string, action?: UiNotice['action']) => {
      const id = next.current++;
      setNotices((ns) => [...ns.slice(-3), action ? { id, level, text, action } : { id, level, text }]);
      // a notice with a button stays a little longer: the user has to reach it
      if (level !== 'error') setTimeout(() => dismiss(id), action ? 15000 : 6000);
    },
    [dismiss],
  );
  return { notices, notify, dismiss };
}
