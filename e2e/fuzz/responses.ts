// Responses for the schema properties, made from the semantic model (not from the
// schema, which would be circular): a valid one answers every question a respondent
// would see, with values its kind allows; an invalid one breaks exactly one rule
// that any response schema must enforce.
import type { Expr } from '@survey/syntax';
import { rosterBound, type Question, type Roster, type Survey } from '@survey/compiler';
import { rng, type Rng } from '../../bench/generate.mjs';

export type Answers = Record<string, unknown>;

export interface ResponseNames {
  format: string;
  specifyName: (questionId: string, code: string | number) => string;
}

/** Evaluates a `when` over the answers so far; a comparison with an unanswered item is false. */
export function holds(e: Expr | undefined, answers: Answers): boolean {
  if (!e) return true;
  switch (e.kind) {
    case 'Paren':
      return holds(e.expr, answers);
    case 'Unary':
      return e.op === 'not' ? !holds(e.operand, answers) : false;
    case 'Binary': {
      if (e.op === 'and') return holds(e.left, answers) && holds(e.right, answers);
      if (e.op === 'or') return holds(e.left, answers) || holds(e.right, answers);
      if (!e.right) throw new Error(`condition not supported by the test evaluator: ${e.op}`);
      const value = operand(e.left, answers);
      if (value === undefined) return false;
      const r =
        e.right.kind === 'Number'
          ? e.right.value
          : e.right.kind === 'NameRef'
            ? e.right.name
            : e.right.kind === 'String'
              ? e.right.value
              : undefined;
      switch (e.op) {
        case 'has':
          return Array.isArray(value) && value.includes(r);
        case '==':
          return value === r;
        case '!=':
          return value !== r;
        case '<':
          return (value as number) < (r as number);
        case '<=':
          return (value as number) <= (r as number);
        case '>':
          return (value as number) > (r as number);
        case '>=':
          return (value as number) >= (r as number);
        default:
          throw new Error(`condition not supported by the test evaluator: ${e.op}`);
      }
    }
    case 'Call':
      // answered(q): the only way conditions read files, locations and signatures.
      if (e.callee.name === 'answered' && e.args[0]?.kind === 'NameRef') return answers[e.args[0].name] !== undefined;
      throw new Error(`condition not supported by the test evaluator: ${e.callee.name}()`);
    default:
      throw new Error(`condition not supported by the test evaluator: ${e.kind}`);
  }
}

/** The left side of a comparison: an answer, or a count over a repeat group's instances. */
function operand(e: Expr, answers: Answers): unknown {
  if (e.kind === 'NameRef') return answers[e.name];
  const arg = e.kind === 'Call' && e.callee.name === 'count' ? e.args[0] : undefined;
  if (arg?.kind !== 'NameRef') throw new Error(`condition not supported by the test evaluator: ${e.kind}`);
  const group = arg.qualifier?.name ?? arg.name;
  const instances = (answers[group] as Answers[] | undefined) ?? [];
  // count(members where age < 18): the instances that meet the condition; count(members.age): those that answered.
  if (e.kind === 'Call' && e.where) return instances.filter((i) => holds(e.where?.cond, { ...answers, ...i })).length;
  return arg.qualifier ? instances.filter((i) => i[arg.name] !== undefined).length : instances.length;
}

function substantive(q: Question): number[] {
  return (q.scale?.points ?? []).filter((p) => !p.missing).map((p) => p.value);
}

function answerFor(q: Question, r: Rng, answers: Answers, names: ResponseNames): void {
  const codes = q.choices?.options ?? [];
  const specify = (code: string | number) => {
    if (codes.find((o) => o.code === code)?.specify) answers[names.specifyName(q.id, code)] = '其他 other';
  };
  switch (q.kind) {
    case 'rating':
    case 'nps':
      answers[q.id] = r.pick(substantive(q));
      return;
    case 'matrix':
      for (const row of q.rows) answers[row.id] = r.pick(substantive(q));
      return;
    case 'yesno':
      answers[q.id] = r.pick(['yes', 'no']);
      return;
    case 'single': {
      const code = r.pick(codes).code;
      answers[q.id] = code;
      specify(code);
      return;
    }
    case 'multi':
    case 'ranking': {
      const min = typeof q.min === 'number' ? q.min : 1;
      const max = Math.min(typeof q.max === 'number' ? q.max : codes.length, codes.length);
      const pool = codes.filter((o) => q.kind === 'ranking' || !o.exclusive).map((o) => o.code);
      const n = Math.max(min, Math.min(max, pool.length, r.int(min, max)));
      const chosen = [...pool].sort(() => r.next() - 0.5).slice(0, n);
      answers[q.id] = chosen;
      chosen.forEach(specify);
      return;
    }
    case 'text': {
      const max = typeof q.max === 'number' ? q.max : 50;
      answers[q.id] = '很好 good'.slice(0, Math.max(1, Math.min(max, 7)));
      return;
    }
    case 'number': {
      const lo = typeof q.min === 'number' ? q.min : 0;
      const hi = typeof q.max === 'number' ? q.max : lo + 100;
      answers[q.id] = q.integer ? r.int(Math.ceil(lo), Math.floor(hi)) : lo + (hi - lo) / 2;
      return;
    }
    case 'date':
      answers[q.id] = '2024-05-01';
      return;
    case 'file':
      answers[q.id] = fileAnswer(q);
      return;
    case 'geopoint':
      answers[q.id] = { lat: 31.2304 + r.int(0, 99) / 1000, lon: 121.4737, accuracy: 12, source: 'device' };
      return;
    case 'signature':
      answers[q.id] =
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
      return;
  }
}

