// Data for the analyze bench row: a 30-question survey (28 ratings, one NPS question,
// one single choice) and N responses as CSV, generated deterministically (mulberry32,
// seed 42) into bench/.cache once per size. Answers are correlated through a latent
// satisfaction so that the statistics are not degenerate; 1% of the responses leave
// one required rating blank (invalid, listed with their row).
import { createWriteStream, existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RATINGS = 28;

export function analyzeSurvey() {
  const lines = [
    'survey bench_analyze {',
    '  title "Bench: 30 questions" en: "Bench: 30 questions"',
    '  languages en',
    '  intro "A generated survey for the analyze benchmark."',
    '  confidentiality "Your answers are kept confidential."',
    '  scale sat5 1..5 {',
    '    5 "Very satisfied"',
    '    4 "Satisfied"',
    '    3 "Neutral"',
    '    2 "Dissatisfied"',
    '    1 "Very dissatisfied"',
    '  }',
    '  choices channel_list {',
    '    web "Web"',
    '    shop "Shop"',
    '    phone "Phone"',
    '    app "App"',
    '  }',
  ];
  for (let i = 1; i <= RATINGS; i++) lines.push(`  rating q${i} "How satisfied are you with aspect ${i}?" on sat5`);
  lines.push('  nps recommend "How likely are you to recommend us?"');
  lines.push('  single channel "Which channel did you use for this purchase?" from channel_list');
  const items = Array.from({ length: RATINGS }, (_, i) => `q${i + 1}`);
  lines.push(`  score overall = mean(${items.join(', ')})`);
  lines.push('  score nps_score = nps(recommend)');
  lines.push('  target nps_score >= 30');
  lines.push('}');
  return lines.join('\n') + '\n';
}

export const analyzeColumns = () => [...Array.from({ length: RATINGS }, (_, i) => `q${i + 1}`), 'recommend', 'channel'];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes (once) the survey and N responses; returns their paths. */
export async function analyzeData(cache, rows) {
  const survey = join(cache, 'bench-analyze.survey');
  writeFileSync(survey, analyzeSurvey());
  const csv = join(cache, `bench-analyze-v2-${rows}.csv`);
  if (existsSync(csv)) return { survey, csv };
  const tmp = `${csv}.part`;
  const out = createWriteStream(tmp);
  const r = rng(42);
  const channels = ['web', 'shop', 'phone', 'app'];
  const write = (s) => (out.write(s) ? undefined : new Promise((ok) => out.once('drain', ok)));
  await write(analyzeColumns().join(',') + '\n');
  let chunk = '';
  for (let n = 0; n < rows; n++) {
    const latent = r() * 4;
    const cells = [];
    for (let i = 0; i < RATINGS; i++) cells.push(String(Math.min(5, Math.max(1, Math.round(1 + latent + (r() - 0.5) * 2)))));
    if (r() < 0.01) cells[Math.floor(r() * RATINGS)] = '';
    cells.push(String(Math.min(10, Math.max(0, Math.round(latent * 2.5 + (r() - 0.5) * 4)))));
    cells.push(channels[Math.floor(r() * 4)]);
    chunk += cells.join(',') + '\n';
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise((ok, fail) => out.end((e) => (e ? fail(e) : ok())));
  renameSync(tmp, csv);
  return { survey, csv };
}
