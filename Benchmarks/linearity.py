#!/usr/bin/env python3
"""Checks that every stage of a build takes time linear in its input: `linearity.py --briefing BIN [--runs 3]`.

Each case builds the same kind of input twice, at size S and 2S, with `briefing build --force --timings`, and
reports for every step and kind of work the ratio of the medians (2S over S): about 2 is linear, about 4 quadratic.
The cases:

    article      one plain-text article of realistic sentences and quotations, 15 MB and 30 MB (issue 7's size)
    long-line    one article whose story is a single line without spaces, 2 MB and 4 MB
    open-quote   an opening quotation mark never closed, over 20,000 and 40,000 words
    nesting      Markdown block quotes, brackets and emphasis 60,000 and 120,000 deep
    articles     a site of 1,000 and 2,000 generated articles (Benchmarks/generate-articles.py)

A case fails when the CPU time of the whole process, or of any kind of work taking 0.2 s or more at 2S, grows more
than `--limit` times (default 3) from S to 2S. CPU time is judged because it does not depend on what else runs on
the machine; the steps' wall times are shown beside it (on a busy machine they are noise). Exit status 1 on a failure.
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile

PROJECT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "Benchmarks"))
from compare import step_times  # noqa: E402

SENTENCES = [
    "The council met on day {n} to discuss the new bridge over the river.",
    "Officials said plan {n} would cost more than expected.",
    "{name}, the council leader, said \u201cwe listened to every resident before we voted on plan {n}.\u201d",
    "John Roe, a professor of urban policy at Example University, said the tolls of plan {n} would pay for it within a decade.",
    "Residents of Rivertown gathered outside the hall in the rain for the {n}th time.",
]
NAMES = ["Jane Doe", "Amina Diallo", "Lars Berg", "Mei Chen", "Carlos Ruiz"]


def long_article(size):
    """About `size` bytes of plain text; every paragraph differs (repeated lines would be dropped as boilerplate)."""
    parts = ["A very long article about the harbour bridge\nBy Jane Reporter\n"]
    total, index = len(parts[0]), 0
    while total < size:
        line = " ".join(SENTENCES[(k + index) % len(SENTENCES)].format(n=index, name=NAMES[index % len(NAMES)]) for k in range(6)) + "\n"
        parts.append(line)
        total += len(line.encode())
        index += 1
    return "".join(parts)


def single(name, text):
    """A case of one article file: {file name: text}."""
    return lambda folder: (folder / "Content" / "articles" / name).write_text(text, encoding="utf-8")


def nesting(depth):
    nested = "\n".join(mark * depth + " deep\n" for mark in (">", "[", "*"))
    return "---\ntitle: Nested\n---\nA first paragraph of text.\n\n" + nested


def generated(count):
    def write(folder):
        subprocess.run([sys.executable, str(PROJECT / "Benchmarks" / "generate-articles.py"), str(count), str(folder)],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(folder / "hugo", ignore_errors=True)
    return write


CASES = {
    "article": (single("long.txt", long_article(15_000_000)), single("long.txt", long_article(30_000_000))),
    "long-line": (single("line.txt", "A line\n\n" + "x" * 2_000_000 + "\n"), single("line.txt", "A line\n\n" + "x" * 4_000_000 + "\n")),
    "open-quote": (single("quote.txt", "Open quote\n\nShe said \u201c" + "word " * 20_000 + "\n"),
                   single("quote.txt", "Open quote\n\nShe said \u201c" + "word " * 40_000 + "\n")),
    "nesting": (single("nested.md", nesting(60_000)), single("nested.md", nesting(120_000))),
    "articles": (generated(1_000), generated(2_000)),
}


def build(briefing, folder, runs):
    """The medians of the step and work times of `runs` forced builds, and of the whole build's wall time."""
    results = []
    for _ in range(runs):
        before = os.times()
        completed = subprocess.run(
            [str(briefing), "build", "--content", str(folder / "Content"), "--templates", str(PROJECT / "Templates"),
             "--output", str(folder / "Output"), "--force", "--timings"],
            capture_output=True, text=True)
        if completed.returncode != 0:
            sys.exit(f"briefing failed on {folder}:\n{completed.stderr}")
        after = os.times()
        times = step_times(completed.stdout)
        times["whole build (wall)"] = sum(value for key, value in times.items() if key.startswith("step: "))
        times["CPU: whole process"] = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        results.append(times)
    return {key: statistics.median(run[key] for run in results if key in run) for key in results[0]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--briefing", required=True, type=pathlib.Path, help="the briefing executable (a release build)")
    parser.add_argument("--runs", type=int, default=3, help="builds per size (default 3)")
    parser.add_argument("--limit", type=float, default=3.0, help="the largest ratio taken as linear (default 3)")
    parser.add_argument("--cases", nargs="*", default=list(CASES), help=f"which cases (default all: {' '.join(CASES)})")
    args = parser.parse_args()

    failed = []
    for name in args.cases:
        small, large = CASES[name]
        timings = []
        for write in (small, large):
            with tempfile.TemporaryDirectory(prefix="briefing-linearity-") as temp:
                folder = pathlib.Path(temp)
                (folder / "Content" / "articles").mkdir(parents=True)
                write(folder)
                timings.append(build(args.briefing.resolve(), folder, args.runs))
        print(f"\n### {name}\n\n| step or kind of work | S (s) | 2S (s) | 2S / S |\n|---|---|---|---|")
        for key in timings[1]:
            before, after = timings[0].get(key, 0.0), timings[1][key]
            ratio = after / before if before > 0 else float("inf")
            judged = key.startswith("CPU: ") and after >= 0.2
            shown = f"{ratio:.2f}" if before > 0 else "–"
            note = "" if judged or not key.startswith("CPU: ") else " (too short to judge)"
            print(f"| {key} | {before:.2f} | {after:.2f} | {shown}{note} |")
            if judged and ratio > args.limit:
                failed.append(f"{name}: {key} grew {ratio:.2f}× from S to 2S")
    print()
    if failed:
        print("Not linear:\n" + "\n".join(failed))
        sys.exit(1)
    print(f"Every case grew at most {args.limit}× when its input doubled.")


if __name__ == "__main__":
    main()
