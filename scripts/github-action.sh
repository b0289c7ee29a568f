#!/usr/bin/env bash
# The GitHub Action (action.yml) as a script: runs `crosscheck check` in the workspace with a
# SARIF report, GitHub annotations and a Markdown job summary, and exits as `check` does (0, 1 when
# a finding at or above fail-on failed, 2 on a usage, rule-file or input error).
#
# Inputs, as action.yml passes them (empty means the default):
#   INPUT_RULES        rule files or folders, separated by white space or new lines (default: rules)
#   INPUT_FAIL_ON      error | warning | info | never (default: error)
#   INPUT_SARIF        the SARIF report's path, relative to the workspace (default: crosscheck.sarif;
#                      'false' for none)
#   INPUT_REPORTS      more --report requests (FORMAT=FILE), separated by white space or new lines
#   INPUT_ANNOTATIONS  'true' (default) writes ::error/::warning workflow commands
#   INPUT_SUMMARY      'true' (default) appends the Markdown report to $GITHUB_STEP_SUMMARY
#   INPUT_CROSSCHECK   the binary (default: crosscheck on the PATH)
#   INPUT_ARGS         more arguments for `check` (--as-of, --rates, --baseline, ...)
# The runner's variables used: GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT.
# Outputs (to $GITHUB_OUTPUT): exit-code, sarif (the report's path, when written).
set -uo pipefail

workspace=${GITHUB_WORKSPACE:-$PWD}
temp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
fail_on=${INPUT_FAIL_ON:-error}
sarif=${INPUT_SARIF:-crosscheck.sarif}
annotations=${INPUT_ANNOTATIONS:-true}
summary=${INPUT_SUMMARY:-true}

output() { [[ -n ${GITHUB_OUTPUT:-} ]] && echo "$1=$2" >>"$GITHUB_OUTPUT"; return 0; }
finish() {
  output exit-code "$1"
  exit "$1"
}

bin=${INPUT_CROSSCHECK:-}
if [[ -z $bin ]]; then
  bin=$(command -v crosscheck) || {
    echo "::error title=crosscheck::crosscheck is not on the PATH; install it (see the README) or set the 'crosscheck' input"
    finish 2
  }
fi

cd "$workspace" || { echo "::error title=crosscheck::cannot enter the workspace $workspace"; finish 2; }

read -r -d '' -a rules <<<"${INPUT_RULES:-rules}"
read -r -d '' -a extra_reports <<<"${INPUT_REPORTS:-}"
read -r -d '' -a extra_args <<<"${INPUT_ARGS:-}"

args=(check "${rules[@]}" --fail-on "$fail_on" --report console)
[[ $annotations == true ]] && args+=(--report github)
if [[ $sarif != false && -n $sarif ]]; then
  mkdir -p "$(dirname "$sarif")"
  args+=(--report "sarif=$sarif")
fi
markdown=
if [[ $summary == true && -n ${GITHUB_STEP_SUMMARY:-} ]]; then
  markdown=$(mktemp "$temp/crosscheck-summary.XXXXXX")
  args+=(--report "markdown=$markdown")
fi
for r in "${extra_reports[@]}"; do
  [[ $r == *=* ]] && mkdir -p "$(dirname "${r#*=}")"
  args+=(--report "$r")
done
args+=("${extra_args[@]}")

echo "crosscheck ${args[*]}"
errors=$(mktemp "$temp/crosscheck-errors.XXXXXX")
"$bin" "${args[@]}" 2>"$errors"
status=$?
cat "$errors" >&2

# A rule file that does not load (exit 2) says where on stderr, as file:line:column: error: ...;
# the same lines become annotations on the rule file and a list in the summary.
if ((status == 2)); then
  if [[ $annotations == true ]]; then
    sed -nE 's/^([^:]+):([0-9]+):([0-9]+): error: (.*)$/::error file=\1,line=\2,col=\3,title=crosscheck::\4/p' "$errors"
  fi
  if [[ $summary == true && -n ${GITHUB_STEP_SUMMARY:-} ]]; then
    {
      echo "## crosscheck: nothing was checked"
      echo
      echo "\`crosscheck check\` exited 2: a usage, rule-file or input error."
      echo
      echo '```'
      cat "$errors"
      echo '```'
    } >>"$GITHUB_STEP_SUMMARY"
  fi
elif [[ -n $markdown && -s $markdown ]]; then
  cat "$markdown" >>"$GITHUB_STEP_SUMMARY"
fi
rm -f "$errors" ${markdown:+"$markdown"}

[[ $sarif != false && -n $sarif && -f $sarif ]] && output sarif "$sarif"
finish "$status"
