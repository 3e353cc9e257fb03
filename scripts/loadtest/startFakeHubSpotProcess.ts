import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeHubSpotOptions } from './startFakeHubSpot';

const entry = fileURLToPath(new URL('./fakeHubSpotProcess.ts', import.meta.url));

export interface FakeReport {
  busiestWindow: number;
  log: { at: number; method: string; path: string; status: number }[];
  bookings: { email: string }[];
}

/** The fake HubSpot as a child process, with its controls (down/up, the report) over HTTP. */
export async function startFakeHubSpotProcess(options: Omit<FakeHubSpotOptions, 'control'>) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env: { ...process.env, FAKE_OPTIONS: JSON.stringify(options) }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`fake HubSpot did not start: ${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`fake HubSpot exited with ${code}`)));
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
  const control = async (path: string) => (await fetch(`${url}/__control/${path}`)).json();
  return {
    url,
    setDown: (down: boolean) => control(down ? 'down' : 'up'),
    report: () => control('report') as Promise<FakeReport>,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
