// Generates every example's response files in memory: compile the survey with the
// compiler, build its analysis configuration and response schema with the emitters,
// simulate respondents and break the planned few. Same seed, same bytes.
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { surveyInputOf } from '@survey/analyze';
import { corrupt } from './corrupt.ts';
import { rng } from './prng.ts';
import type { FileSpec, Profile } from './profile.ts';
import { Simulator, type Kind, type Response } from './simulate.ts';
import { serialise } from './write.ts';

export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  contents: string;
  /** What was planted, for tests: kind per row in file order. */
  kinds: Kind[];
}

function plan(r: ReturnType<typeof rng>, file: FileSpec): Kind[] {
  const kinds: Kind[] = Array.from({ length: file.respondents }, () => 'valid');
  const free = kinds.map((_, i) => i);
  const place = (kind: Kind, n: number) => {
    for (let k = 0; k < n; k++) kinds[free.splice(Math.floor(r.next() * free.length), 1)[0]] = kind;
  };
  place('invalid', file.invalid);
  place('straightline', file.straightline);
  place('too-fast', file.tooFast);
  return kinds;
}

export function generateExample(root: string, profile: Profile): GeneratedFile[] {
  const result = compileFile(join(root, 'examples', profile.example, profile.survey));
  if (!result.ok) throw new Error(`examples/${profile.example}/${profile.survey} does not compile`);
  const input = surveyInputOf(result);
  const sim = new Simulator(input, profile);
  return profile.files.map((file, f) => {
    const r = rng(profile.seed * 1000 + f + 1);
    const kinds = plan(r, file);
    let broken = 0;
    const responses: Response[] = kinds.map((kind, i) => {
      const response = sim.respondent(r, i, file, kind);
      if (kind === 'invalid' && !corrupt(response, input.analysis, broken++))
        throw new Error(`${profile.example}: no way to break a response of this survey`);
      return response;
    });
    return {
      path: `examples/${profile.example}/responses/${file.name}`,
      contents: serialise(file, responses, input.analysis),
      kinds,
    };
  });
}
