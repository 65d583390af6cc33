// Fourslash-style tests, after TypeScript's: a folder of `.survey` files with
// markers `/*name*/` at cursor positions. The markers are removed, the files are
// served from memory to a Workspace and opened in it, and each expectation asks
// the server's own feature functions what they answer at a marker.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ResponseError, type CompletionItem, type Position, type TextEdit } from 'vscode-languageserver';
import { Workspace, completion, definition, hover, pathToUri, prepareRename, references, rename, uriToPath } from '../../src/index.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'fourslash');
const MARKER = /\/\*([A-Za-z0-9_]+)\*\//g;

export interface Spot {
  path: string;
  offset: number;
}

export class Fourslash {
  readonly ws: Workspace;
  readonly texts = new Map<string, string>();
  readonly markers = new Map<string, Spot>();

  constructor(readonly name: string) {
    const dir = join(FIXTURES, name);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.survey'))) {
      const path = `/fourslash/${name}/${file}`;
      let text = readFileSync(join(dir, file), 'utf8');
      for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
        if (this.markers.has(m[1])) throw new Error(`marker ${m[1]} appears twice`);
        this.markers.set(m[1], { path, offset: m.index });
        text = text.slice(0, m.index) + text.slice(m.index + m[0].length);
        MARKER.lastIndex = m.index;
      }
      this.texts.set(path, text);
    }
    this.ws = new Workspace({ disk: { readFile: (p) => this.texts.get(p) } });
    for (const [path, text] of this.texts) this.ws.set(pathToUri(path), text, 1);
  }

  spot(marker: string): Spot {
    const s = this.markers.get(marker);
    if (!s) throw new Error(`no marker ${marker} in fixture ${this.name}`);
    return s;
  }

  position(marker: string): Position {
    const s = this.spot(marker);
    return this.positionAt(s.path, s.offset);
  }

  positionAt(path: string, offset: number): Position {
    return this.ws.result(path).files.get(path)!.parse.lineMap.position(offset);
  }

  offsetAt(path: string, p: Position): number {
    return this.ws.result(path).files.get(path)!.parse.lineMap.offset(p);
  }

  /** `trigger`: the trigger character the client sends (a space, a parenthesis). */
  completions(marker: string, trigger?: string): CompletionItem[] {
    return completion(this.ws, this.spot(marker).path, this.position(marker), trigger);
  }

  labels(marker: string, trigger?: string): string[] {
    return this.completions(marker, trigger).map((i) => i.label);
  }

  hoverText(marker: string): string | undefined {
    const h = hover(this.ws, this.spot(marker).path, this.position(marker));
    return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : undefined;
  }

  /** Where go-to-definition lands, as a spot (compare with `spot(otherMarker)`). */
  definition(marker: string): Spot[] {
    return definition(this.ws, this.spot(marker).path, this.position(marker)).map((l) => this.toSpot(l.uri, l.range.start));
  }

  references(marker: string): Spot[] {
    return references(this.ws, this.spot(marker).path, this.position(marker), true).map((l) => this.toSpot(l.uri, l.range.start));
  }

  canRename(marker: string): boolean {
    return this.renameRefusal(marker) === undefined && prepareRename(this.ws, this.spot(marker).path, this.position(marker)) !== null;
  }

  /** The message prepareRename refuses with at a marker (undefined when it does not refuse). */
  renameRefusal(marker: string): string | undefined {
    try {
      prepareRename(this.ws, this.spot(marker).path, this.position(marker));
      return undefined;
    } catch (e) {
      if (e instanceof ResponseError) return e.message;
      throw e;
    }
  }

  /** Applies the rename's edits in memory; returns where the edits start and the new texts. */
  rename(marker: string, newName: string): { spots: Spot[]; texts: Map<string, string> } {
    const edit = rename(this.ws, this.spot(marker).path, this.position(marker), newName);
    const spots: Spot[] = [];
    const texts = new Map(this.texts);
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
      const path = uriToPath(uri);
      spots.push(...edits.map((e) => this.toSpot(uri, e.range.start)));
      texts.set(
        path,
        applyEdits(texts.get(path)!, edits, (p) => this.offsetAt(path, p)),
      );
    }
    return { spots: spots.sort(bySpot), texts };
  }

  /** Marker names whose spots equal the given spots, for readable assertions. */
  names(spots: Spot[]): string[] {
    return spots.map((s) => [...this.markers].find(([, m]) => m.path === s.path && m.offset === s.offset)?.[0] ?? `${s.path}@${s.offset}`);
  }

  private toSpot(uri: string, p: Position): Spot {
    const path = uriToPath(uri);
    return { path, offset: this.offsetAt(path, p) };
  }
}

const bySpot = (a: Spot, b: Spot) => (a.path === b.path ? a.offset - b.offset : a.path < b.path ? -1 : 1);

export function applyEdits(text: string, edits: TextEdit[], offsetOf: (p: Position) => number): string {
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  for (const e of sorted) text = text.slice(0, offsetOf(e.range.start)) + e.newText + text.slice(offsetOf(e.range.end));
  return text;
}
