#!/usr/bin/env python3
"""How `crosscheck discover` time grows with the number of texts: writes N texts of about 10 KB
each (paragraphs of the given folders' .txt files, in a fixed pseudo-random order, so every run
reads the same bytes), runs discover over them and prints texts, bytes, seconds.

    discover_scale.py CROSSCHECK_BINARY ARTICLES_DIR... [--sizes 100,300,1000]"""
import pathlib
import subprocess
import sys
import tempfile
import time


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sizes = [100, 300, 1000]
    if "--sizes" in sys.argv:
        sizes = [int(x) for x in sys.argv[sys.argv.index("--sizes") + 1].split(",")]
        args = [a for a in args if a != sys.argv[sys.argv.index("--sizes") + 1]]
    if len(args) < 2:
        sys.exit(__doc__)
    binary, folders = args[0], args[1:]
    paras = []
    for folder in folders:
        for path in sorted(pathlib.Path(folder).rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            paras += [p.strip() for p in text.split("\n\n") if p.strip()]
    state = 2015  # a 64-bit LCG: the same texts on every machine
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for n in range(max(sizes)):
            body, size = [], 0
            while size < 10_000:
                state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
                p = paras[(state >> 33) % len(paras)]
                body.append(p)
                size += len(p.encode())
            path = pathlib.Path(tmp) / f"text-{n:04d}.txt"
            path.write_text("\n\n".join(body) + "\n", encoding="utf-8")
            files.append(str(path))
        for n in sizes:
            start = time.monotonic()
            subprocess.run([binary, "discover", *files[:n]], capture_output=True, check=True)
            took = time.monotonic() - start
            size = sum(pathlib.Path(f).stat().st_size for f in files[:n])
            print(f"{n} texts, {size / 1e6:.1f} MB: {took:.2f} s")


if __name__ == "__main__":
    main()
