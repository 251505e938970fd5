#!/usr/bin/env python3
"""Times Briefing against Hugo and cmark on one generated site: `compare.py DIR --briefing PATH [--runs 3]`.

DIR is what Benchmarks/generate-articles.py wrote. Three builds of the same articles are timed, pair by pair
(Briefing, Hugo, cmark, Briefing, Hugo, cmark, ...) so that a busy machine slows all three alike:

    Briefing  PATH build --content DIR/Content --templates Templates --output TMP/briefing
    Hugo      hugo --source DIR/hugo --config Benchmarks/hugo-site/config.toml
                   --themesDir Benchmarks --theme hugo-site --destination TMP/hugo --cacheDir TMP/hugo-cache
    cmark     cmark TMP/bodies.md > TMP/cmark.html   (the floor: one process over the Markdown bodies of every
              DIR/hugo/content/posts/*.md, front matter removed, concatenated once before the timing)

Briefing runs with --timings: the medians of its steps (wall) and of its CPU time by kind of work (read, analyse,
write briefs, render Markdown, templates, write files) follow the table. Then Briefing's rebuilds are timed on its
last output: with nothing changed (--runs times), and after one article changed (each time a different article gets
one more sentence; every article is restored at the end).

Each output folder is deleted before its build (outside the timing), so every build is a full one. Each run is
measured by `/usr/bin/time -f '%e %U %S %M'` (wall seconds, user and system CPU seconds, peak RSS in KiB; Debian
package `time`). One untimed warm-up round runs first (--warmup) so that every tool finds the files in the page
cache. The result is a Markdown table of medians (with the range over the runs) and the ratios
Briefing/Hugo and Briefing/cmark. Nothing is written outside a temporary folder, removed at the end (--keep
keeps it).
"""
import argparse
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

BENCHMARKS = pathlib.Path(__file__).resolve().parent
PROJECT = BENCHMARKS.parent
TIME = "/usr/bin/time"


def markdown_bodies(posts):
    """The Markdown of every post without its YAML front matter, in file-name order."""
    parts = []
    for path in sorted(posts.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            if end != -1:
                text = text[end + 5:]
        parts.append(text.strip("\n") + "\n")
    return "\n".join(parts)


def measure(command, stdout_path, log_path, time_path):
    """Runs `command` under /usr/bin/time; returns (wall, cpu, rss_kib) or raises with the tool's output."""
    with open(stdout_path, "wb") as out, open(log_path, "wb") as log:
        status = subprocess.run([TIME, "-o", str(time_path), "-f", "%e %U %S %M", *command],
                                stdout=out, stderr=log).returncode
    if status != 0:
        log_text = pathlib.Path(log_path).read_text(errors="replace")[-3000:]
        out_text = pathlib.Path(stdout_path).read_text(errors="replace")[-3000:] if stdout_path != os.devnull else ""
        raise RuntimeError(f"`{' '.join(map(str, command))}` exited with status {status}:\n{out_text}{log_text}")
    fields = pathlib.Path(time_path).read_text().strip().splitlines()[-1].split()
    wall, user, system, rss = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
    return wall, user + system, rss


def count_files(folder):
    files = size = 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(root, name))
    return files, size


def version(command):
    try:
        text = subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip()
        return text.splitlines()[0] if text else "?"
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def cell(values, digits, scale=1.0):
    values = [v * scale for v in values]
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"


RESOLUTION = 0.01  # /usr/bin/time prints seconds cut to two decimals: the true time is below the figure + 0.01


def ratio(a, b, timed=False):
    """median(a) / median(b). A time of a few hundredths is imprecise, so against one the ratio is given as the
    lower bound median(a) / (median(b) + 0.01), marked ≥."""
    top, bottom = statistics.median(a), statistics.median(b)
    if timed and bottom <= 5 * RESOLUTION:
        return f"≥ {top / (bottom + RESOLUTION):,.0f}×"
    if bottom <= 0:
        return "–"
    return f"{top / bottom:,.1f}×" if top / bottom < 100 else f"{top / bottom:,.0f}×"


def step_times(output):
    """{name: seconds} of the step lines (`   1.38 s  Reading Content`) and of the kinds in the `CPU time by kind of
    work: read 0.86 s, …` line of `briefing build --timings`; step names lose their numbers and paths."""
    times = {}
    for line in output.splitlines():
        match = re.match(r"^\s*([0-9.]+) s  (.+)$", line)
        if match:
            name = re.sub(r"\d[\d,]*", "N", match.group(2)).split(" from ")[0].split(" in /")[0]
            name = re.sub(r"^Reading .*", "Reading content", name)
            times["step: " + name] = float(match.group(1))
        elif line.startswith("CPU time by kind of work: "):
            for part in line.split(": ", 1)[1].split(", "):
                kind, seconds = part.rsplit(" ", 2)[0], part.rsplit(" ", 2)[1]
                times["CPU: " + kind] = float(seconds)
    return times


