import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';

/** The server under test, as its own process (`diplograph serve --no-local`), so that an exit shows. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  exited: () => number | null;
  stop(): Promise<void>;
}

export async function startServerProcess(port: number, env: Record<string, string> = {}): Promise<ServerProcess> {
  const bin = resolve(__dirname, '..', '..', 'bin', 'diplograph.js');
  const child = spawn(process.execPath, [bin, 'serve', '--no-local'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let exitCode: number | null = null;
  child.on('exit', (code, signal) => (exitCode = code ?? (signal ? 128 : 1)));
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-4000)));
  // SERVER_LOG=FILE keeps the server's log (what it masked for clients, with context) for a look afterwards.
  if (process.env.SERVER_LOG) child.stderr!.pipe(createWriteStream(process.env.SERVER_LOG));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s: ${stderr}`)), 120_000);
    child.stdout!.on('data', (chunk) => {
      const match = /serving (http:\/\/\S+)/.exec(String(chunk));
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.on('exit', () => reject(new Error(`the server exited: ${stderr}`)));
  });
  return {
    url,
    child,
    exited: () => exitCode,
    async stop() {
      if (exitCode !== null) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await done;
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export async function post(url: string, body: unknown, token?: string): Promise<{ status: number; text: string; ms: number }> {
  const began = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - began };
}
