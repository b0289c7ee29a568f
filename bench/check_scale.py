#!/usr/bin/env python3
"""Times `crosscheck check` on generated rule files of growing size, to show that its cost grows
linearly with the number of claims, and what a second worker thread buys.

Usage: bench/check_scale.py CROSSCHECK_BINARY [--sizes 1000,10000,100000] [--sources 1000]

Each source is a short generated article; each claim quotes one sentence in each of two sources
(so every claim is a real quote search, figure extraction and comparison). The files go to a
temporary folder and are removed afterwards.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

PLACES = ["Hanoi", "Da Nang", "Hai Phong", "Can Tho", "Hue", "Nha Trang", "Vinh", "Quy Nhon"]
THINGS = ["used vessels", "patrol boats", "new ships", "aircraft"]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]


def sentence(rng, source, k):
    """A sentence unique to (source, k): its id words make the quote unique in the source."""
    if k % 3 == 0:
        figure = f"${rng.randint(1, 999)} million"
    elif k % 3 == 1:
        figure = f"{rng.choice(WORDS)} {rng.choice(THINGS)}"
    else:
        figure = f"{rng.randint(2, 95)} percent"
    return f"Report s{source}x{k} from {rng.choice(PLACES)} gave {figure} for the programme."


def generate(folder, claims, sources, seed=7):
    rng = random.Random(seed)
    per_source = (2 * claims + sources - 1) // sources
    texts = []
    for s in range(sources):
        lines = [sentence(rng, s, k) for k in range(per_source)]
        texts.append(lines)
        with open(os.path.join(folder, f"s{s}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    # Sources in one shared file; claims in files of at most 10,000 (rule files are capped at 8 MiB).
    with open(os.path.join(folder, "sources.yaml"), "w", encoding="utf-8") as f:
        f.write("sources:\n")
        for s in range(sources):
            f.write(f"  s{s}: {{path: s{s}.txt, published: 2015-09-15}}\n")
    slot = 0
    for first in range(0, claims, 10000):
        with open(os.path.join(folder, f"rules-{first // 10000:03}.yaml"), "w", encoding="utf-8") as f:
            f.write("crosscheck: 1\ntitle: generated\ninclude: [sources.yaml]\n")
            f.write("defaults: {tolerance: 1%}\nbuiltins: {conversion-pairs: false}\nclaims:\n")
            for c in range(first, min(claims, first + 10000)):
                a, b = slot % sources, (slot + 1) % sources
                ka, kb = slot // sources, (slot + 1) // sources
                slot += 2
                f.write(f"  c{c}:\n    mentions:\n")
                f.write(f"      - {{source: s{a}, quote: \"{texts[a][ka % len(texts[a])]}\"}}\n")
                f.write(f"      - {{source: s{b}, quote: \"{texts[b][kb % len(texts[b])]}\"}}\n")


def time_run(binary, folder, jobs):
    start = time.perf_counter()
    subprocess.run([binary, "check", folder, "--quiet", "--fail-on",
                    "never", "--jobs", str(jobs)], check=True)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--sources", type=int, default=1000)
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    print(f"{'claims':>8} {'sources':>8} {'jobs=1 s':>9} {'us/claim':>9} {'jobs=2 s':>9} {'speed-up':>8}")
    for n in sizes:
        folder = tempfile.mkdtemp(prefix="crosscheck-scale-")
        try:
            generate(folder, n, args.sources)
            one = time_run(args.binary, folder, 1)
            two = time_run(args.binary, folder, 2)
            print(f"{n:>8} {args.sources:>8} {one:>9.2f} {one / n * 1e6:>9.1f} {two:>9.2f} {one / two:>8.2f}")
        finally:
            shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
