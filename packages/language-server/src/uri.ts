// File paths inside the compiler, URIs on the wire. Documents without a file URI
// (VS Code's `untitled:`) get a stable virtual path so they still compile.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const VIRTUAL_ROOT = '/__survey_virtual__/';

export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return resolve(fileURLToPath(uri));
    } catch {
      // fall through to a virtual path
    }
  }
  return resolve(VIRTUAL_ROOT + encodeURIComponent(uri));
}

export function pathToUri(path: string): string {
  if (path.startsWith(resolve(VIRTUAL_ROOT))) return decodeURIComponent(path.slice(resolve(VIRTUAL_ROOT).length + 1));
  return pathToFileURL(path).href;
}
