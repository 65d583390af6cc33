// A one-shot compile (the CLI's `check` and `build`, which compile each file once) keeps
// nothing for a later compile: once the rules have run, the wording data of every text
// (text sites, token lists and the matches remembered per token list) and the tables of
// per-string results are let go, so what follows (reporting, the emitters) runs beside
// the model only. The language server keeps them: its next compile reuses them.
import type { Binding } from './binder/bind.ts';
import { clearMemos } from './memo.ts';
import { forgetTexts } from './wording/texts.ts';
import { clearTokenCaches } from './wording/tokenize.ts';

export function releaseCompileCaches(binding: Binding): void {
  forgetTexts(binding);
  clearTokenCaches();
  clearMemos();
}
