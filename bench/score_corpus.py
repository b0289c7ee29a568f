#!/usr/bin/env python3
"""How crosscheck reads the labelled stories of ../shared/corpus (beside the repository), by story
and by language:

  figures    recall and precision by value against each article's *.figures.json (an expected
             value is found when `extract` gives a figure of that value in the article; dates and
             identifiers apart), per language of the article (its rule file's `language:`, else
             English); and the identifiers its *.not-figures.json lists, which must not be read
             as figures;
  verdicts   `check` on the story's rule file against the audited expected.json: each claim's
             status, each diagnosis code it lists, each conversion pair's status and codes;
  discover   `discover` with no rule file, first 20 proposals: the failing claims (two mentions or
             more, in two articles) proposed, and of the first 10 proposals those that land on a
             failing claim. A proposal lands on a claim when each of its two figures lies inside a
             quote of that claim in its article.

    bench/score_corpus.py CROSSCHECK_BINARY [CORPUS_DIR] [--verbose] [--floor NAME=VALUE ...]

A floor (figures-recall, figures-precision, language-recall, language-precision, verdicts,
discover-recall, discover-precision) makes it exit 1 when that figure falls below it: the test
suite runs it so, as a guard against regressions. Skips, saying so, when the corpus is absent."""
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
    print("score corpus: skipped, PyYAML (python3-yaml) is missing")
    sys.exit(0)

LIMIT, TOP = 20, 10


