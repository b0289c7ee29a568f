// Throughput of the Recognizers-Text suite (English number, percent and currency models) on the
// benchmark corpus. It is far slower than a scanner, so it reads the corpus line by line from the
// start until a time budget is spent and reports MB/s over what it read. Lines, not paragraphs or the
// whole text: its time grows faster than the length of its input (a 22 KB paragraph of the PDF
// article takes minutes), and it was made for short utterances — lines are its best case.
// Usage: node recognizers_bench.js NODE_MODULES_DIR CORPUS [SECONDS]
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, corpusPath, secondsArg] = process.argv.slice(2);
if (!modules || !corpusPath) {
  console.error('usage: node recognizers_bench.js NODE_MODULES_DIR CORPUS [SECONDS]');
  process.exit(2);
}
const load = (name) => require(path.join(path.resolve(modules), '@microsoft', name));
load('recognizers-text-suite');  // the package measured; the models below are its parts
const N = load('recognizers-text-number');
const U = load('recognizers-text-number-with-unit');

const numbers = new N.NumberRecognizer(N.Culture.English);
const models = [
  numbers.getNumberModel(),
  numbers.getPercentageModel(),
  new U.NumberWithUnitRecognizer(U.Culture.English).getCurrencyModel(),
];
const budget = Number(secondsArg || 20) * 1000;
const lines = fs.readFileSync(corpusPath, 'utf8').split('\n');

models.forEach((m) => m.parse('warm up: $5 million, 40 percent, twenty-one.'));
let bytes = 0;
let results = 0;
let read = 0;
// CPU time, as for the other two readers: the machine may be shared.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const start = cpuMs();
let elapsed = 0;
for (const p of lines) {
  for (const m of models) results += m.parse(p).length;
  bytes += Buffer.byteLength(p, 'utf8') + 1;
  read += 1;
  elapsed = cpuMs() - start;
  if (elapsed >= budget) break;
}
const mbPerS = bytes / (1024 * 1024) / (elapsed / 1000);
console.log(JSON.stringify({ bytes, lines: read, results, seconds: elapsed / 1000, mb_per_s: mbPerS }));
