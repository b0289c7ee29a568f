#!/usr/bin/env bash
# The GitHub Action's script (scripts/github-action.sh) run as a runner runs it: in a scratch
# workspace holding the example rules and articles, with GITHUB_WORKSPACE, RUNNER_TEMP,
# GITHUB_STEP_SUMMARY and GITHUB_OUTPUT set and the inputs passed as action.yml passes them.
# Usage: github_action_test.sh CROSSCHECK SOURCE_DIR SCRATCH_DIR
set -uo pipefail
bin=$1 source=$2 scratch=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$scratch" && mkdir -p "$scratch"
ws=$scratch/workspace
mkdir -p "$ws/fixtures" "$scratch/temp"
cp -r "$source/rules" "$ws/"
cp -r "$source/fixtures/articles" "$source/fixtures/tables" "$ws/fixtures/"

# Runs the script with the runner's variables and the given inputs (NAME=VALUE ...); the result
# is in $status, $scratch/stdout, $scratch/summary.md and $scratch/output.
run_action() {
  : >"$scratch/summary.md"
  : >"$scratch/output"
  env -i PATH="$PATH" HOME="$scratch" GITHUB_ACTIONS=true GITHUB_WORKSPACE="$ws" RUNNER_TEMP="$scratch/temp" \
    GITHUB_STEP_SUMMARY="$scratch/summary.md" GITHUB_OUTPUT="$scratch/output" "$@" \
    bash "$source/scripts/github-action.sh" >"$scratch/stdout" 2>"$scratch/stderr"
  status=$?
}
has() { grep -q -- "$2" "$scratch/$1" || fail "$1 lacks '$2'"; }

# 1. The examples, as the action's defaults run them: the seed articles contradict each other.
run_action INPUT_CROSSCHECK="$bin" INPUT_RULES="rules/"
((status == 1)) || fail "examples: exit $status, expected 1"
has output '^exit-code=1$'
has output '^sarif=crosscheck.sarif$'
has stdout '^::error file=fixtures/articles/diplomat-2015-09-vietnam-japan-partnership.txt,line=27,'
has stdout 'error\[disagree\]: hospital_oda'  # the console report, for the log
has summary.md '^## crosscheck: '
has summary.md '^| fail | 2 |'
[[ -s $ws/crosscheck.sarif ]] || fail "no SARIF report"
cmp "$ws/crosscheck.sarif" "$source/reports/seed.sarif" || fail "the SARIF report differs from reports/seed.sarif"
[[ -z $(ls "$scratch/temp") ]] || fail "temporary files left in RUNNER_TEMP"

# 2. fail-on never, more reports, no SARIF, no annotations, no summary; rules given as two paths
# on two lines.
run_action INPUT_CROSSCHECK="$bin" INPUT_FAIL_ON=never INPUT_SARIF=false INPUT_ANNOTATIONS=false \
  INPUT_SUMMARY=false INPUT_REPORTS="json=out/report.json
junit=out/report.xml" INPUT_RULES="rules/vietnam-japan-2015.yaml
rules/vietnam-japan-2021-2023.yaml"
((status == 0)) || fail "fail-on never: exit $status, expected 0"
has output '^exit-code=0$'
grep -q '^sarif=' "$scratch/output" && fail "a SARIF output with sarif: false"
grep -q '^::' "$scratch/stdout" && fail "annotations with annotations: false"
[[ -s $scratch/summary.md ]] && fail "a summary with summary: false"
[[ -s $ws/out/report.json && -s $ws/out/report.xml ]] || fail "the extra reports were not written"

# 3. fail-on warning with extra arguments passed through.
run_action INPUT_CROSSCHECK="$bin" INPUT_FAIL_ON=warning INPUT_ARGS="--jobs 1 --as-of 2015-09-15"
((status == 1)) || fail "fail-on warning: exit $status, expected 1"

# 4. A rule file that does not load: exit 2, the error annotated on the rule file and summarised.
printf 'crosscheck: 1\ntitel: oops\n' >"$ws/broken.yaml"
run_action INPUT_CROSSCHECK="$bin" INPUT_RULES=broken.yaml
((status == 2)) || fail "broken rule file: exit $status, expected 2"
has output '^exit-code=2$'
has stdout "^::error file=broken.yaml,line=2,col=1,title=crosscheck::unknown key 'titel'; did you mean 'title'?"
has summary.md 'nothing was checked'
has summary.md "broken.yaml:2:1: error: unknown key 'titel'"

# 5. No crosscheck on the PATH and none named: a clear error, exit 2.
PATH=/usr/bin:/bin run_action
((status == 2)) || fail "no binary: exit $status, expected 2"
has stdout '^::error title=crosscheck::crosscheck is not on the PATH'
has output '^exit-code=2$'

# action.yml passes every input the script reads, under the name the script reads it by.
if python3 -c 'import yaml' 2>/dev/null; then
  python3 - "$source" <<'PY' || fail "action.yml and scripts/github-action.sh disagree"
import re, sys, yaml
source = sys.argv[1]
action = yaml.safe_load(open(f"{source}/action.yml"))
script = open(f"{source}/scripts/github-action.sh").read()
step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
passed = {k: v for k, v in step["env"].items()}
read = set(re.findall(r"INPUT_[A-Z_]+", script))
ok = True
for name in action["inputs"]:
    var = "INPUT_" + name.upper().replace("-", "_")
    if name in ("upload-sarif", "build"):  # used by the action's own steps
        continue
    if passed.get(var) != "${{ inputs.%s }}" % name:
        print(f"action.yml does not pass input {name} as {var}"); ok = False
    if var not in read:
        print(f"the script does not read {var}"); ok = False
for var in read - set(passed):
    print(f"the script reads {var}, which action.yml does not pass"); ok = False
sys.exit(0 if ok else 1)
PY
fi
echo "github action test passed"
