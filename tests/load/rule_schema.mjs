// Validates YAML rule files against docs/rule-schema.json with ajv, reading YAML as editors do
// (YAML 1.2 core schema: dates stay text). One JSON line per file: {file, valid, errors}.
// Usage: node rule_schema.mjs NPM_DIR SCHEMA FILE...
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [npmDir, schemaPath, ...files] = process.argv.slice(2);
const require = createRequire(resolve(npmDir, 'node_modules') + '/');
const Ajv = require('ajv').default;
const yaml = require('js-yaml');

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
for (const file of files) {
  let data;
  try {
    data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (e) {
    console.log(JSON.stringify({ file, valid: false, yaml_error: String(e.message).split('\n')[0], errors: [] }));
    continue;
  }
  const valid = validate(data);
  const errors = (validate.errors || []).map(e => ({ path: e.instancePath, keyword: e.keyword, params: e.params, message: e.message }));
  console.log(JSON.stringify({ file, valid, errors }));
}
