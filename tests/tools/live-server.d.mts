import type { ChildProcess } from 'node:child_process';

export interface RunningLiveServer {
  port: number;
  url: string;
  process: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startLiveServer(options: { dataDir: string; port?: number; build?: boolean; startTimeoutMs?: number }): Promise<RunningLiveServer>;