/** A small file the question accepts: a type it lists (or an image), with an extension it lists. */
function fileAnswer(q: Question): Record<string, unknown> {
  const accept = q.upload?.accept ?? [];
  const mime = accept.find((a) => !a.startsWith('.'));
  const type = !mime ? 'image/png' : mime.endsWith('/*') ? `${mime.slice(0, -2)}/png` : mime;
  const ext = accept.find((a) => a.startsWith('.')) ?? '.png';
  return { name: `photo${ext}`, type, size: 3, content: 'data:image/png;base64,AAAA' };
}

/** The instances of a repeat group: as many as its count says (within its bound), each answered like a respondent would. */
function instancesOf(roster: Roster, survey: Survey, r: Rng, seen: Answers, names: ResponseNames): Answers[] {
  const bound = rosterBound(roster, survey) ?? 3;
  let options: Array<string | number> = [];
  let n = 0;
  if (roster.count.kind === 'fixed') n = roster.count.n;
  else if (roster.count.kind === 'answer') n = Number(seen[roster.count.source] ?? 0);
  else {
    options = (seen[roster.count.source] as Array<string | number> | undefined) ?? [];
    n = options.length;
  }
  const out: Answers[] = [];
  for (let i = 0; i < Math.min(n, bound); i++) {
    const instance: Answers = roster.count.kind === 'each' ? { _option: options[i] } : {};
    // Questions and nested groups in source order.
    const members = [
      ...roster.questions.map((q) => ({ at: q.node.range.start, q })),
      ...roster.rosters.map((c) => ({ at: c.node.range.start, c })),
    ].sort((a, b) => a.at - b.at);
    for (const m of members) {
      // The group's name is the current option of a loop, else the instance's position.
      const here = { ...seen, ...instance, [roster.id]: roster.count.kind === 'each' ? options[i] : i + 1 };
      if ('q' in m) {
        if (holds(m.q.when, here)) answerFor(m.q, r, instance, names);
      } else instance[m.c.id] = instancesOf(m.c, survey, r, here, names);
    }
    out.push(instance);
  }
  return out;
}

/** A response a respondent could submit: every shown question answered, hidden ones absent. */
export function validResponse(survey: Survey, seed: number, names: ResponseNames): Record<string, unknown> {
  const r = rng(seed);
  const answers: Answers = {};
  // Hidden variables share the answers' namespace: conditions may read them.
  const hidden: Answers = {};
  for (const h of survey.hidden.values()) {
    const codes = h.choices?.options.map((o) => o.code) ?? [];
    hidden[h.id] =
      h.type === 'code' ? r.pick(codes) : h.type === 'number' ? r.int(1, 9) : h.type === 'date' ? '2025-06-30' : `ID-${r.int(1000, 9999)}`;
  }
  for (const q of survey.questions) {
    const seen = { ...hidden, ...answers };
    // A repeat group is answered at its first question, as an array of instances.
    if (q.roster) {
      let top = q.roster;
      while (top.parent) top = top.parent;
      if (answers[top.id] === undefined && holds(q.section.when, seen)) answers[top.id] = instancesOf(top, survey, r, seen, names);
      continue;
    }
    if (!holds(q.section.when, seen) || !holds(q.when, seen)) continue;
    answerFor(q, r, answers, names);
  }
  const response: Record<string, unknown> = { format: names.format, survey: survey.id, language: survey.defaultLanguage, answers };
  if (survey.hidden.size) response.hidden = hidden;
  return response;
}

/** The valid response with one thing broken that every response schema must reject, and what. */
export function invalidResponse(
  survey: Survey,
  valid: Record<string, unknown>,
  seed: number,
): { response: Record<string, unknown>; broken: string } {
  const r = rng(seed);
  const answers = { ...(valid.answers as Answers) };
  const scalar = survey.questions.filter(
    (q) => answers[q.id] !== undefined && (q.kind === 'rating' || q.kind === 'nps' || q.kind === 'single' || q.kind === 'yesno'),
  );
  const requiredUnconditional = survey.questions.filter(
    (q) => q.required && !q.when && !q.section.when && q.kind !== 'matrix' && answers[q.id] !== undefined,
  );
  const options: Array<() => string> = [];
  if (scalar.length) {
    options.push(() => {
      const q = r.pick(scalar);
      answers[q.id] = q.kind === 'rating' || q.kind === 'nps' ? 1000 : 'not-a-code';
      return `${q.id}: a value outside its ${q.kind === 'rating' || q.kind === 'nps' ? 'scale' : 'codes'}`;
    });
    options.push(() => {
      const q = r.pick(scalar);
      answers[q.id] = { value: answers[q.id] };
      return `${q.id}: an object instead of a value`;
    });
  }
  if (requiredUnconditional.length) {
    options.push(() => {
      const q = r.pick(requiredUnconditional);
      delete answers[q.id];
      return `${q.id}: a required answer left out`;
    });
  }
  options.push(() => {
    answers['no_such_question_x'] = 1;
    return 'an answer to a question the survey does not have';
  });
  const broken = r.pick(options)();
  return { response: { ...valid, answers }, broken };
}
