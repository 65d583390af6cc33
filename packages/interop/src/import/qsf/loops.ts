// Qualtrics loop and merge (a block's `Options.Looping` with its `LoopingOptions`) as a
// repeat group around the block's questions, and the piped text inside it:
// - `Static` (a fixed list of loop rows) → a counted group, one instance per row;
// - `Question` over `q://QIDn/ChoiceGroup/SelectedChoices` of a multiple-choice
//   question → `for each n`, one instance per chosen option;
// - `Question` over `q://QIDn/LoopAndMerge/MergeOnNumericResponse?v=N` → `for n`, as many
//   instances as the number answered (at most N, written as `max N` when the question
//   does not already bound it).
// Piped text: `${lm://Field/1}` in a loop over answers is the current option's label,
// `{group}`; `${lm://CurrentLoopNumber}` in a counted loop is the instance's position,
// `{group}`; `${q://QIDn/ChoiceGroup/SelectedChoices}` and `${q://QIDn/ChoiceTextEntryValue}`
// of an earlier question are `{id}`. Any other piped text has no equivalent: it is kept
// in square brackets and reported.
import type { ImportedQuestion, ImportedRoster } from '../ir.ts';

type J = Record<string, unknown>;

/** A block's loop read from its options; `notes` say what could not be mapped (without a roster, the block is asked once). */
interface BlockLoop {
  roster?: ImportedRoster;
  /** The values of each loop row's fields (`Static`), for the notes. */
  fields: string[][];
  notes: string[];
}

/**
 * `sourceOf(qid)`: the earlier imported question a loop is based on.
 * `id`: takes the repeat group's id (only when there is one).
 */
export function blockLoop(block: J, id: () => string, sourceOf: (qid: string) => ImportedQuestion | undefined): BlockLoop | undefined {
  const options = (block.Options ?? {}) as J;
  const looping = String(options.Looping ?? 'None');
  if (looping === 'None' || looping === '' || looping === 'false') return undefined;
  const lo = (options.LoopingOptions ?? {}) as J;
  const rows = Object.entries((lo.Static ?? {}) as Record<string, unknown>).filter(([k]) => /^\d+$/.test(k));
  const fields = rows.map(([, r]) =>
    Object.entries((r && typeof r === 'object' ? r : {}) as Record<string, unknown>)
      .filter(([k]) => /^\d+$/.test(k))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => String(v ?? '')),
  );
  const notes: string[] = [];
  if (lo.Randomization && lo.Randomization !== 'None') notes.push(`the loop's random order (${String(lo.Randomization)}) not imported`);
  const make = (count: string, max?: number): BlockLoop => ({
    roster: { id: id(), count, ...(max !== undefined ? { max } : {}), comments: [] },
    fields,
    notes,
  });
  if (looping === 'Static') {
    if (rows.length < 1 || rows.length > 100)
      return { fields, notes: [...notes, `loop over ${rows.length} fixed rows not imported (a group repeats 1 to 100 times)`] };
    return make(String(rows.length));
  }
  if (looping === 'Question') {
    const locator = String(lo.Locator ?? lo.ChoiceGroupLocator ?? '');
    const choices = /^q:\/\/(QID\d+)\/ChoiceGroup\/(\w+)$/.exec(locator);
    const numeric = /^q:\/\/(QID\d+)\/LoopAndMerge\/MergeOnNumericResponse(?:\?v=(\d+))?$/.exec(locator);
    const source = sourceOf(choices?.[1] ?? numeric?.[1] ?? String(lo.QID ?? ''));
    if (choices && choices[2] === 'SelectedChoices' && source?.kind === 'multi') return make(`for each ${source.id}`);
    if (numeric && source?.kind === 'number') {
      const cap = numeric[2] ? Number(numeric[2]) : rows.length || undefined;
      const own = typeof source.max === 'number' && source.max >= 1 && source.max <= 100 ? source.max : undefined;
      // The rows Qualtrics offers cap the loop; the question's own `max` bounds it when it is lower.
      let max: number | undefined;
      if (cap !== undefined && (own === undefined || cap < own)) max = Math.min(Math.max(cap, 1), 100);
      else if (own === undefined) max = 100;
      return make(`for ${source.id}`, max);
    }
    const what = choices ? `the ${choices[2]} of ${choices[1]}${source ? ` (${source.kind} ${source.id})` : ''}` : `'${locator}'`;
    return {
      fields,
      notes: [
        ...notes,
        `loop over ${what} not imported: only the chosen options of an earlier multiple-choice question or an earlier number map`,
      ],
    };
  }
  return { fields, notes: [...notes, `loop type ${looping} not imported`] };
}

/** Rewrites Qualtrics piped text (`${…}`) into our pipes; `report` gets what has no equivalent. */
export function qsfPipes(
  s: string,
  loop: ImportedRoster | undefined,
  idOf: (qid: string) => string | undefined,
  report: (pipe: string, why: string) => void,
): string {
  return s.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    const field = /^lm:\/\/Field\/(\d+)$/.exec(inner);
    const each = loop?.count.startsWith('for each ');
    if (loop && field && field[1] === '1' && each) return `{${loop.id}}`;
    if (loop && inner === 'lm://CurrentLoopNumber' && !each) return `{${loop.id}}`;
    const q = /^q:\/\/(QID\d+)\/(ChoiceGroup\/SelectedChoices|ChoiceTextEntryValue)$/.exec(inner);
    const id = q ? idOf(q[1]) : undefined;
    if (id) return `{${id}}`;
    report(
      whole,
      field && loop && !each
        ? `piped loop field ${field[1]} kept as text: a counted group pipes its position, not its rows' values`
        : field || inner.startsWith('lm://')
          ? 'piped loop value kept as text: no equivalent here'
          : 'piped text kept as text: no equivalent',
    );
    return `[${inner}]`;
  });
}
