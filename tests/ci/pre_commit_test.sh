#!/usr/bin/env bash
# The pre-commit hooks (.pre-commit-hooks.yaml) as a user runs them: pre-commit, in a scratch git
# repository with a rule file and two articles, using a scratch copy of this repository's hooks
# file as its hook repository (a local clone: no network). crosscheck-lint passes on a good rule
# file and fails on a broken one; crosscheck-check passes when the figures agree and fails when
# they do not. Skips when pre-commit is absent.
# Usage: pre_commit_test.sh CROSSCHECK_DIR SOURCE_DIR SCRATCH_DIR
set -uo pipefail
bin_dir=$1 source=$2 scratch=$3
command -v pre-commit >/dev/null || { echo "pre-commit test skipped: pre-commit missing (scripts/setup.sh installs it)"; exit 0; }
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$scratch" && mkdir -p "$scratch"
export PATH="$bin_dir:$PATH" PRE_COMMIT_HOME="$scratch/cache" HOME="$scratch" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.invalid GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.invalid
git() { command git -c init.defaultBranch=main -c advice.detachedHead=false "$@"; }

hooks=$scratch/hooks
mkdir -p "$hooks"
cp "$source/.pre-commit-hooks.yaml" "$hooks/"
{ git -C "$hooks" init -q && git -C "$hooks" add -A && git -C "$hooks" commit -qm hooks; } || fail "hooks repository"
rev=$(git -C "$hooks" rev-parse HEAD)

project=$scratch/project
mkdir -p "$project/rules" "$project/articles"
cat >"$project/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: crosscheck-lint
      - id: crosscheck-check
YAML
echo "The ministry counted 1,200 visitors at the fair in 2023." >"$project/articles/ministry.txt"
echo "Organisers said 1,200 visitors came to the fair." >"$project/articles/paper.txt"
cat >"$project/rules/fair.yaml" <<'YAML'
crosscheck: 1
title: The fair
sources:
  ministry: {path: ../articles/ministry.txt}
  paper: {path: ../articles/paper.txt}
claims:
  visitors:
    about: visitors at the fair
    mentions:
      ministry: "1,200 visitors at the fair"
      paper: "1,200 visitors came"
YAML
{ git -C "$project" init -q && git -C "$project" add -A && git -C "$project" commit -qm start; } || fail "project repository"

hook() {  # runs one hook over every file; its output in $scratch/out, its status in $status
  (cd "$project" && pre-commit run "$1" --all-files) >"$scratch/out" 2>&1
  status=$?
}

hook crosscheck-lint
((status == 0)) || { cat "$scratch/out"; fail "lint failed on a good rule file"; }
hook crosscheck-check
((status == 0)) || { cat "$scratch/out"; fail "check failed on agreeing figures"; }

# A broken rule file: lint fails and says where.
printf 'crosscheck: 1\nsources:\n  paper: {path: ../articles/paper.txt, publsher: x}\n' >"$project/rules/broken.yaml"
git -C "$project" add -A
hook crosscheck-lint
((status != 0)) || fail "lint passed a broken rule file"
grep -q "rules/broken.yaml:3:40: error: unknown key 'publsher'; did you mean 'publisher'?" "$scratch/out" ||
  { cat "$scratch/out"; fail "lint does not say where the error is"; }
git -C "$project" rm -q -f rules/broken.yaml

# Figures that disagree: lint passes (the file is well formed), check fails.
echo "Organisers said 2,100 visitors came to the fair." >"$project/articles/paper.txt"
sed -i 's/"1,200 visitors came"/"2,100 visitors came"/' "$project/rules/fair.yaml"
git -C "$project" add -A
hook crosscheck-lint
((status == 0)) || { cat "$scratch/out"; fail "lint failed on a well-formed rule file"; }
hook crosscheck-check
((status != 0)) || fail "check passed figures that disagree"
grep -q "error\[disagree\]: visitors" "$scratch/out" || { cat "$scratch/out"; fail "check does not name the claim"; }
echo "pre-commit test passed"
