#!/usr/bin/env python3
"""`palint check` on a generated tree of 10,000 files: files/s and MB/s on 1 core and on all.

Usage: bench/cli/tree.py [--palint target/release/palint] [--files 10000] [--runs 5]
Needs: `cargo build --release -p palint`.

The tree is built from the bundled examples and the test corpus's YAML files (copied round-robin
into 100 folders), so it has the mix of kinds, templates and problems of real files. Each
configuration is run `--runs` times after one warm-up; the median is reported. `RAYON_NUM_THREADS`
sets the number of threads.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def sources():
    found = []
    for base in ("examples", "tests/corpus"):
        for folder, _, names in os.walk(os.path.join(ROOT, base)):
            found += [os.path.join(folder, n) for n in sorted(names) if n.endswith((".yaml", ".yml"))]
    return sorted(found)


def build_tree(target, count):
    files = sources()
    total = 0
    for i in range(count):
        source = files[i % len(files)]
        folder = os.path.join(target, f"team{i % 100:02d}")
        os.makedirs(folder, exist_ok=True)
        destination = os.path.join(folder, f"{i:05d}-{os.path.basename(source)}")
        shutil.copyfile(source, destination)
        total += os.path.getsize(destination)
    return total


def median_seconds(palint, tree, threads, runs):
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
    command = [palint, "check", tree, "--format", "json"]
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--palint", default=os.path.join(ROOT, "target/release/palint"))
    parser.add_argument("--files", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tree:
        size = build_tree(tree, args.files)
        cores = os.cpu_count() or 1
        print(f"{args.files} files, {size / 1e6:.1f} MB, {cores} cores")
        print("| threads | time (median) | files/s | MB/s | speed-up |")
        print("|---|---|---|---|---|")
        base = None
        for threads in sorted({1, cores}):
            seconds = median_seconds(args.palint, tree, threads, args.runs)
            base = base or seconds
            print(
                f"| {threads} | {seconds:.2f} s | {args.files / seconds:,.0f} | "
                f"{size / 1e6 / seconds:.1f} | {base / seconds:.2f}x |"
            )


if __name__ == "__main__":
    main()
