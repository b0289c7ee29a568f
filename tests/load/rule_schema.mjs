// Validates YAML rule files against docs/rule-schema.json with ajv, reading YAML as editors do
// (YAML 1.2 core schema: dates stay text). One JSON line per file: {file, valid, errors}.
// Usage: node rule_schema.mjs NPM_DIR SCHEMA FILE...   or   node rule_schema.mjs NPM_DIR SCHEMA --examples
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [npmDir, schemaPath, ...files] = process.argv.slice(2);
const require = createRequire(resolve(npmDir, 'node_modules') + '/');
const Ajv = require('ajv').default;
const yaml = require('js-yaml');

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false });
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const validate = ajv.compile(schema);

// With --examples: every example the schema gives (what editors show) validates against the part
// of the schema that gives it. One JSON line per bad example, then {examples, invalid}.
if (files[0] === '--examples') {
  let count = 0, invalid = 0;
  const walk = (node, path) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
    if (!node || typeof node !== 'object') return;
    if (path !== '' && Array.isArray(node.examples)) {
      const check = ajv.compile({ ...node, definitions: schema.definitions });
      for (const example of node.examples) {
        ++count;
        if (!check(example)) {
          ++invalid;
          console.log(JSON.stringify({ path, example, errors: check.errors }));
        }
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'examples' && key !== 'enum') walk(value, `${path}/${key}`);
  };
  walk(schema, '');
  console.log(JSON.stringify({ examples: count, invalid }));
  process.exit(0);
}
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
