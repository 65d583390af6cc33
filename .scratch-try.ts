import { readFileSync } from 'node:fs';
import { importSurvey } from '@survey/interop';
for (const f of ['hotel-en.lss', 'canteen-zh.lss']) {
  const p = '/work/main/packages/interop/test/fixtures/import/' + f;
  const r = await importSurvey(p, readFileSync(p));
  console.log(r.text); console.log(r.problems, r.errors.map((e) => e.message));
}
