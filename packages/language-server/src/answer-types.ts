// The editor's view of file, geopoint and signature questions and option images: completion
// of common `accept` types and of size units after `max 5` in a file question, and the hover
// lines that say what such a question accepts and what its answer holds.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { formatBytes, sizeUnits, type Question } from '@survey/compiler';

/** Accepted types a file question commonly lists, written as the strings `accept` takes. */
const commonTypes: Array<[string, string]> = [
  ['image/*', 'any image (photo)'],
  ['application/pdf', 'PDF documents'],
  ['.pdf', 'files ending in .pdf'],
  ['audio/*', 'any audio recording'],
  ['video/*', 'any video'],
  ['text/csv', 'CSV tables'],
];

export function acceptItems(): CompletionItem[] {
  return commonTypes.map(([type, doc]) => ({
    label: JSON.stringify(type),
    insertText: JSON.stringify(type),
    kind: CompletionItemKind.Value,
    documentation: doc,
  }));
}

export function sizeUnitItems(): CompletionItem[] {
  return Object.entries(sizeUnits).map(([unit, bytes]) => ({
    label: unit,
    kind: CompletionItemKind.Unit,
    documentation: `${bytes.toLocaleString('en')} bytes`,
  }));
}

/** Hover lines for a file, geopoint or signature question, and for image options. */
export function answerTypeLines(q: Question): string[] {
  const images = q.choices?.options.filter((o) => o.image).length ?? 0;
  if (images) return ['', `${images} option${images > 1 ? 's' : ''} shown as ${images > 1 ? 'images' : 'an image'}`];
  if (q.kind === 'file' && q.upload)
    return [
      '',
      `accepts ${q.upload.accept.length ? q.upload.accept.map((a) => '`' + a + '`').join(', ') : 'any file'}, at most ${formatBytes(q.upload.maxBytes ?? 0)}`,
      'answer: name, type, size and content (a data URL)',
    ];
  if (q.kind === 'geopoint') return ['', 'answer: latitude, longitude and accuracy, from the device or typed in'];
  if (q.kind === 'signature') return ['', 'answer: the signature as a PNG image (drawn, or a typed name)'];
  return [];
}
