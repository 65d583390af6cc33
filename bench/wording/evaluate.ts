// Precision and recall of the wording rules on bench/wording's corpus.
//   npx tsx --conditions=@survey/source bench/wording/evaluate.ts            # table
//   … evaluate.ts --misses                                                   # and every text scored wrong
//   … evaluate.ts --json                                                     # for bench/run.mjs
import { renderScores, scoreCorpus } from './score.ts';

const args = new Set(process.argv.slice(2));
const scores = [scoreCorpus('en', 'dev'), scoreCorpus('zh', 'dev'), scoreCorpus('en', 'holdout'), scoreCorpus('zh', 'holdout')];
if (args.has('--json')) {
  process.stdout.write(JSON.stringify({ scores, table: renderScores(scores) }) + '\n');
} else {
  process.stdout.write(renderScores(scores) + '\n');
  if (args.has('--misses'))
    for (const s of scores)
      for (const m of s.misses) process.stdout.write(`${s.lang} ${s.set}: expected [${m.expected}] got [${m.got}]  ${m.text}\n`);
}
