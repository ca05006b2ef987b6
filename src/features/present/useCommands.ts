import { useCallback, useLayoutEffect, useRef } from 'react';
import { type CommandContext, runCommand } from './commands';
import type { Command } from './keymap';

/** A stable `run(command)` that always sees the latest state; keys and buttons share it. False: an open dialog ignored it. */
export function useCommands(context: CommandContext): (command: Command) => boolean {
  const latest = useRef(context);
  useLayoutEffect(() => {
    latest.current = context;
  });
  return useCallback((command: Command) => runCommand(command, latest.current), []);
}
