// Survey JSON of the answer types: a file question's accepted types and size limit, and an
// option's image (its source as written, the embedded data URL and its alt text).
import type { Choice, Question, Survey } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { ordered } from '../common/texts.ts';

export function uploadJson(q: Question) {
  if (!q.upload) return {};
  return { accept: q.upload.accept.length ? q.upload.accept : undefined, maxBytes: q.upload.maxBytes };
}

export function optionImageJson(o: Choice, survey: Survey) {
  if (!o.image) return undefined;
  return compact({ source: o.image.source, src: o.image.dataUrl, alt: ordered(o.image.alt, survey.languages) });
}
