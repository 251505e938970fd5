#!/usr/bin/env python3
"""Serve a built site under a sub-path with a plain static web server and follow every link.

    python3 scripts/serve-and-crawl.py OUTPUT [SUBPATH]     (SUBPATH default: team/briefing)

The site is mounted at http://127.0.0.1:<free port>/SUBPATH/ by Python's http.server; starting at index.html,
every href and src on every page reached is requested. Prints each failure and a summary; exit 1 on failures.
Standard library only, loopback only.
"""
import http.server
import os
import shutil
import sys
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.found.append(value)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main():
    output = os.path.abspath(sys.argv[1])
    subpath = (sys.argv[2] if len(sys.argv) > 2 else "team/briefing").strip("/")
    root = tempfile.mkdtemp(prefix="briefing-serve-")
    try:
        mount = os.path.join(root, subpath)
        os.makedirs(os.path.dirname(mount), exist_ok=True)
        shutil.copytree(output, mount)
        handler = lambda *a, **k: Quiet(*a, directory=root, **k)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/{subpath}/"
        queue, seen, failures, pages = [base + "index.html"], {base + "index.html"}, [], 0
        while queue:
            url = queue.pop()
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    body = response.read()
                    kind = response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as error:
                failures.append(f"{url}: HTTP {error.code}")
                continue
            if "text/html" not in kind:
                continue
            pages += 1
            parser = Links()
            parser.feed(body.decode("utf-8", "replace"))
            for link in parser.found:
                target = urllib.parse.urljoin(url, link)
                parts = urllib.parse.urlsplit(target)
                if parts.scheme not in ("http", "https") or parts.netloc != urllib.parse.urlsplit(base).netloc:
                    continue
                if link.startswith("/"):
                    failures.append(f"{url}: root-absolute link {link}")
                target = urllib.parse.urlunsplit(parts._replace(fragment=""))
                if not parts.path.startswith(f"/{subpath}/"):
                    failures.append(f"{url}: {link} leaves /{subpath}/")
                    continue
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
        server.shutdown()
        for failure in failures:
            print(failure)
        print(f"{pages} pages, {len(seen)} addresses served under /{subpath}/, {len(failures)} failures")
        return 1 if failures else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
