// File, geopoint and signature questions and option images in the exports, each format
// with what it has: XLSForm/XForm `file`, `image`, `geopoint` and `image` with appearance
// `signature`; SurveyJS `file`, `imagepicker` and `signaturepad` (a location as two typed
// numbers); REDCap `file` and `file` validated as `signature`. What a format lacks is noted.
import type { OptionDoc, QuestionDoc } from '../model.ts';
import type { Notes } from './notes.ts';

type Json = Record<string, unknown>;

const onlyImages = (accept: string[] | undefined) => !!accept?.length && accept.every((a) => a.startsWith('image/'));
const sizeText = (n: number) => `${Math.round((n / 1024 ** 2) * 10) / 10} MB`;

/** The XLSForm type (and appearance) of a file, geopoint or signature question; undefined for other kinds. */
export function xlsformAnswerType(q: QuestionDoc, notes: Notes): { type: string; appearance?: string } | undefined {
  if (q.kind === 'geopoint') return { type: 'geopoint' };
  if (q.kind === 'signature') return { type: 'image', appearance: 'signature' };
  if (q.kind !== 'file') return undefined;
  if (q.maxBytes) notes.add(q.id, `XLSForm has no size limit for a file; the limit (${sizeText(q.maxBytes)}) is not exported.`);
  if (onlyImages(q.accept)) return { type: 'image' };
  if (q.accept?.length)
    notes.add(q.id, `XLSForm's file question takes any file; the accepted types (${q.accept.join(', ')}) are not exported.`);
  return { type: 'file' };
}

/** Option images: XLSForm's media::image needs the image files beside the form. */
export function noteOptionImages(q: QuestionDoc, options: OptionDoc[], notes: Notes, format: string): void {
  if (options.some((o) => o.image))
    notes.add(q.id, `${format} shows option images from files next to the form; the embedded images and their alt text are not exported.`);
}

/** The SurveyJS question of a file, geopoint or signature question; undefined for other kinds. */
export function surveyjsAnswerType(q: QuestionDoc, notes: Notes): Json | undefined {
  if (q.kind === 'file')
    return {
      type: 'file',
      storeDataAsText: true,
      allowMultiple: false,
      ...(q.accept?.length ? { acceptedTypes: q.accept.join(',') } : {}),
      ...(q.maxBytes ? { maxSize: q.maxBytes } : {}),
    };
  if (q.kind === 'signature') return { type: 'signaturepad', dataFormat: 'png', allowClear: true };
  if (q.kind !== 'geopoint') return undefined;
  notes.add(q.id, 'SurveyJS has no location question; it is exported as typed latitude and longitude, without the device position.');
  return {
    type: 'multipletext',
    items: [
      { name: 'lat', title: 'Latitude', inputType: 'number', validators: [{ type: 'numeric', minValue: -90, maxValue: 90 }] },
      { name: 'lon', title: 'Longitude', inputType: 'number', validators: [{ type: 'numeric', minValue: -180, maxValue: 180 }] },
    ],
  };
}

/** Choices of an image-choice question as SurveyJS imagepicker choices (the embedded image as imageLink). */
export function surveyjsImagePicker(q: QuestionDoc, options: OptionDoc[], choices: Json[], notes: Notes): Json | undefined {
  if (!options.some((o) => o.image?.src)) return undefined;
  notes.add(q.id, "SurveyJS's image picker has no alternative text; the option labels stand for the images.");
  return {
    type: 'imagepicker',
    multiSelect: q.kind === 'multi',
    showLabel: true,
    choices: choices.map((c, i) => ({ ...c, ...(options[i]?.image?.src ? { imageLink: options[i].image!.src } : {}) })),
  };
}

/** The REDCap field of a file, geopoint or signature question; undefined for other kinds. */
export function redcapAnswerType(q: QuestionDoc, notes: Notes): Json | undefined {
  if (q.kind === 'signature') return { 'Field Type': 'file', 'Text Validation Type OR Show Slider Number': 'signature' };
  if (q.kind === 'file') {
    if (q.accept?.length || q.maxBytes) notes.add(q.id, 'REDCap file fields have no type or size limit of their own; not exported.');
    return { 'Field Type': 'file' };
  }
  if (q.kind !== 'geopoint') return undefined;
  notes.add(q.id, 'REDCap has no location field; it is exported as a text field for "latitude, longitude".');
  return { 'Field Type': 'text' };
}
