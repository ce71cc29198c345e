#!/usr/bin/env python3
"""A language server that takes no time: the floor of edit -> diagnostics for a file.

`compare.py --palint bench/lsp/null_server.py ...` runs it in place of `palint lsp`. It starts
the real `palint lsp` (`$PALINT`, else target/release/palint) and passes every message through,
except `textDocument/didChange`: for those it checks nothing and at once sends back the last
diagnostics palint published for the file, under the change's version. What compare.py then
measures is what any server would cost at best, for a file with that many diagnostics: the
client encoding the change, the pipes, and the client reading and decoding the publish.
"""

import fcntl
import os
import re
import subprocess
import sys
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PALINT = os.environ.get("PALINT", os.path.join(ROOT, "target", "release", "palint"))

out = sys.stdout.buffer
out_lock = threading.Lock()
# The last publish of each file, cut around its version: (before the number, after it).
published = {}
URI = re.compile(rb'"uri":"([^"]*)"')
VERSION = re.compile(rb'"version":(-?\d+)')


def read_frame(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return stream.read(length)


def write_frame(body):
    with out_lock:
        out.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        out.flush()


def from_palint(proc):
    while (body := read_frame(proc.stdout)) is not None:
        if b'"textDocument/publishDiagnostics"' in body[:80]:
            uri = URI.search(body).group(1)
            # palint writes the version last.
            version = list(VERSION.finditer(body))[-1]
            published[uri] = (body[: version.start(1)], body[version.end(1):])
        write_frame(body)


def widen_pipes():
    """As `palint lsp` does (lsp/src/pipes.rs): 1 MB pipes, so a 500 KB publish is one write."""
    for stream in (sys.stdin, sys.stdout):
        try:
            fcntl.fcntl(stream.fileno(), 1031, 1 << 20)  # F_SETPIPE_SZ
        except OSError:
            pass


def main():
    widen_pipes()
    proc = subprocess.Popen([PALINT, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    threading.Thread(target=from_palint, args=(proc,), daemon=True).start()
    stdin = sys.stdin.buffer
    while (body := read_frame(stdin)) is not None:
        head = body[:400]
        if b'"textDocument/didChange"' in head:
            uri = URI.search(head).group(1)
            version = VERSION.search(head).group(1)
            if uri in published:
                before, after = published[uri]
                write_frame(before + version + after)
                continue
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        proc.stdin.flush()
    proc.stdin.close()
    proc.wait()


if __name__ == "__main__":
    main()
