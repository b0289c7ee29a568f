#!/usr/bin/env python3
"""Times `crosscheck extract` as a user runs it, a whole process from start to exit, beside
`grep -oE '[0-9][0-9,.]*'` (which prints every digit token) on the same file, and measures the
peak memory of `extract` on a large input.

Usage: bench/extract_process.py CROSSCHECK_BINARY CORPUS [--runs 5] [--large-mb 512]

Times are CPU seconds (user + system) of the child, so that other work on a shared machine does not
count; the median of --runs runs, from the page cache after a warm-up read. The large input is the
corpus repeated to --large-mb MB in a temporary folder, removed afterwards (0: skip it).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile


def run(cmd):
    """CPU seconds and peak resident set (KiB) of one run of `cmd`, its output read through a pipe
    and dropped (grep stops at the first match when its output is /dev/null). /usr/bin/time
    measures the memory: the rusage of a child counts the parent's pages it had before exec."""
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%U %S %M"] + cmd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    while proc.stdout.read(1 << 20):
        pass
    err = proc.stderr.read().decode()
    status = proc.wait()
    if status not in (0, 1):  # grep exits 1 when nothing matched
        sys.exit(f"extract_process.py: {cmd} failed with {status}: {err}")
    user, system, rss = err.strip().splitlines()[-1].split()
    return float(user) + float(system), int(rss)


def median_cpu(cmd, runs):
    return statistics.median(run(cmd)[0] for _ in range(runs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("corpus")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--large-mb", type=float, default=512)
    args = ap.parse_args()
    size = os.path.getsize(args.corpus)
    mb = size / 1048576
    with open(args.corpus, "rb") as f:
        f.read()  # into the page cache

    # grep's run is short: run it many times so that the kernel's accounting has something to count.
    grep = ["grep", "-oE", "[0-9][0-9,.]*", args.corpus]
    grep_cpu = statistics.median(sum(run(grep)[0] for _ in range(3)) / 3 for _ in range(args.runs))
    grep_mbs = mb / max(grep_cpu, 1e-6)
    print(f"corpus: {args.corpus} ({mb:.1f} MB); CPU seconds, median of {args.runs} runs\n")
    print(f"{'reader':44} {'CPU s':>8} {'MB/s':>9} {'grep / it':>10}")
    print(f"{'grep -oE [0-9][0-9,.]* (every digit token)':44} {grep_cpu:8.3f} {grep_mbs:9.1f} {'1x':>10}")
    for fmt in ("jsonl", "table", "json"):
        cpu = median_cpu([args.binary, "extract", args.corpus, "--format", fmt], args.runs)
        print(f"{'crosscheck extract --format ' + fmt:44} {cpu:8.3f} {mb / cpu:9.1f} {grep_mbs / (mb / cpu):9.1f}x")

    if args.large_mb <= 0:
        return
    folder = tempfile.mkdtemp(prefix="extract-large-")
    try:
        large = os.path.join(folder, "large.txt")
        with open(args.corpus, "rb") as f:
            text = f.read()
        if not text.endswith(b"\n\n"):
            text = text.rstrip(b"\n") + b"\n\n"
        copies = max(1, int(args.large_mb * 1048576 // len(text)))
        with open(large, "wb") as f:
            for _ in range(copies):
                f.write(text)
        del text
        large_mb = os.path.getsize(large) / 1048576
        print(f"\nlarge input: the corpus {copies} times ({large_mb:.0f} MB)")
        for fmt in ("jsonl", "table"):
            cpu, rss = run([args.binary, "extract", large, "--format", fmt])
            print(f"  extract --format {fmt:5}: peak RSS {rss / 1024:6.1f} MiB, {cpu:6.1f} CPU s, {large_mb / cpu:6.1f} MB/s")
        cpu, rss = run(["grep", "-oE", "[0-9][0-9,.]*", large])
        print(f"  grep -oE               : peak RSS {rss / 1024:6.1f} MiB, {cpu:6.1f} CPU s, {large_mb / cpu:6.1f} MB/s")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
