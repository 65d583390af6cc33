// The images of image-choice options (`a "红色" en: "Red" image "logos/red.png" alt "…"`),
// read once at build time so that the standalone form embeds them as data URLs. A path is
// relative to the file that declares the option; a `data:` URL is taken as it is. The rules
// report what cannot be used (option-image-*.rule.ts); emitters read `dataUrl` only.
import { dirname, resolve as resolvePath } from 'node:path';
import type { Choice, Survey } from '../model.ts';

/** Reads a file's bytes, or undefined when it cannot be read. */
export type ReadBinary = (path: string) => Uint8Array | undefined;

/** An image larger than this makes the form slow to load on a phone (SVY2125). */
export const IMAGE_WARN_BYTES = 512 * 1024;

/** The MIME type of image bytes, from their signature; undefined for anything else. */
function sniffImage(b: Uint8Array): string | undefined {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => b[i + k] === x);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(b.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if ((head.startsWith('<?xml') || head.startsWith('<svg') || head.startsWith('<!--')) && /<svg[\s>]/.test(head)) return 'image/svg+xml';
  return undefined;
}

const dataUrl = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/i;

/** Decodes a base64 `data:` URL written in the source. */
function fromDataUrl(source: string): Uint8Array | undefined {
  const m = dataUrl.exec(source.replace(/\s+/g, ''));
  return m ? new Uint8Array(Buffer.from(m[2], 'base64')) : undefined;
}

/** Fills in each image option's data URL (or the problem) for every option the survey's questions show. */
export function resolveImages(survey: Survey | undefined, read: ReadBinary | undefined): void {
  if (!survey) return;
  const seen = new Set<Choice>();
  const cache = new Map<string, Uint8Array | undefined>();
  for (const q of survey.questions) {
    for (const o of q.choices?.options ?? []) {
      if (!o.image || seen.has(o)) continue;
      seen.add(o);
      const img = o.image;
      // Found afresh on every compile: the language server's bind cache keeps the model of unchanged options.
      delete img.path;
      delete img.bytes;
      delete img.mime;
      delete img.dataUrl;
      delete img.problem;
      const declaredIn = q.choices?.file ?? q.file;
      let bytes: Uint8Array | undefined;
      if (img.source.startsWith('data:')) bytes = fromDataUrl(img.source);
      else if (img.source.trim()) {
        img.path = resolvePath(dirname(declaredIn), img.source);
        if (!cache.has(img.path)) cache.set(img.path, read?.(img.path));
        bytes = cache.get(img.path);
      }
      if (!bytes) {
        img.problem = img.source.startsWith('data:') ? 'not-image' : 'unreadable';
        continue;
      }
      img.bytes = bytes.length;
      const mime = sniffImage(bytes);
      if (!mime) {
        img.problem = 'not-image';
        continue;
      }
      img.mime = mime;
      img.dataUrl = `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
    }
  }
}
