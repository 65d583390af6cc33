// ajv as a consumer would run it: draft 2020-12, strict mode, formats. Only tests use ajv.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasDir } from './load.ts';

type AjvInstance = InstanceType<typeof Ajv2020>;

export function makeAjv(allErrors = true): AjvInstance {
  const ajv = new Ajv2020({ strict: true, allErrors });
  (addFormats as unknown as (a: AjvInstance) => void)(ajv);
  return ajv;
}

export function published(name: 'survey' | 'analysis'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(schemasDir, `${name}-v1.schema.json`), 'utf8'));
}

/** An ajv with both published schemas loaded (analysis refers to survey's $defs). */
export function publishedAjv(): AjvInstance {
  const ajv = makeAjv();
  ajv.addSchema(published('survey'));
  ajv.addSchema(published('analysis'));
  return ajv;
}

export function errorsText(ajv: AjvInstance): string {
  return ajv.errorsText(ajv.errors, { separator: '\n' });
}
