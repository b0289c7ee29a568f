#!/usr/bin/env python3
"""Derives crosscheck's built-in exchange-rate table from the ECB's eurofxref-hist.csv.

The ECB publishes its euro reference rates as a zip holding eurofxref-hist.csv:
    https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip
(columns Date,USD,JPY,... = units of that currency per 1 EUR, newest first, "N/A" where no rate was
published, a trailing empty column). Reuse is free with the source acknowledged.

Usage:
    python3 scripts/derive_rates.py PATH/TO/eurofxref-hist.csv          # writes both outputs
    python3 scripts/derive_rates.py PATH/TO/eurofxref-hist.csv --check  # exit 1 if they are stale

Writes, relative to the repository root:
    checker/units/data/ecb_rates.csv  the compact table (layout in its header comment)
    checker/units/ecb_rates_data.cpp  the same bytes as C++ string literals, compiled into the library

Rates keep the ECB's exact published digits (no re-rounding), so every conversion can be audited
against the ECB's own file. Standard library only.
"""

import argparse
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TABLE = Path("checker/units/data/ecb_rates.csv")
SOURCE = Path("checker/units/ecb_rates_data.cpp")

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DECIMAL = re.compile(r"^\d+(\.\d+)?$")
CODE = re.compile(r"^[A-Z]{3}$")

# g++ -Wpedantic warns about string literals longer than 65,536 characters; chunks stay well below.
CHUNK_LIMIT = 60000


def fail(message):
    sys.exit(f"derive_rates.py: {message}")


def read_ecb(path):
    """Returns (currencies in the ECB's column order, {date: {currency: digits}})."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")
    if not rows or not rows[0] or rows[0][0].strip() != "Date":
        fail(f"{path}: not the ECB's eurofxref-hist.csv (its first line must start with 'Date,')")
    header = [h.strip() for h in rows[0]]
    while header and header[-1] == "":
        header.pop()  # the ECB ends every line with a comma
    currencies = header[1:]
    for code in currencies:
        if not CODE.match(code):
            fail(f"{path}:1: bad currency code {code!r}")
    table = {}
    for number, row in enumerate(rows[1:], start=2):
        if not row or all(not field.strip() for field in row):
            continue
        fields = [field.strip() for field in row]
        while len(fields) > len(header) and fields[-1] == "":
            fields.pop()
        if len(fields) != len(header):
            fail(f"{path}:{number}: expected {len(header)} fields, got {len(fields)}")
        date = fields[0]
        if not DATE.match(date):
            fail(f"{path}:{number}: bad date {date!r}")
        if date in table:
            fail(f"{path}:{number}: date {date} appears twice")
        rates = {}
        for code, digits in zip(currencies, fields[1:]):
            if digits in ("N/A", ""):
                continue
            if not DECIMAL.match(digits) or float(digits) <= 0:
                fail(f"{path}:{number}: bad rate {digits!r} for {code}")
            rates[code] = digits
        table[date] = rates
    return currencies, table


def column_order(currencies, table):
    """Currencies still published first (ECB order), then discontinued ones, most recently
    published first: trailing empty fields can then be left off most lines."""
    last = {code: "" for code in currencies}
    for date, rates in table.items():
        for code in rates:
            last[code] = max(last[code], date)
    newest = max(last.values())
    current = [c for c in currencies if last[c] == newest]
    former = sorted((c for c in currencies if last[c] != newest), key=lambda c: last[c], reverse=True)
    return [c for c in current + former if last[c]]  # a column that never had a rate is dropped


def render_table(order, table, source_name):
    lines = [
        "# ECB euro reference rates: units of each currency per 1 EUR, with the ECB's exact published digits.",
        f"# Derived by scripts/derive_rates.py from the ECB's {source_name}; do not edit by hand.",
        "# Source: European Central Bank (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip);",
        "# free reuse with the source acknowledged; for information purposes.",
        "# Layout: after these '#' lines, one header line 'date,' + currency codes, then one line per",
        "# publication date, oldest first: the date (YYYY-MM-DD), then one field per currency in header",
        "# order. An empty field means no rate that day; trailing empty fields are left off.",
        "date," + ",".join(order),
    ]
    for date in sorted(table):
        rates = table[date]
        fields = [rates.get(code, "") for code in order]
        while fields and fields[-1] == "":
            fields.pop()
        lines.append(",".join([date] + fields))
    return "\n".join(lines) + "\n"


def render_source(text):
    chunks, current = [], ""
    for line in text.splitlines(keepends=True):
        if current and len(current) + len(line) > CHUNK_LIMIT:
            chunks.append(current)
            current = ""
        current += line
    if current:
        chunks.append(current)
    for chunk in chunks:
        if ")ecb\"" in chunk:
            fail("the table holds the raw-string delimiter")
    out = [
        "// GENERATED by scripts/derive_rates.py from the ECB's eurofxref-hist.csv: do not edit by hand.",
        "// The bytes of checker/units/data/ecb_rates.csv, compiled in so that crosscheck needs no data",
        "// files at run time; split into chunks because compilers need not accept longer literals.",
        '#include "units/ecb_rates_data.h"',
        "",
        "namespace crosscheck {",
        "",
        "namespace {",
        "",
        "// Arrays, not string_views of literals: sizeof gives each length without a compile-time strlen.",
    ]
    for i, chunk in enumerate(chunks):
        out.append(f'constexpr char chunk{i}[] = R"ecb(' + chunk + ')ecb";')
    out += [
        "",
        "constexpr std::string_view chunks[] = {",
    ]
    for i in range(len(chunks)):
        out.append(f"    {{chunk{i}, sizeof chunk{i} - 1}},")
    out += [
        "};",
        "",
        "}  // namespace",
        "",
        "std::span<const std::string_view> ecb_rates_chunks() { return chunks; }",
        "",
        "}  // namespace crosscheck",
    ]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ecb_csv", help="the ECB's eurofxref-hist.csv (unzipped)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when the committed outputs differ from a fresh derivation")
    parser.add_argument("--out-dir", type=Path, default=REPO,
                        help="the folder that receives checker/units/... (default: this repository)")
    args = parser.parse_args()

    currencies, table = read_ecb(args.ecb_csv)
    if not table:
        fail(f"{args.ecb_csv}: no rates")
    text = render_table(column_order(currencies, table), table, Path(args.ecb_csv).name)
    outputs = {TABLE: text, SOURCE: render_source(text)}

    stale = []
    for relative, content in outputs.items():
        path = args.out_dir / relative
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old == content:
            continue
        stale.append(str(relative))
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8", newline="\n")
    dates = sorted(table)
    if args.check:
        if stale:
            print("derive_rates.py: out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("derive_rates.py: up to date")
        return 0
    print(f"derive_rates.py: {len(dates)} dates {dates[0]}..{dates[-1]}, "
          f"{len(text)} bytes; wrote {', '.join(stale) if stale else 'nothing (up to date)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
