#!/usr/bin/env python3
"""How `crosscheck verify` does on the labelled stories of ../shared/corpus (beside the
repository): each article of a story in turn is the draft, the story's other articles its sources
(with the story's rules/rates.csv when there is one). Prints per story and in total:

  recall     of the known conflicts that involve the draft (failing claims of expected.json with a
             mention in the draft and one in another article), the share reported as contradicted:
             a contradicted figure of the draft inside a quote of the claim in the draft, and a
             source figure it is contradicted by (one per source is reported) inside a quote of the
             claim in that source;
  precision  of the figures reported as contradicted, the share that land so on a failing claim
             (on passing claims: counted apart).

    bench/verify_corpus.py CROSSCHECK_BINARY [CORPUS_DIR] [-- VERIFY_OPTION...]

Exits 0 after printing (the figures are measurements, not thresholds); skips, saying so, when the
corpus is absent."""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    from corpus_labels import corpus_dir, rule_file_labels
except ImportError:
    print("verify corpus: skipped, PyYAML (python3-yaml) is missing")
    sys.exit(0)


texts = {}


def text_of(path):
    if path not in texts:
        texts[path] = open(path, encoding="utf-8", errors="replace").read()
    return texts[path]


quote_cache = {}


def quote_spans(path, quote):
    """Character spans of a quote in its article, any run of white space matching any other."""
    key = (path, quote)
    if key not in quote_cache:
        words = (quote or "").split()
        pattern = r"\s+".join(re.escape(w) for w in words)
        quote_cache[key] = [m.span() for m in re.finditer(pattern, text_of(path))] if words else []
    return quote_cache[key]


def figure_span(mention):
    """A report mention's figure as a character span of its file (line and column, in code
    points, from 1; the end just past it)."""
    lines = text_of(mention["path"]).split("\n")
    start = sum(len(l) + 1 for l in lines[: mention["line"] - 1]) + mention["column"] - 1
    end = sum(len(l) + 1 for l in lines[: mention["end_line"] - 1]) + mention["end_column"] - 1
    return start, max(end, start + 1)


def inside(span, path, claim):
    return any(p == path and any(a < span[1] and span[0] < b for a, b in quote_spans(p, q)) for p, q in claim)


def main():
    args = sys.argv[1:]
    extra = args[args.index("--") + 1:] if "--" in args else []  # e.g. --min-confidence 0.2
    args = args[: args.index("--")] if "--" in args else args
    if not args:
        sys.exit(__doc__)
    binary = os.path.abspath(args[0])
    corpus = corpus_dir(args, __file__)
    if corpus is None:
        return
    totals = [0, 0, 0, 0, 0]  # known, reported, contradicted, on failing claims, on passing claims
    with tempfile.TemporaryDirectory() as tmp:
        for story in sorted(os.listdir(corpus)):
            folder = os.path.join(corpus, story)
            if not os.path.exists(os.path.join(folder, "expected.json")):
                continue
            checks = json.load(open(os.path.join(folder, "expected.json"), encoding="utf-8"))["checks"]
            claims = {}
            for rule_file in sorted(glob.glob(os.path.join(folder, "rules", "*.yaml"))):
                claims.update(rule_file_labels(rule_file)[1])
            failing = {c: ms for c, ms in claims.items() if checks.get(c, {}).get("status") == "fail" and len(ms) >= 2}
            passing = {c: ms for c, ms in claims.items() if checks.get(c, {}).get("status") == "pass"}
            articles = sorted(os.path.normpath(p) for p in glob.glob(os.path.join(folder, "articles", "*.txt")))
            rates = os.path.join(folder, "rules", "rates.csv")
            known = reported = contradicted = on_failing = on_passing = 0
            for draft in articles:
                report = os.path.join(tmp, "verify.json")
                command = [binary, "verify", draft, "--sources", *[a for a in articles if a != draft],
                           "--report", f"json={report}", "--quiet", "--fail-on", "never", *extra]
                if os.path.exists(rates):
                    command += ["--rates", rates]
                run = subprocess.run(command, capture_output=True, text=True, timeout=600)
                if run.returncode != 0:
                    print(f"{story}: verify {os.path.basename(draft)} exited {run.returncode}: {run.stderr.strip()}")
                    continue
                # Each contradicted figure: its span, and the sources' figures it is contradicted by.
                found = []
                for finding in json.load(open(report, encoding="utf-8"))["findings"]:
                    if finding["status"] != "fail":
                        continue
                    for m in finding["mentions"]:
                        m["path"] = os.path.normpath(m["path"])
                    found.append((figure_span(finding["mentions"][0]),
                                  [(m["path"], figure_span(m)) for m in finding["mentions"][1:]]))

                def lands(figure, claim):
                    d, others = figure
                    return inside(d, draft, claim) and any(inside(s, path, claim) for path, s in others)

                for cid, ms in failing.items():
                    if any(p == draft for p, _ in ms) and any(p != draft for p, _ in ms):
                        known += 1
                        reported += any(lands(figure, ms) for figure in found)
                for figure in found:
                    contradicted += 1
                    if any(lands(figure, ms) for ms in failing.values()):
                        on_failing += 1
                    elif any(lands(figure, ms) for ms in passing.values()):
                        on_passing += 1
            print(f"{story}: {len(articles)} drafts; known conflicts reported as contradicted {reported}/{known}"
                  f" = {reported / known if known else 0:.2f}; contradicted figures on failing claims"
                  f" {on_failing}/{contradicted} = {on_failing / contradicted if contradicted else 0:.2f},"
                  f" on passing claims {on_passing}")
            for k, v in enumerate((known, reported, contradicted, on_failing, on_passing)):
                totals[k] += v
    known, reported, contradicted, on_failing, on_passing = totals
    print(f"verify: recall {reported}/{known} = {reported / known if known else 0:.2f}; precision"
          f" {on_failing}/{contradicted} = {on_failing / contradicted if contradicted else 0:.2f}"
          f" (on passing claims {on_passing})")


if __name__ == "__main__":
    main()
