// moto_server (moto 5, on the machine's Python) as a second STS that nobody here wrote: started on
// a free 127.0.0.1 port, with moto's request recorder on, and stopped again. It implements STS and
// IAM but checks no token, trust policy or signature; the local STS (sts-server.ts) stays the one
// for faults and limits.

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** moto_server's path, or undefined where it is not installed. */
export const MOTO_SERVER: string | undefined = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
})();

/** A session moto issued, from its own record (/moto-api/data.json). */
export interface MotoSession {
  readonly access_key_id: string;
  readonly secret_access_key: string;
  readonly session_token: string;
  readonly arn: string;
  readonly role_arn: string;
  readonly session_name: string;
}

export interface MotoServer {
  readonly url: string;
  /** The sessions moto issued (AssumeRole and AssumeRoleWithWebIdentity), in order. */
  sessions(): Promise<MotoSession[]>;
  /** The STS actions moto received, in order, from its request recorder. */
  actions(): string[];
  close(): Promise<void>;
}

/** The Action of each recorded request (the recorder keeps bodies base64-encoded). */
function recordedActions(file: string): string[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { body: string; body_encoded: boolean; url: string })
    .filter((r) => !r.url.includes('/moto-api/'))
    .map((r) => {
      const body = r.body_encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body;
      return new URLSearchParams(body).get('Action') ?? '';
    });
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`moto_server did not start: ${seen}`)), 15_000);
    const read = (d: Buffer) => {
      seen += d.toString();
      const url = /Running on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`moto_server exited (${code}): ${seen}`)));
  });
}

export async function startMotoServer(): Promise<MotoServer> {
  if (!MOTO_SERVER) throw new Error('moto_server is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'moto-'));
  const record = join(dir, 'requests.jsonl');
  const child = spawn(MOTO_SERVER, ['-H', '127.0.0.1', '-p', '0'], {
    env: { ...process.env, MOTO_ENABLE_RECORDING: 'True', MOTO_RECORDER_FILEPATH: record },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await listening(child);
  return {
    url,
    async sessions() {
      const data = (await (await fetch(`${url}/moto-api/data.json`)).json()) as {
        sts?: { AssumedRole?: MotoSession[] };
      };
      return data.sts?.AssumedRole ?? [];
    },
    actions: () => recordedActions(record),
    close: () =>
      new Promise((done) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}