def print_steps(runs):
    """A table of the medians of Briefing's steps and CPU time by kind of work."""
    if not runs or not runs[0]:
        return
    print()
    print("Briefing's full build by step (wall seconds) and by kind of work (CPU seconds over every thread), medians:")
    print()
    print("| step or kind of work | seconds |")
    print("|---|---|")
    for name in runs[0]:
        values = [run[name] for run in runs if name in run]
        print(f"| {name} | {cell(values, 2)} |")


def time_rebuilds(command, articles, runs, tmp):
    """Wall and CPU seconds of `runs` unchanged rebuilds, then of `runs` rebuilds each after one article changed."""
    unchanged, one_changed = [], []
    for _ in range(runs):
        wall, cpu, rss = measure(command, tmp / "rebuild.out", tmp / "rebuild.log", tmp / "rebuild.time")
        unchanged.append((wall, cpu, rss))
    for index in range(runs):
        article = articles[(index * 7919) % len(articles)]
        original = article.read_bytes()
        try:
            article.write_bytes(original.rstrip(b"\n") + b"\nThe council will meet again next week.\n")
            wall, cpu, rss = measure(command, tmp / "rebuild.out", tmp / "rebuild.log", tmp / "rebuild.time")
            one_changed.append((wall, cpu, rss))
        finally:
            article.write_bytes(original)
    return {"nothing changed": unchanged, "one article changed": one_changed}


