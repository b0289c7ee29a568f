// Opens HTML reports in headless Chromium (Debian's, through playwright-core) and checks what a
// reader's browser would do with them: no script from document text runs, no request leaves the
// page, the page's own script and style are allowed by its policy, the filters work, and printing
// hides the filters. Saves a screenshot of each report.
//
//   CROSSCHECK_NPM_DIR=build/npm node html_report.browser.mjs OUT_DIR REPORT.html...
// playwright-core is loaded from CROSSCHECK_NPM_DIR/node_modules (default build/npm, where
// scripts/setup.sh installs it). Exits 0 when every check passes; prints "N passed, N failed".
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const npmDir = path.resolve(process.env.CROSSCHECK_NPM_DIR || 'build/npm');
const { chromium } = createRequire(path.join(npmDir, 'package.json'))('playwright-core');

const [outDir, ...reports] = process.argv.slice(2);
if (!outDir || reports.length === 0) {
  console.error('usage: node html_report.browser.mjs OUT_DIR REPORT.html...');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) {
    passed += 1;
  } else {
    failed += 1;
    console.error(`FAIL: ${what}`);
  }
}

for (const report of reports) {
  const name = path.basename(report, '.html');
  const url = pathToFileURL(path.resolve(report)).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  const dialogs = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(200);

  check(await page.evaluate(() => window.__pwned === undefined), `${name}: a script from document text ran`);
  check(dialogs.length === 0, `${name}: dialogs opened: ${dialogs.join(' | ')}`);
  check(requests.length === 1 && requests[0] === url, `${name}: requests besides the file: ${requests.join(' ')}`);
  // A policy violation (our own blocks refused, or anything else) shows as a console error.
  check(problems.length === 0, `${name}: ${problems.join(' | ')}`);
  check(await page.evaluate(() => getComputedStyle(document.body).maxWidth !== 'none'),
    `${name}: the inline style sheet was not applied`);

  // The filters: shown by the script, and they change what is shown.
  const filters = page.locator('#filters');
  check(await filters.isVisible(), `${name}: the filters are not shown (the script did not run)`);
  const visible = () => page.locator('.finding:visible').count();
  const all = await page.locator('.finding').count();
  check(await visible() === all, `${name}: not every check is shown at first`);
  check((await page.locator('#shown').textContent()) === `${all} of ${all} checks shown`, `${name}: the count line`);
  for (const status of ['fail', 'unresolved', 'waived', 'pass']) {
    const n = await page.locator(`.finding[data-status="${status}"]`).count();
    await page.locator(`#filters input[name="status"][value="${status}"]`).uncheck();
    check(await visible() === all - n, `${name}: unchecking ${status} hides its ${n} checks`);
    await page.locator(`#filters input[name="status"][value="${status}"]`).check();
  }
  const errors = await page.locator('.finding[data-severity="error"]').count();
  await page.locator('#filters input[name="severity"][value="error"]').uncheck();
  check(await visible() === all - errors, `${name}: unchecking error hides its ${errors} checks`);
  await page.locator('#filters input[name="severity"][value="error"]').check();
  const sources = await page.locator('#filters select[name="source"] option').evaluateAll(
    (options) => options.map((o) => o.value).filter((v) => v !== ''));
  for (const source of sources) {
    await page.locator('#filters select[name="source"]').selectOption(source);
    const shownSources = await page.locator('.finding:visible').evaluateAll(
      (fs) => fs.map((f) => f.dataset.sources.split(' ')));
    const expected = await page.locator('.finding').evaluateAll(
      (fs, s) => fs.filter((f) => f.dataset.sources.split(' ').includes(s)).length, source);
    check(shownSources.every((s) => s.includes(source)) && shownSources.length === expected,
      `${name}: choosing source ${source} shows just its checks`);
  }
  await page.locator('#filters select[name="source"]').selectOption('');
  check(await visible() === all, `${name}: all sources again`);

  // Document text stays text: the hostile passages are visible as written.
  const body = await page.locator('body').innerText();
  if (name.includes('hostile')) {
    // Quotes of a rule file are shown as written, tags and all; a source's passages as a reader
    // sees them (its tags are markup), but what is text there stays text.
    if (name.startsWith('discover') || name.startsWith('verify'))
      check(body.includes(']]>'), `${name}: the CDATA end of the source is not shown as text`);
    else
      check(body.includes('<script>'), `${name}: the escaped script tag is not shown as text`);
    check(await page.locator('main script, section script, details script').count() === 0,
      `${name}: a script element inside the findings`);
  }
  check(await page.locator('[onerror], [onclick], [onload]').count() === 0, `${name}: an inline handler`);
  check(await page.locator('mark').count() > 0 || all === 0, `${name}: no figure is marked`);

  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });

  // Printing: the filters go, every finding is open and shown.
  await page.locator('#filters input[name="status"][value="pass"]').uncheck();
  await page.emulateMedia({ media: 'print' });
  check(!(await filters.isVisible()), `${name}: the filters are printed`);
  check(await visible() === all, `${name}: a filtered-out check is not printed`);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  check(await page.locator('details.finding:not([open])').count() === 0, `${name}: a closed check when printing`);
  await page.pdf({ path: path.join(outDir, `${name}.pdf`) });
  await page.close();
}

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
