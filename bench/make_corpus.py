#!/usr/bin/env python3
"""Writes a benchmark corpus of news text: the paragraphs of the seed articles, shuffled with a
fixed generator and concatenated until the file holds at least the asked size. The same inputs
always give the same bytes, so runs on different machines measure the same text."""
import pathlib
import sys


def paragraphs(folder):
    out = []
    for path in sorted(pathlib.Path(folder).glob("*.txt")):
        text = path.read_bytes().replace(b"\r\n", b"\n")
        out += [p.strip(b"\n") for p in text.split(b"\n\n") if p.strip()]
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: make_corpus.py ARTICLES_DIR OUT_FILE MEGABYTES")
    source, target, megabytes = sys.argv[1], pathlib.Path(sys.argv[2]), float(sys.argv[3])
    paras = paragraphs(source)
    if not paras:
        sys.exit(f"make_corpus.py: no paragraphs in {source}")
    want = int(megabytes * 1024 * 1024)
    state = 2015  # a 64-bit LCG (Knuth's MMIX constants): Python's own shuffle may change
    order = list(range(len(paras)))
    chunks, size = [], 0
    while size < want:
        for i in range(len(order) - 1, 0, -1):  # Fisher-Yates
            state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
            j = (state >> 33) % (i + 1)
            order[i], order[j] = order[j], order[i]
        for i in order:
            chunks.append(paras[i])
            size += len(paras[i]) + 2
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"\n\n".join(chunks) + b"\n")
    print(f"{target}: {target.stat().st_size} bytes, {len(chunks)} paragraphs")


if __name__ == "__main__":
    main()
