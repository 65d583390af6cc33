// File paths inside the compiler, URIs on the wire. A document that is not a file
// still needs a path whose folder is where its imports are: a `git:` document (VS
// Code's "Open Changes", `git:/dir/a.survey?{"path":"/dir/a.survey","ref":"HEAD"}`)
// stands for a file, so it gets a path beside that file (`/dir/a.survey#git:HEAD`,
// never on disk, never the file's own path, which the working copy may hold). An
// `untitled:` document gets a path in the first workspace folder (or beside the
// file it names, `untitled:/dir/new.survey`). Anything else without a file behind
// it gets a stable path under a virtual root. Every such path maps back to its URI.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

const VIRTUAL_ROOT = '/__survey_virtual__/';
/** Paths made up for documents that are not files, back to their URIs. */
const madeUp = new Map<string, string>();

export function uriToPath(uri: string, roots: readonly string[] = []): string {
  if (uri.startsWith('file:')) {
    try {
      return resolve(fileURLToPath(uri));
    } catch {
      // fall through to a virtual path
    }
  }
  const path = standsFor(uri, roots) ?? resolve(VIRTUAL_ROOT + encodeURIComponent(uri));
  madeUp.set(path, uri);
  return path;
}

export function pathToUri(path: string): string {
  const known = madeUp.get(path);
  if (known) return known;
  if (path.startsWith(resolve(VIRTUAL_ROOT))) return decodeURIComponent(path.slice(resolve(VIRTUAL_ROOT).length + 1));
  return pathToFileURL(path).href;
}

/** True for a made-up path with no folder to resolve imports in (an untitled document, no workspace). */
export function isUnplaced(path: string): boolean {
  return path.startsWith(resolve(VIRTUAL_ROOT));
}

/** The made-up path of a document without a file, placed where its imports resolve. */
function standsFor(uri: string, roots: readonly string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return undefined;
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  const ref = (tag: string) => `#${scheme}${tag ? ':' + tag.replace(/[\\/]/g, '_') : ''}`;
  if (scheme === 'untitled') {
    const named = decodeURIComponent(parsed.pathname);
    if (isAbsolute(named) && named.includes('/')) return resolve(named) + ref('');
    const folder = roots[0];
    return folder ? join(resolve(folder), (basename(named) || 'untitled') + ref('')) : undefined;
  }
  // git:, gitlens:, vscode-scm … : the query names the file (git's extension puts it in JSON).
  let file = decodeURIComponent(parsed.pathname);
  let tag = '';
  try {
    const q = JSON.parse(decodeURIComponent(parsed.search.slice(1))) as { path?: unknown; ref?: unknown };
    if (typeof q.path === 'string') file = q.path;
    if (typeof q.ref === 'string') tag = q.ref;
  } catch {
    // no JSON query: the URI's own path
  }
  if (!isAbsolute(file) || file === '/') return undefined;
  return join(dirname(resolve(file)), basename(file) + ref(tag));
}
