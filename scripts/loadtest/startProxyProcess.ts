import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./proxyProcess.ts', import.meta.url));

/** Starts one proxy process (tsx) and resolves with its URL once it listens. */
export async function startProxyProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`proxy process did not start: ${output}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`proxy process exited with ${code}: ${output}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    alive: () => child.exitCode === null && child.signalCode === null,
    stats: async () => (await (await fetch(`${url}/__stats`)).json()) as { rssBytes: number; heapUsedBytes: number; events: Record<string, number> },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
