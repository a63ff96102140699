import { useCallback, useRef, useState } from 'react';

export interface UiNotice {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
}

/** Short messages in a live region: info fades after a while, errors stay until dismissed. */
export function useNotices(): {
  notices: UiNotice[];
  notify: (level: UiNotice['level'], text: string) => void;
  dismiss: (id: number) => void;
} {
  const [notices, setNotices] = useState<UiNotice[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((ns) => ns.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (level: UiNotice['level'], text: string) => {
      const id = next.current++;
      setNotices((ns) => [...ns.slice(-3), { id, level, text }]);
      if (level !== 'error') setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  return { notices, notify, dismiss };
}
