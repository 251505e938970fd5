#!/usr/bin/env python3
"""Times `briefing serve` from saving one article to the reload event reaching an open page.

    serve-reload.py BRIEFING SITE_FOLDER [--edits N] [--port P]

SITE_FOLDER holds Content/ and Templates/ (make one with generate-site.py). The script starts the server,
waits for its first build, listens on /__briefing/events as a page does, then N times rewrites one article
(a different one each time, changing a sentence, saved by rename as editors do) and measures the time until
a `reload` event naming that article's page arrives. It prints each time and the median, and what the server
said about each rebuild.
"""
import argparse
import os
import pathlib
import re
import socket
import statistics
import subprocess
import sys
import time


def wait_for_line(process, pattern, timeout):
    deadline = time.time() + timeout
    lines = []
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip())
        if re.search(pattern, line):
            return line, lines
    raise SystemExit(f"timed out waiting for {pattern!r}; the server said:\n" + "\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("briefing")
    parser.add_argument("site", type=pathlib.Path)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()

    articles = sorted((args.site / "Content/articles").glob("*.txt"))
    if not articles:
        print(f"error: no articles in {args.site}/Content/articles", file=sys.stderr)
        return 1
    server = subprocess.Popen(
        [os.path.abspath(args.briefing), "serve", "--port", str(args.port)],
        cwd=args.site, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
    )
    try:
        started = time.time()
        wait_for_line(server, r"^Serving at", 60)
        line, _ = wait_for_line(server, r"^Built ", 600)
        print(f"first build: {line.strip()} ({time.time() - started:.1f} s after start)")

        events = socket.create_connection(("127.0.0.1", args.port))
        events.sendall(b"GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        received = b""
        while b"event: hello" not in received:
            received += events.recv(65536)

        times = []
        step = max(1, len(articles) // args.edits)
        for edit in range(args.edits):
            article = articles[(edit * step) % len(articles)]
            lines = article.read_text(encoding="utf-8").splitlines()
            lines[0] = f"{lines[0]} (edit {edit})"
            temporary = article.with_name(f".{article.name}.saving")
            temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
            slug = article.stem
            received = b""
            saved = time.perf_counter()
            os.replace(temporary, article)
            while f'"/briefs/{slug}/"'.encode() not in received:
                chunk = events.recv(65536)
                if not chunk:
                    raise SystemExit("the event stream ended")
                received += chunk
            elapsed = time.perf_counter() - saved
            times.append(elapsed)
            report, _ = wait_for_line(server, r"rebuilt in|failed", 60)
            print(f"edit {edit}: {elapsed * 1000:.0f} ms to the reload event — {report.strip()}")
        print(f"median save → reload: {statistics.median(times) * 1000:.0f} ms over {len(times)} edits "
              f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
