// Test helper: ajv with every vendored HSDS 3.0 schema added under its file name, so that their
// relative `$ref`s (`"schedule.json"`) resolve to one another.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'publish', 'hsds', 'fixtures', 'schema');

/** A validator per HSDS table (`organization`, `schedule`, …) and the nested `service_at_location_list` item. */
export function hsdsValidators(): Record<string, ValidateFunction> {
  // strict: false — the schemas carry Frictionless Data keywords (`constraints`, `core`, `datapackage_type`…).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const names = readdirSync(folder).filter((f) => f.endsWith('.json'));
  for (const file of names) ajv.addSchema(JSON.parse(readFileSync(join(folder, file), 'utf8')), file);
  const validators: Record<string, ValidateFunction> = {};
  for (const file of names) validators[file.replace(/\.json$/, '')] = ajv.getSchema(file) as ValidateFunction;
  validators.service_at_location_list = ajv.compile(
    JSON.parse(readFileSync(join(folder, 'compiled', 'service_at_location_list.json'), 'utf8')),
  );
  return validators;
}
