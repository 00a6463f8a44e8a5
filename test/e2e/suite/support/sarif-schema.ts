import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';

/** The official SARIF 2.1.0 schema ships with @microsoft/sarif-multitool (a dev dependency). */
const SCHEMA = join('node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');

/** Validates a SARIF log against the official schema; fails with the first errors. */
export function assertValidSarif(log: unknown, repositoryRoot: string): void {
  const schemaPath = join(repositoryRoot, SCHEMA);
  assert.ok(existsSync(schemaPath), `the SARIF schema is missing (${schemaPath}): run npm ci`);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  if (!validate(log)) {
    assert.fail(`invalid SARIF: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
  }
}
