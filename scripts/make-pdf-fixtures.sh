#!/usr/bin/env bash
# Makes the PDF fixtures of fixtures/pdf/ with groff (Debian: groff, ghostscript): the seed paper
# typeset from its text fixture (lines filled and hyphenated, so that words break across lines), a
# two-column page, a table (tbl) and a page with no text layer. The PDFs are committed; run this
# after changing a source and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/pdf
export SOURCE_DATE_EPOCH=0  # no time stamp in the files
seed=fixtures/articles/thayer-2016-proactive-international-integration.txt
{
  printf '.ll 6.5i\n.hy 1\n'
  # <br /> line ends dropped (a line of its own becomes a blank line: a paragraph break); groff's
  # escape character and control characters at a line start made literal.
  sed -e 's#<br />$##' -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/" "$seed"
} | groff -K utf8 -Tpdf -P-p11i,8.5i >"$out/thayer-2016-proactive-international-integration.pdf" 2>/dev/null
groff -K utf8 -ms -Tpdf "$out/two-column.ms" >"$out/two-column.pdf"
groff -K utf8 -t -ms -Tpdf "$out/table.ms" >"$out/table.pdf"
printf '.sp 1i\n\\D'"'"'l 2i 0'"'"'\n' | groff -Tpdf >"$out/no-text-layer.pdf"
ls -l "$out"/*.pdf