def print_rebuilds(rebuilds, full_walls):
    """A table of Briefing's rebuild times against its full build."""
    print()
    print("Briefing's rebuilds into its last output (a new process each time, reading the record of the last build):")
    print()
    print("| rebuild | wall s | user+sys CPU s | peak RSS MiB | share of a full build (wall) |")
    print("|---|---|---|---|---|")
    for name, runs in rebuilds.items():
        share = statistics.median([r[0] for r in runs]) / statistics.median(full_walls) * 100
        print(f"| {name} | {cell([r[0] for r in runs], 2)} | {cell([r[1] for r in runs], 2)} | "
              f"{cell([r[2] for r in runs], 0, 1 / 1024)} | {share:.1f} % |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("folder", type=pathlib.Path, help="a folder written by generate-articles.py")
    parser.add_argument("--briefing", required=True, type=pathlib.Path, help="the briefing executable")
    parser.add_argument("--runs", type=int, default=3, help="timed rounds (default 3)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    parser.add_argument("--templates", type=pathlib.Path, default=PROJECT / "Templates",
                        help="Briefing's theme (default: the project's Templates)")
    parser.add_argument("--jobs", type=int, help="passed to briefing build --jobs (default: its own)")
    parser.add_argument("--hugo", default="hugo", help="the hugo executable (default: hugo)")
    parser.add_argument("--cmark", default="cmark", help="the cmark executable (default: cmark)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with the outputs")
    args = parser.parse_args()

    folder = args.folder.resolve()
    content, hugo_source = folder / "Content", folder / "hugo"
    posts = hugo_source / "content" / "posts"
    articles = sorted((content / "articles").glob("*.txt"))
    problems = []
    if not articles or not list(posts.glob("*.md")):
        problems.append(f"{folder} has no Content/articles/*.txt or hugo/content/posts/*.md; run "
                        f"Benchmarks/generate-articles.py N {folder} first")
    if not os.access(TIME, os.X_OK):
        problems.append(f"{TIME} is missing; install it with `apt-get install -y time`")
    if not (args.briefing.is_file() and os.access(args.briefing, os.X_OK)):
        problems.append(f"{args.briefing} is not an executable file (pass --briefing .build/release/briefing)")
    for tool in [args.hugo, args.cmark]:
        if shutil.which(tool) is None:
            problems.append(f"'{tool}' was not found or is not executable")
    if args.runs < 1:
        problems.append("--runs must be at least 1")
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1

    tmp = pathlib.Path(tempfile.mkdtemp(prefix="briefing-compare-"))
    bodies = tmp / "bodies.md"
    bodies.write_text(markdown_bodies(posts), encoding="utf-8")
    outputs = {"Briefing": tmp / "briefing", "Hugo": tmp / "hugo", "cmark": tmp / "cmark"}
    briefing_command = [str(args.briefing.resolve()), "build", "--content", str(content),
                        "--templates", str(args.templates.resolve()), "--output", str(outputs["Briefing"]), "--timings"]
    if args.jobs:
        briefing_command += ["--jobs", str(args.jobs)]
    commands = {
        "Briefing": briefing_command,
        "Hugo": [args.hugo, "--source", str(hugo_source), "--config", str(BENCHMARKS / "hugo-site" / "config.toml"),
                 "--themesDir", str(BENCHMARKS), "--theme", "hugo-site", "--destination", str(outputs["Hugo"]),
                 "--cacheDir", str(tmp / "hugo-cache")],
        "cmark": [args.cmark, "--to", "html", str(bodies)],
    }
    results = {name: [] for name in commands}
    briefing_steps = []
    load_before = os.getloadavg()
    try:
        for round_index in range(args.warmup + args.runs):
            timed = round_index >= args.warmup
            label = f"run {round_index - args.warmup + 1}/{args.runs}" if timed else f"warm-up {round_index + 1}"
            for name, command in commands.items():
                output = outputs[name]
                if output.is_dir():
                    shutil.rmtree(output)
                elif output.exists():
                    output.unlink()
                stdout = output if name == "cmark" else tmp / f"{name}.out"
                wall, cpu, rss = measure(command, stdout, tmp / f"{name}.log", tmp / f"{name}.time")
                print(f"{label}: {name:8} {wall:7.2f} s wall {cpu:7.2f} s CPU {rss / 1024:7.1f} MiB",
                      file=sys.stderr, flush=True)
                if timed:
                    results[name].append((wall, cpu, rss))
                    if name == "Briefing":
                        briefing_steps.append(step_times(stdout.read_text(errors="replace")))
        rebuilds = time_rebuilds(briefing_command, articles, args.runs, tmp)
        load_after = os.getloadavg()
        written = {name: count_files(outputs[name]) if outputs[name].is_dir() else (1, outputs[name].stat().st_size)
                   for name in commands}
        summary = (tmp / "Briefing.out").read_text(errors="replace").strip().splitlines()
        built = [line for line in summary if line.startswith("Built ")]
        summary = built[-1].split(" into ")[0] if built else "no summary"
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        print(f"(outputs kept in {tmp})", file=sys.stderr)
        return 1

    words = sum(len(path.read_text(encoding="utf-8").split()) for path in articles)
    print(f"{len(articles)} articles ({words:,} words; {bodies.stat().st_size / 1e6:.1f} MB of Markdown bodies), "
          f"{args.runs} timed round{'s' if args.runs != 1 else ''} in the order Briefing, Hugo, cmark after "
          f"{args.warmup} warm-up round{'s' if args.warmup != 1 else ''}; "
          f"medians, with the range over the runs in parentheses.")
    print(f"Machine: {os.cpu_count()} CPUs, {platform.machine()}, load average {load_before[0]:.2f} before and "
          f"{load_after[0]:.2f} after. Briefing: {args.briefing} ({summary}); "
          f"{version([args.hugo, 'version'])}; {version([args.cmark, '--version'])}.")
    print()
    print("| tool | wall s | user+sys CPU s | peak RSS MiB | files written | MB written |")
    print("|---|---|---|---|---|---|")
    for name in commands:
        runs = results[name]
        files, size = written[name]
        label = "cmark (Markdown only, one process)" if name == "cmark" else name
        print(f"| {label} | {cell([r[0] for r in runs], 2)} | {cell([r[1] for r in runs], 2)} | "
              f"{cell([r[2] for r in runs], 0, 1 / 1024)} | {files:,} | {size / 1e6:.1f} |")
    b, h, c = results["Briefing"], results["Hugo"], results["cmark"]
    for other_name, other in [("Hugo", h), ("cmark", c)]:
        files = ratio([written["Briefing"][0]], [written[other_name][0]]) if other_name == "Hugo" else "–"
        print(f"| Briefing / {other_name} | {ratio([r[0] for r in b], [r[0] for r in other], timed=True)} | "
              f"{ratio([r[1] for r in b], [r[1] for r in other], timed=True)} | "
              f"{ratio([r[2] for r in b], [r[2] for r in other])} | {files} | "
              f"{ratio([written['Briefing'][1]], [written[other_name][1]])} |")
    if min(statistics.median([r[0] for r in c]), statistics.median([r[1] for r in c])) <= 5 * RESOLUTION:
        print()
        print("cmark's times are within a few steps of /usr/bin/time's 10 ms resolution, so its ratios are lower "
              "bounds (≥): Briefing's median over cmark's median + 0.01 s.")
    print_steps(briefing_steps)
    print_rebuilds(rebuilds, [r[0] for r in b])
    if args.keep:
        print(f"\nOutputs kept in {tmp}", file=sys.stderr)
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
