// The questions as the page carries them, and back. Most of a large survey's questions
// answer one property named after themselves on a scale many questions share, so the
// page leaves out what the runtime can put back exactly: `names` equal to `[id]`, a scale
// question's codes and missing codes (once per scale in `scales`), yes/no's codes, and
// `required` when true (most questions are), and a question's `number` when it is one more
// than the previous question's (the first question's previous number is 0).
// `unpackQuestions` restores every question as `runtimeQuestion` made it.
import type { Code, RuntimeData, RuntimeQuestion } from './data.ts';
import { packOptionTexts, unpackOptionTexts } from './pack-options.ts';

export interface PackedScale {
  codes: Code[];
  missing?: number[];
}

export type PackedQuestion = Omit<RuntimeQuestion, 'names' | 'required' | 'number'> & {
  names?: string[];
  required?: boolean;
  number?: number;
};

/** The survey data as written into the page. */
export type PageData = Omit<RuntimeData, 'questions'> & {
  questions: PackedQuestion[];
  scales?: Record<string, PackedScale>;
  /** Questions whose option texts are those of another question (pack-options.ts). */
  sameOptions?: Record<string, string[]>;
};

export function packData(data: RuntimeData): PageData {
  const { questions, scales } = packQuestions(data.questions);
  const { texts, sameOptions } = packOptionTexts(data.texts, data.questions);
  const page: PageData = { ...data, texts, questions };
  if (Object.keys(scales).length) page.scales = scales;
  if (Object.keys(sameOptions).length) page.sameOptions = sameOptions;
  return page;
}

export function unpackData(page: PageData): RuntimeData {
  const { scales, sameOptions, ...rest } = page;
  const data = { ...rest, questions: unpackQuestions(page.questions, scales) };
  if (sameOptions) unpackOptionTexts(data.texts, data.questions, sameOptions);
  return data;
}

const YESNO: Code[] = ['yes', 'no'];
const same = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

export function packQuestions(questions: readonly RuntimeQuestion[]): { questions: PackedQuestion[]; scales: Record<string, PackedScale> } {
  const scales: Record<string, PackedScale> = {};
  let previous = 0;
  const packed = questions.map((q) => {
    const scale =
      q.scale && q.codes ? (scales[q.scale] ??= q.missing ? { codes: q.codes, missing: q.missing } : { codes: q.codes }) : undefined;
    const derived = scale ? same(scale.codes, q.codes) && same(scale.missing, q.missing) : q.kind === 'yesno' && same(q.codes, YESNO);
    // A copy member by member (quicker than object rest for thousands of questions).
    const p: Record<string, unknown> = {};
    for (const k in q) {
      const v = q[k as keyof RuntimeQuestion];
      if (k === 'names') {
        if (q.names.length !== 1 || q.names[0] !== q.id) p.names = v;
      } else if (k === 'required') {
        if (!v) p.required = false;
      } else if (k === 'number') {
        if (v !== previous + 1) p.number = v;
      } else if (!(derived && (k === 'codes' || k === 'missing'))) p[k] = v;
    }
    previous = q.number;
    return p as PackedQuestion;
  });
  return { questions: packed, scales };
}

export function unpackQuestions(questions: readonly PackedQuestion[], scales: Record<string, PackedScale> = {}): RuntimeQuestion[] {
  let previous = 0;
  return questions.map((p) => {
    const q = { ...p, required: p.required ?? true, names: p.names ?? [p.id], number: p.number ?? previous + 1 } as RuntimeQuestion;
    previous = q.number;
    if (q.codes === undefined) {
      const s = q.scale !== undefined ? scales[q.scale] : undefined;
      if (s) {
        q.codes = [...s.codes];
        if (s.missing) q.missing = [...s.missing];
      } else if (q.kind === 'yesno') q.codes = [...YESNO];
    }
    return q;
  });
}
