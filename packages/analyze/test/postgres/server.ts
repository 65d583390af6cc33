// A throwaway PostgreSQL server for tests: initdb into a temp folder, listening only on
// a unix socket in that folder, trust authentication. PostgreSQL refuses to run as root,
// so under uid 0 (CI) the server runs as the `postgres` user the Debian package creates
// (or `nobody`) through setpriv. stop() always removes the folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const PORT = '5433';
const USER = 'survey';

export interface PgServer {
  /** Runs SELECT statements (without their ';') in one psql session; one result set each, rows of strings (null for NULL). */
  run(statements: string[]): Array<Array<Record<string, string | null>>>;
  /** Runs a psql script (meta-commands allowed) and fails on the first error. */
  script(text: string): string;
  stop(): void;
}

function asUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (r.status === 0) {
      const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim();
      return { uid: Number(r.stdout.trim()), gid: Number(gid) };
    }
  }
  throw new Error('running as root and there is no postgres or nobody user to run PostgreSQL as');
}

function server(cmd: string, args: string[], user: { uid: number; gid: number } | undefined, cwd: string): void {
  const [file, argv] = user
    ? ['setpriv', [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', join(PG_BIN, cmd), ...args]]
    : [join(PG_BIN, cmd), args];
  const r = spawnSync(file, argv, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', HOME: cwd } });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout || r.error?.message}`);
}

const SEP = '\u001f';
const REC = '\u001e';
const NULL = '\u0001NULL';
const MARK = '@@result@@';

export function startPostgres(): PgServer {
  const dir = mkdtempSync(join(tmpdir(), 'pg-'));
  const data = join(dir, 'data');
  const user = asUser();
  let started = false;
  const stop = () => {
    try {
      if (started) server('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w'], user, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    if (user) chownSync(dir, user.uid, user.gid);
    server('initdb', ['-D', data, '-U', USER, '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], user, dir);
    const opts = `-c listen_addresses='' -k ${dir} -p ${PORT} -c fsync=off`;
    server('pg_ctl', ['start', '-D', data, '-w', '-l', join(dir, 'log'), '-o', opts], user, dir);
    started = true;
  } catch (e) {
    stop();
    throw e;
  }
  const psql = (input: string, extra: string[]) =>
    execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', dir, '-p', PORT, '-U', USER, '-d', 'postgres', ...extra, '-f', '-'], {
      input,
      encoding: 'utf8',
      cwd: dir,
      maxBuffer: 1 << 28,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  return {
    script: (text) => psql(text, []),
    run(statements) {
      const text = statements.map((s) => `\\echo ${MARK}\n${s};\n`).join('');
      const out = psql(text, ['-A', '-F', SEP, '-R', REC, '-P', 'footer=off', '-P', `null=${NULL}`]);
      return out
        .split(`${MARK}\n`)
        .slice(1)
        .map((block) => {
          const lines = block.replace(/\n$/, '').split(REC);
          const header = lines[0].split(SEP);
          return lines.slice(1).map((l) => {
            const cells = l.split(SEP);
            return Object.fromEntries(header.map((h, i) => [h, cells[i] === NULL ? null : cells[i]]));
          });
        });
    },
    stop,
  };
}