def same(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def number(x):
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


class Texts:
    """Byte spans of quotes in articles, any run of white space matching any other."""

    def __init__(self):
        self.bytes, self.spans = {}, {}

    def quote_spans(self, path, quote):
        key = (path, quote)
        if key not in self.spans:
            if path not in self.bytes:
                self.bytes[path] = open(path, "rb").read()
            words = (quote or "").split()
            pattern = rb"\s+".join(re.escape(w.encode("utf-8")) for w in words)
            self.spans[key] = [m.span() for m in re.finditer(pattern, self.bytes[path])] if words else []
        return self.spans[key]

    def inside(self, path, start, end, claim):
        return any(p == path and any(a < end and start < b for a, b in self.quote_spans(p, q)) for p, q in claim)


def run(command):
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def score_figures(binary, articles, language_of, totals, verbose):
    for article in articles:
        gold = article[:-4] + ".figures.json"
        if not os.path.exists(gold):
            continue
        out = run([binary, "extract", "--format", "json", article])
        try:
            doc = json.loads(out.stdout)
        except json.JSONDecodeError:
            doc = {}
        found = doc.get("figures") if isinstance(doc, dict) else None
        if found is None:
            found = [f for d in (doc.get("files", []) if isinstance(doc, dict) else doc) for f in d.get("figures", [])]
        ours = [number(f.get("value")) for f in found if f.get("kind") not in ("identifier", "date", "date-range")]
        ours = [v for v in ours if v is not None]
        want = [number(g.get("value")) for g in json.load(open(gold, encoding="utf-8"))]
        want = [v for v in want if v is not None]
        t = totals.setdefault(language_of.get(article) or "en", [0, 0, 0, 0, 0, 0])
        hits = [w for w in want if any(same(w, v) for v in ours)]
        t[0] += len(want)
        t[1] += len(hits)
        t[2] += len(ours)
        t[3] += sum(1 for v in ours if any(same(w, v) for w in want))
        if verbose:
            for w in want:
                if w not in hits:
                    print(f"  figure missed: {w:g} in {os.path.basename(article)}")
        # Identifiers the labels say hold no figure: a figure overlapping one, of a value its
        # digits give, is a misreading.
        not_figures = article[:-4] + ".not-figures.json"
        if os.path.exists(not_figures):
            data = open(article, "rb").read()
            for ident in json.load(open(not_figures, encoding="utf-8")):
                digits = {float(x) for x in re.findall(r"\d+(?:\.\d+)?", ident)}
                places = [m.span() for m in re.finditer(re.escape(ident.encode("utf-8")), data)]
                misread = any(f.get("start", -1) < b and f.get("end", -1) > a and f.get("kind") not in ("identifier", "ordinal")
                              and (not digits or number(f.get("value")) in digits) for f in found for a, b in places)
                t[4] += 1
                t[5] += not misread
                if misread and verbose:
                    print(f"  identifier read as a figure: {ident} in {os.path.basename(article)}")


def score_verdicts(binary, folder, rule_files, tmp):
    expected = json.load(open(os.path.join(folder, "expected.json"), encoding="utf-8"))
    findings = []
    for rule_file in rule_files:
        report = os.path.join(tmp, "check.json")
        command = [binary, "check", rule_file, "--report", f"json={report}", "--quiet"]
        rates = os.path.join(folder, "rules", "rates.csv")
        if os.path.exists(rates):
            command += ["--rates", rates]
        run(command)
        try:
            findings += json.load(open(report, encoding="utf-8")).get("findings", [])
        except (OSError, json.JSONDecodeError):
            pass
    by_check = {}
    for f in findings:
        by_check.setdefault(f.get("check"), []).append(f)
    right, wrong = 0, []

    def want(name, ok):
        nonlocal right
        right += ok
        if not ok:
            wrong.append(name)

    def spaced(text):
        return " ".join(text.split())

    for cid, e in expected.get("checks", {}).items():
        fs = by_check.get(cid, [])
        statuses = sorted({f.get("status") for f in fs})
        want(f"{cid}: want {e['status']}, got {statuses}", statuses == [e["status"]])
        for code in e.get("diagnosis", []):
            want(f"{cid}: diagnosis {code}", any(d.get("code") == code for f in fs for d in f.get("diagnosis", [])))
    # A conversion stated in brackets, found by the first figure of its text in the finding's subject.
    pairs = [f for f in findings if f.get("kind") == "conversion-pair"]
    for p in expected.get("conversion_pairs", []):
        first = spaced(p["text"].split(" (")[0])
        fs = [f for f in pairs if first in spaced(f.get("about", ""))]
        statuses = sorted({f.get("status") for f in fs})
        want(f"pair {p['text']}: want {p['status']}, got {statuses}", statuses == [p["status"]])
        for code in p.get("diagnosis", []):
            want(f"pair {p['text']}: diagnosis {code}", any(d.get("code") == code for f in fs for d in f.get("diagnosis", [])))
    return right, right + len(wrong), wrong


def score_discover(binary, folder, articles, claims, texts, tmp):
    expected = json.load(open(os.path.join(folder, "expected.json"), encoding="utf-8"))["checks"]
    failing = {c: ms for c, ms in claims.items()
               if expected.get(c, {}).get("status") == "fail" and len({p for p, _ in ms}) >= 2}
    command = [binary, "discover", *articles, "--format", "json", "--limit", str(LIMIT)]
    rates = os.path.join(folder, "rules", "rates.csv")
    if os.path.exists(rates):
        command += ["--rates", rates]
    try:
        conflicts = json.loads(run(command).stdout).get("conflicts", [])
    except json.JSONDecodeError:
        conflicts = []

    def lands(conflict, claim):
        a, b = conflict["a"], conflict["b"]
        pa, pb = os.path.normpath(a["path"]), os.path.normpath(b["path"])
        return pa != pb and all(texts.inside(p, s["figure"]["start"], s["figure"]["end"], claim)
                                for p, s in ((pa, a), (pb, b)))

    proposed = {c for c, ms in failing.items() if any(lands(x, ms) for x in conflicts[:LIMIT])}
    on_failing = sum(1 for x in conflicts[:TOP] if any(lands(x, ms) for ms in failing.values()))
    return proposed, failing, on_failing, min(TOP, len(conflicts))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    floors = {}
    for i, a in enumerate(sys.argv):
        if a == "--floor" and i + 1 < len(sys.argv):
            name, value = sys.argv[i + 1].split("=")
            floors[name] = float(value)
            args.remove(sys.argv[i + 1])
    if not args:
        sys.exit(__doc__)
    binary = os.path.abspath(args[0])
    corpus = corpus_dir(args, __file__)
    if corpus is None:
        return 0
    languages, verdicts, found, known, landed, listed = {}, [0, 0], 0, 0, 0, 0
    texts = Texts()
    with tempfile.TemporaryDirectory() as tmp:
        for story in sorted(os.listdir(corpus)):
            folder = os.path.join(corpus, story)
            if not os.path.exists(os.path.join(folder, "expected.json")):
                continue
            rule_files = sorted(glob.glob(os.path.join(folder, "rules", "*.yaml")))
            language_of, claims = {}, {}
            for rule_file in rule_files:
                sources, story_claims = rule_file_labels(rule_file)
                claims.update(story_claims)
                language_of.update({path: language for path, language in sources.values() if language})
            articles = sorted(os.path.normpath(p) for p in glob.glob(os.path.join(folder, "articles", "*.txt")))
            story_languages = {}
            score_figures(binary, articles, language_of, story_languages, verbose)
            for lang, t in story_languages.items():
                into = languages.setdefault(lang, [0, 0, 0, 0, 0, 0])
                for k in range(6):
                    into[k] += t[k]
            right, total, wrong = score_verdicts(binary, folder, rule_files, tmp)
            verdicts[0] += right
            verdicts[1] += total
            proposed, failing, on_failing, top = score_discover(binary, folder, articles, claims, texts, tmp)
            found += len(proposed)
            known += len(failing)
            landed += on_failing
            listed += top
            print(f"{story}: verdicts {right}/{total}; discover proposes {len(proposed)}/{len(failing)} known"
                  f" conflicts in its first {LIMIT}, {on_failing}/{top} of its first {TOP} on failing claims")
            if verbose:
                for w in wrong:
                    print(f"  verdict wrong: {w}")
                for c in sorted(set(failing) - proposed):
                    print(f"  conflict not proposed: {c}")
    e = sum(t[0] for t in languages.values())
    figures = (sum(t[1] for t in languages.values()) / max(1, e),
               sum(t[3] for t in languages.values()) / max(1, sum(t[2] for t in languages.values())))
    for lang, (want, hit, ours, true, idents, kept) in sorted(languages.items()):
        print(f"figures {lang}: recall {hit}/{want} = {hit / max(1, want):.3f}, precision {true}/{ours} = {true / max(1, ours):.3f}"
              + (f"; identifiers left alone {kept}/{idents}" if idents else ""))
    print(f"figures: recall {figures[0]:.3f}, precision {figures[1]:.3f} ({e} labelled)")
    print(f"verdicts: {verdicts[0]}/{verdicts[1]}")
    print(f"discover: recall {found}/{known} = {found / max(1, known):.2f}; first {TOP} on failing claims"
          f" {landed}/{listed} = {landed / max(1, listed):.2f}")
    measured = {
        "figures-recall": figures[0], "figures-precision": figures[1],
        "language-recall": min((t[1] / max(1, t[0]) for t in languages.values()), default=1),
        "language-precision": min((t[3] / max(1, t[2]) for t in languages.values()), default=1),
        "verdicts": verdicts[0], "discover-recall": found / max(1, known),
        "discover-precision": landed / max(1, listed),
    }
    below = [f"{k} {measured[k]:.3f} < {v}" for k, v in floors.items() if measured.get(k, 0) < v]
    for b in below:
        print(f"below its floor: {b}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
