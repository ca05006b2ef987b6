import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Starts `server/live.mjs` on 127.0.0.1 and resolves once it prints its address. Port 0 takes a
 * free port; pass the port it got to start it again on the same one (clients reconnect to it).
 * `build: false` skips the app build, for tests and benches that only need the sync endpoint.
 * It is killed if it does not start within `startTimeoutMs`, and when this process exits.
 */
export function startLiveServer({ dataDir, port = 0, build = true, startTimeoutMs = 20_000 }) {
  const args = [join(projectRoot, 'server', 'live.mjs'), '--port', String(port), '--host', '127.0.0.1', '--data', dataDir];
  if (!build) args.push('--no-build');
  const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => {
    output += chunk.toString();
  };
  child.stderr.on('data', collect);
  // A test runner that times out or exits must not leave the server running behind it.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  child.once('exit', () => process.off('exit', killChild));
  return new Promise((resolve, reject) => {
    const tooLong = setTimeout(() => {
      killChild();
      reject(new Error(`live server did not start within ${startTimeoutMs} ms: ${output}`));
    }, startTimeoutMs);
    const onExit = (code) => {
      clearTimeout(tooLong);
      reject(new Error(`live server exited with ${code}: ${output}`));
    };
    child.once('exit', onExit);
    child.stdout.on('data', (chunk) => {
      collect(chunk);
      const match = /On this laptop:\s+http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(tooLong);
      child.off('exit', onExit);
      child.stdout.removeAllListeners('data');
      child.stdout.on('data', collect);
      const actualPort = Number(match[1]);
      resolve({
        port: actualPort,
        url: `http://127.0.0.1:${actualPort}`,
        process: child,
        output: () => output,
        /** Resolves once the process has exited (SIGTERM saves every room first). */
        stop(signal = 'SIGTERM') {
          if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
          const exited = new Promise((done) => child.once('exit', done));
          child.kill(signal);
          return exited;
        },
      });
    });
  });
}
