import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../electron/shared/ipc-contract';
import { slaApi } from './sla-bridge';

/**
 * Runs the application menu's commands with `actions` (menuActions). One subscription for the window's life:
 * it always runs the latest committed actions, so a command never acts on the log shown a render ago.
 */
export function useMenuCommands(actions: Record<MenuCommand, () => void>): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  }, [actions]);
  useEffect(() => slaApi()?.onMenuCommand((e) => latest.current[e.command]?.()), []);
}
