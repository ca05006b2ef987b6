import { useCallback, useLayoutEffect, useRef } from 'react';
import { type CommandContext, runCommand } from './commands';
import type { Command } from './keymap';

/** A stable `run(command)` that always sees the latest state; keys and buttons share it. */
export function useCommands(context: CommandContext): (command: Command) => void {
  const latest = useRef(context);
  useLayoutEffect(() => {
    latest.current = context;
  });
  return useCallback((command: Command) => runCommand(command, latest.current), []);
}
