import { spawn, type SpawnOptions } from 'node:child_process';

/**
 * Starts a server process and resolves once its output matches `ready` (its first group the
 * port); `stop()` ends it and its children. Output is kept for the error message.
 */
export async function spawnServer(command: string, args: string[], ready: RegExp, options: SpawnOptions = {}, timeoutMs = 120_000) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start in time:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => reject(error));
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}:\n${output}`)));
  });
  return {
    port,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.pid === undefined) return resolve();
        child.once('exit', () => resolve());
        // The whole group: next dev and the npm shims start children of their own.
        process.kill(-child.pid, 'SIGTERM');
      }),
  };
}
