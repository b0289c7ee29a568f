"""What the labelled stories of ../shared/corpus say, read once for the scripts that score the
program on them (score_corpus.py, verify_corpus.py)."""
import os

import yaml


def rule_file_labels(rule_file):
    """(sources: id -> (article path, language or None), claims: id -> [(article path, quote)])"""
    base = os.path.dirname(rule_file)
    doc = yaml.safe_load(open(rule_file, encoding="utf-8")) or {}
    sources = {k: (os.path.normpath(os.path.join(base, v["path"])), v.get("language"))
               for k, v in (doc.get("sources") or {}).items()}
    claims = {}
    for cid, claim in (doc.get("claims") or {}).items():
        ms = claim.get("mentions") or {}
        items = ms.items() if isinstance(ms, dict) else [(m.get("source"), m) for m in ms]
        claims[cid] = [(sources[s][0], m if isinstance(m, str) else m.get("quote")) for s, m in items if s in sources]
    return sources, claims


def corpus_dir(args, script):
    """The corpus folder (the second argument, else ../shared/corpus beside the repository), or
    None after saying the script skips."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(script)))
    corpus = args[1] if len(args) > 1 else os.path.join(root, "..", "shared", "corpus")
    if not os.path.isdir(corpus):
        print(f"{os.path.basename(script)[:-3].replace('_', ' ')}: skipped, no corpus at {os.path.relpath(corpus, root)}")
        return None
    return corpus
