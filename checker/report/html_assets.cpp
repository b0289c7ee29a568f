#include "report/html_assets.h"

namespace crosscheck {

// System fonts only: the report makes no request of any kind.
const std::string_view kHtmlReportStyle = R"css(
:root { --fail: #b3261e; --unresolved: #8a5300; --waived: #5b5b66; --baselined: #6b4e9b; --pass: #1d6b35;
  --line: #d0d0d7; --soft: #f5f5f8; --mark: #ffe08a; --text: #1b1b1f; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--text);
  margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
code, .path, .hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
.hash { overflow-wrap: anywhere; font-size: .75em; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.meta { color: #55555f; }
[hidden] { display: none !important; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center;
  background: var(--soft); border: 1px solid var(--line); padding: .5rem .75rem; margin: 1rem 0;
  position: sticky; top: 0; z-index: 1; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; }
.filters legend { float: left; font-weight: 600; margin-right: .5rem; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--pass); border-radius: 4px;
  margin: .75rem 0; padding: .25rem .9rem .6rem; }
.finding[data-status="fail"] { border-left-color: var(--fail); }
.finding[data-status="unresolved"] { border-left-color: var(--unresolved); }
.finding[data-status="waived"] { border-left-color: var(--waived); }
.finding[data-status="baselined"] { border-left-color: var(--baselined); }
.finding > summary { cursor: pointer; padding: .35rem 0; }
.badge { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: .8em;
  font-weight: 600; color: #fff; background: var(--pass); text-transform: uppercase; }
.badge.fail { background: var(--fail); }
.badge.unresolved { background: var(--unresolved); }
.badge.waived { background: var(--waived); }
.badge.baselined { background: var(--baselined); }
.badge.sev { background: #fff; color: var(--text); border: 1px solid var(--line); }
.mentions { display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: .75rem; }
.mention { margin: 0; border: 1px solid var(--line); border-radius: 4px; padding: .5rem .7rem;
  background: #fff; }
.mention.primary { border-color: #6b6b78; box-shadow: inset 0 3px 0 #6b6b78; }
.mention figcaption { font-size: .9em; margin-bottom: .35rem; }
.role { font-size: .75em; text-transform: uppercase; letter-spacing: .04em; color: #55555f; }
.passage { margin: .25rem 0 .5rem; padding: .4rem .6rem; background: var(--soft);
  border-left: 3px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
.passage .quote { text-decoration: underline dotted #6b6b78; }
mark { background: var(--mark); padding: 0 .1em; font-weight: 600; }
.mention.other mark { background: #cfe3ff; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0; font-size: .9em; }
dt { color: #55555f; }
dd { margin: 0; overflow-wrap: anywhere; }
.diagnosis li { margin: .2rem 0; }
.help { color: #33333b; }
footer { margin-top: 2rem; color: #55555f; font-size: .85em; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .filters { display: none !important; }
  .finding, .finding[hidden] { display: block !important; break-inside: avoid; }
  .mentions { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
}
)css";

// Filters by status, severity and source; opens every finding for printing. No inline handlers:
// the page's policy would block them.
const std::string_view kHtmlReportScript = R"js(
(function () {
  'use strict';
  var filters = document.getElementById('filters');
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var shown = document.getElementById('shown');
  function checked(name) {
    var set = {};
    filters.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
      if (input.checked) set[input.value] = true;
    });
    return set;
  }
  function apply() {
    var status = checked('status'), severity = checked('severity');
    var source = filters.querySelector('select[name="source"]').value;
    var count = 0;
    findings.forEach(function (f) {
      var ok = status[f.dataset.status] === true && severity[f.dataset.severity] === true &&
        (source === '' || f.dataset.sources.split(' ').indexOf(source) >= 0);
      f.hidden = !ok;
      if (ok) count += 1;
    });
    shown.textContent = count + ' of ' + findings.length + ' checks shown';
  }
  filters.addEventListener('change', apply);
  filters.hidden = false;
  apply();
  var closed = [];
  window.addEventListener('beforeprint', function () {
    findings.forEach(function (f) { if (!f.open) { closed.push(f); f.open = true; } });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (f) { f.open = false; });
    closed = [];
  });
})();
)js";

}  // namespace crosscheck
