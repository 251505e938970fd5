#!/usr/bin/env python3
"""Writes a content folder of N articles for benchmarks: `generate-site.py N DIR [--from FOLDER]`.

The articles are real news text: each one is a Wikinews article (CC BY 2.5) from FOLDER (by default
../shared/corpus/extra/articles), cycled, with its own title, date and paragraph order, so that no two
articles are the same text and the site has thousands of briefs, tags and entity pages. The output is
deterministic: the same N gives the same files.
"""
import argparse
import datetime
import pathlib
import random
import sys

SITE = """title: Benchmark Briefing
description: "A generated site for measuring Briefing."
base_url: https://example.org/bench/
language: en
author: The Benchmark Desk
full_text: false
page_size: 20
"""

ABOUT = """---
title: About
---

A generated site for benchmarks.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("folder", type=pathlib.Path, help="the content folder to write (created)")
    default_source = pathlib.Path(__file__).resolve().parent.parent.parent / "shared/corpus/extra/articles"
    parser.add_argument("--from", dest="source", type=pathlib.Path, default=default_source)
    args = parser.parse_args()

    sources = sorted(args.source.glob("*.txt"))
    if not sources:
        print(f"error: no .txt articles in {args.source}; pass --from FOLDER", file=sys.stderr)
        return 1
    articles = args.folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    (args.folder / "pages").mkdir(exist_ok=True)
    (args.folder / "site.yml").write_text(SITE)
    (args.folder / "pages/about.md").write_text(ABOUT)

    start = datetime.date(2024, 1, 1)
    for index in range(args.count):
        source = sources[index % len(sources)]
        lines = source.read_text(encoding="utf-8").splitlines()
        title, body = lines[0], [line for line in lines[2:] if line.strip()]
        trailer = [line for line in body if line.startswith("SOURCE:")]
        paragraphs = [line for line in body if not line.startswith("SOURCE:")]
        copy = index // len(sources)
        if copy:
            title = f"{title} (update {copy})"
            rng = random.Random(index)
            head, rest = paragraphs[:1], paragraphs[1:]
            rng.shuffle(rest)
            paragraphs = head + rest
        date = start + datetime.timedelta(days=index % 700)
        text = "\n".join([title, f"Published: {date.isoformat()}", *paragraphs, *trailer]) + "\n"
        (articles / f"article-{index:05d}.txt").write_text(text, encoding="utf-8")
    print(f"Wrote {args.count} articles to {articles}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
