#!/usr/bin/env bash
# The Debian package as a user gets it: built by cpack from an existing build tree, its metadata and
# file list read back with dpkg-deb, unpacked into a scratch root with dpkg -x, and the unpacked
# binary run on the example rules, which must give the committed seed reports byte for byte.
# Usage: package_test.sh BUILD_DIR SOURCE_DIR SCRATCH_DIR
set -euo pipefail
build=$1 source=$2 scratch=$3
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "package test skipped: $tool missing"; exit 0; }
done
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$scratch" && mkdir -p "$scratch"
(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack"; }
debs=("$scratch"/out/*.deb)
((${#debs[@]} == 1)) || fail "expected one .deb, got ${debs[*]}"
deb=${debs[0]}

info=$(dpkg-deb -I "$deb")
echo "$info"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == crosscheck ]] || fail "Package"
version=$(grep -oP 'project\(crosscheck VERSION \K[0-9.]+' "$source/CMakeLists.txt")
[[ $(field Version) == "$version" ]] || fail "Version $(field Version), expected $version"
[[ -n $(field Maintainer) && -n $(field Description) ]] || fail "Maintainer or Description empty"
# Every shared library the binary links is declared, read from the binary by dpkg-shlibdeps.
depends=$(field Depends)
for lib in libc6 libstdc++6 libicu libfmt libyaml-cpp libyaml-0-2; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

files=$(dpkg-deb -c "$deb" | awk '{print $NF}')
echo "$files"
for f in ./usr/bin/crosscheck ./usr/share/man/man1/crosscheck.1.gz \
  ./usr/share/bash-completion/completions/crosscheck ./usr/share/zsh/vendor-completions/_crosscheck \
  ./usr/share/crosscheck/rule-schema.json; do
  grep -qxF "$f" <<<"$files" || fail "the package lacks $f"
done
# Nothing outside /usr, and no build-tree paths.
if grep -v '^\./usr/' <<<"$files" | grep -qv '^\./$'; then fail "files outside /usr"; fi

root=$scratch/root
dpkg -x "$deb" "$root"
bin=$root/usr/bin/crosscheck
"$bin" --version | grep -qx "crosscheck $version" || fail "--version"
# The main job's run (scripts/run-example.sh) with the unpacked binary: the examples fail a check,
# so the exit status is 1, and the reports are the committed ones.
cd "$source"
status=0
"$bin" check rules/ --quiet --report "json=$scratch/seed.json" --report "console=$scratch/seed.txt" \
  --report "sarif=$scratch/seed.sarif" || status=$?
((status == 1)) || fail "check rules/ exited $status, expected 1"
cmp "$scratch/seed.json" reports/seed.json || fail "json report differs from reports/seed.json"
cmp "$scratch/seed.txt" reports/seed.txt || fail "console report differs from reports/seed.txt"
cmp "$scratch/seed.sarif" reports/seed.sarif || fail "sarif report differs from reports/seed.sarif"
"$bin" lint rules/ || fail "lint rules/"
# The man page is readable by man(1) tools, and it names every command.
page=$(zcat "$root/usr/share/man/man1/crosscheck.1.gz")
for command in check lint extract discover verify convert; do
  grep -q "^\.SS $command\$" <<<"$page" || fail "man page lacks $command"
done
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww -z <<<"$page" 2>"$scratch/groff.log"
  [[ ! -s $scratch/groff.log ]] || { cat "$scratch/groff.log"; fail "groff warnings"; }
fi
echo "package test passed: $(basename "$deb")"
