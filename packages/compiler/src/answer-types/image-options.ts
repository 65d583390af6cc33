// Every option with an image that a question of the survey shows, once (a shared list
// used by two questions is one set of options), with the file that declares it.
import type { Choice, ChoiceImage, Survey } from '../model.ts';

export function imageOptions(survey: Survey | undefined): Array<{ option: Choice; image: ChoiceImage; file: string }> {
  const out: Array<{ option: Choice; image: ChoiceImage; file: string }> = [];
  const seen = new Set<Choice>();
  for (const q of survey?.questions ?? []) {
    for (const o of q.choices?.options ?? []) {
      if (!o.image || seen.has(o)) continue;
      seen.add(o);
      out.push({ option: o, image: o.image, file: q.choices?.file ?? q.file });
    }
  }
  return out;
}
