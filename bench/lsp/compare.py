#!/usr/bin/env python3
"""Side-by-side language server benchmark: palint lsp vs yaml-language-server.

Both servers get the same client (this script), the same 3,000-line multi-document AKS values
file and the same edits. yaml-language-server validates it against
schemas/kubernetes-aks-values.schema.json through a `# yaml-language-server: $schema=` modeline,
which is how a user would point the generic tool at palint's schema.

Measured per server: initialize time (spawn to initialize response), time to first
diagnostics after didOpen, edit -> publishDiagnostics latency (median and p95 of N edits),
completion latency (median of N requests) and resident memory (VmRSS and peak VmHWM).
The edit latency is end to end: from before this client encodes the edit to after it has
decoded the diagnostics. It is also split: "server" (sending the edit, the server's work,
receiving the diagnostics' bytes) and "client" (this script's json.dumps and json.loads, which
for 1,584 diagnostics, 500 KB of JSON, take longer than the server).

Also: a size sweep (--sizes, 300 / 3,000 / 30,000 lines; yaml-language-server only up to
--peer-max-lines), ranged ("incremental") and whole-text ("full") didChange, a burst of
--burst-edits edits at --burst-rate per second without waiting (latency from the last edit to
the diagnostics of the last version, and how many versions were published), and the memory of
one server with --memory-files open files of --memory-lines lines each (peak VmHWM).

Usage: bench/lsp/compare.py [--palint target/release/palint] [--edits 40] [--sizes 300,3000,30000]
Needs: `cargo build --release -p palint` and `npm --prefix bench/lsp ci`.
"""

import argparse
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import namedtuple

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCHEMA = os.path.join(ROOT, "schemas", "kubernetes-aks-values.schema.json")
TIMEOUT = 60.0

try:  # A compiled JSON codec, as editors have (V8's JSON, lua-cjson); the stdlib's is 10-30x slower.
    import orjson
except ImportError:
    orjson = None


class Codec:
    """The client's JSON: orjson when installed (`pip install orjson`), else the stdlib's."""

    def __init__(self, name):
        if name == "orjson" and orjson is None:
            sys.exit("--client-json orjson: `pip install orjson` first")
        self.name = name
        if name == "orjson":
            self.loads, self.dumps = orjson.loads, orjson.dumps
        else:
            self.loads, self.dumps = json.loads, lambda message: json.dumps(message).encode()


CODEC = Codec("orjson" if orjson else "stdlib")

# A message from the server: `received` when its last byte was read, `at` after the client
# parsed it (the time an editor could show it).
Arrival = namedtuple("Arrival", "at message received")


def multi_document(lines, header="", invalid_every=4, lines_per_document=None):
    """About `lines` lines of AKS layer values; one document in `invalid_every` has problems.
    `header` starts every document (yaml-language-server reads a `$schema` modeline per
    document). `lines_per_document`: cut every document to that many lines, comments and
    blank lines left out, as the criterion bench `incremental` does (15 gives the issue's
    30,000-line, 2,000-document file); else the examples are taken whole."""
    valid = open(os.path.join(ROOT, "examples/valid/aks-values.yaml")).read()
    invalid = open(os.path.join(ROOT, "examples/invalid/aks-values.yaml")).read()
    if lines_per_document:
        keep = lines_per_document - 1 - header.count("\n")

        def cut(doc):
            content = [line for line in doc.split("\n") if line and not line.startswith("#")]
            return "\n".join(content[:keep])

        valid, invalid = cut(valid), cut(invalid)
    parts, count, i = [], 0, 0
    while count < lines:
        doc = invalid if i % invalid_every == invalid_every - 1 else valid
        parts.append(header + doc + "\n---\n")
        count += doc.count("\n") + header.count("\n") + 2
        i += 1
    return "".join(parts)


class Server:
    def __init__(self, command, settings):
        self.start = time.perf_counter()
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.messages = queue.Queue()
        self.settings = settings
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = out.read(length)
            received = time.perf_counter()
            message = CODEC.loads(body)
            self.messages.put(Arrival(time.perf_counter(), message, received))

    def send(self, message):
        """Sends `message`; returns how long encoding it took (seconds)."""
        start = time.perf_counter()
        body = CODEC.dumps(message)
        encoded = time.perf_counter()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return encoded - start

    def notify(self, method, params):
        return self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def _answer(self, message):
        method = message.get("method")
        if "id" in message and method:
            result = None
            if method == "workspace/configuration":
                result = [self.settings.get(item.get("section"), None) for item in message["params"]["items"]]
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            return True
        return False

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        sent = time.perf_counter()
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        while True:
            at, message, _ = self.messages.get(timeout=TIMEOUT)
            if self._answer(message):
                continue
            if message.get("id") == request_id and "method" not in message:
                return at - sent, message.get("result")

    def wait_diagnostics(self, uri, version=None):
        """The arrival of diagnostics for `uri` (at `version`, if the server sends versions)."""
        while True:
            arrival = self.messages.get(timeout=TIMEOUT)
            message = arrival.message
            if self._answer(message):
                continue
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                sent_version = message["params"].get("version")
                if version is None or sent_version is None or sent_version == version:
                    return arrival

    def memory_kb(self):
        status = open(f"/proc/{self.proc.pid}/status").read()
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])

    def stop(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


def capabilities():
    return {
        "workspace": {"configuration": True, "didChangeConfiguration": {"dynamicRegistration": False}},
        "textDocument": {
            "synchronization": {"didSave": True},
            "completion": {"completionItem": {"snippetSupport": True}},
            "hover": {"contentFormat": ["markdown"]},
            "publishDiagnostics": {"versionSupport": True},
        },
    }


def started(command, settings, workdir):
    server = Server(command, settings)
    server.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + workdir,
                                  "capabilities": capabilities(), "workspaceFolders": None})
    server.notify("initialized", {})
    server.notify("workspace/didChangeConfiguration", {"settings": settings})
    return server


def flip_sku(lines, sku_lines, n):
    """Flips the `n`th sku value in `lines`; returns the ranged change."""
    line = sku_lines[n % len(sku_lines)]
    old = lines[line]
    new_value = "Premium" if "Standard" in old else "Standard"
    start = old.index(":") + 2
    lines[line] = old[:start] + new_value
    return {"range": {"start": {"line": line, "character": start}, "end": {"line": line, "character": len(old)}},
            "text": new_value}


def burst(command, settings, text, edits, rate):
    """`edits` changes sent `rate` per second without waiting for diagnostics."""
    workdir = tempfile.mkdtemp(prefix="palint-bench-")
    uri = "file://" + os.path.join(workdir, "values.yaml")
    server = started(command, settings, workdir)
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    server.wait_diagnostics(uri, 1)
    lines = text.split("\n")
    sku_lines = [i for i, line in enumerate(lines) if line.strip().startswith("sku:")]
    start = time.perf_counter()
    for n in range(edits):
        while time.perf_counter() < start + n / rate:
            time.sleep(0.0005)
        change = flip_sku(lines, sku_lines, n)
        before = time.perf_counter()
        encoding = server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": n + 2},
                                                            "contentChanges": [change]})
    # When the last edit was encoded; not after the write returns, which can wait for the
    # reader thread's GIL while it decodes diagnostics.
    last_sent = before + encoding
    published = []
    last_at = last_sent
    while True:
        # A server that publishes without versions (yaml-language-server) is done when it has
        # been quiet for two seconds after the last edit; its last publish is the answer.
        unversioned = bool(published) and published[-1] is None
        try:
            at, message, _ = server.messages.get(timeout=2.0 if unversioned else TIMEOUT)
        except queue.Empty:
            if unversioned:
                at = last_at
                break
            raise
        if server._answer(message) or message.get("method") != "textDocument/publishDiagnostics":
            continue
        published.append(message["params"].get("version"))
        last_at = at
        if message["params"].get("version") == edits + 1:
            break
    server.stop()
    shutil.rmtree(workdir, ignore_errors=True)
    return {"last_edit_to_diagnostics_ms": (at - last_sent) * 1000, "versions_published": len(published)}


def memory(command, settings, files, lines):
    """Peak resident memory with `files` open files of `lines` lines each."""
    workdir = tempfile.mkdtemp(prefix="palint-bench-")
    server = started(command, settings, workdir)
    for i in range(files):
        text = multi_document(lines)
        uri = f"file://{workdir}/values-{i}.yaml"
        server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
        server.wait_diagnostics(uri, 1)
    rss, peak = server.memory_kb()
    server.stop()
    shutil.rmtree(workdir, ignore_errors=True)
    return {"rss_mb": rss / 1024, "peak_rss_mb": peak / 1024}


def run(name, command, settings, text, edits, completions, full_text=False):
    workdir = tempfile.mkdtemp(prefix="palint-bench-")
    path = os.path.join(workdir, "values.yaml")
    with open(path, "w") as f:
        f.write(text)
    uri = "file://" + path
    server = Server(command, settings)
    elapsed, _ = server.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + workdir,
                                               "capabilities": capabilities(), "workspaceFolders": None})
    initialize_ms = (time.perf_counter() - server.start) * 1000
    server.notify("initialized", {})
    server.notify("workspace/didChangeConfiguration", {"settings": settings})

    opened = time.perf_counter()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    arrival = server.wait_diagnostics(uri, 1)
    first = arrival.message["params"]["diagnostics"]
    first_ms = (arrival.at - opened) * 1000

    lines = text.split("\n")
    sku_lines = [i for i, line in enumerate(lines) if line.strip().startswith("sku:")]
    latencies, server_side, client_side = [], [], []
    for n in range(edits):
        change = flip_sku(lines, sku_lines, n)
        if full_text:
            change = {"text": "\n".join(lines)}
        version = n + 2
        sent = time.perf_counter()
        encoding = server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                            "contentChanges": [change]})
        arrival = server.wait_diagnostics(uri, version)
        latencies.append((arrival.at - sent) * 1000)
        # The client's own share: encoding the edit and decoding the diagnostics (Python's json;
        # timed in the thread that does it, since a write's return waits for the reader's GIL).
        decoding = arrival.at - arrival.received
        server_side.append((arrival.received - sent - encoding) * 1000)
        client_side.append((encoding + decoding) * 1000)

    line = sku_lines[0]
    character = lines[line].index(":") + 2
    completion_times, labels = [], []
    for _ in range(completions):
        elapsed, result = server.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                                     "position": {"line": line, "character": character}})
        completion_times.append(elapsed * 1000)
        items = result.get("items", []) if isinstance(result, dict) else (result or [])
        labels = [item["label"] for item in items]
    rss, peak = server.memory_kb()
    server.stop()
    shutil.rmtree(workdir, ignore_errors=True)
    latencies.sort()
    server_side.sort()
    return {
        "server": name,
        "initialize_ms": initialize_ms,
        "first_diagnostics_ms": first_ms,
        "first_diagnostics_count": len(first),
        "edit_to_diagnostics_median_ms": statistics.median(latencies),
        "edit_to_diagnostics_p95_ms": latencies[int(0.95 * (len(latencies) - 1))],
        "server_side_median_ms": statistics.median(server_side),
        "server_side_p95_ms": server_side[int(0.95 * (len(server_side) - 1))],
        "client_json_median_ms": statistics.median(client_side),
        "completion_median_ms": statistics.median(completion_times),
        "completion_labels": labels[:6],
        "rss_mb": rss / 1024,
        "peak_rss_mb": peak / 1024,
    }


def table(results, keys):
    print(f"{'':34}" + "".join(f"{r['server']:>24}" for r in results))
    for key in keys:
        cells = []
        for r in results:
            value = r.get(key, "")
            cells.append(f"{value:>24.2f}" if isinstance(value, float) else f"{str(value):>24}")
        print(f"{key:34}" + "".join(cells))


def main():
    global CODEC
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--palint", default=os.path.join(ROOT, "target", "release", "palint"))
    parser.add_argument("--yaml-language-server", default=os.path.join(ROOT, "bench", "lsp", "node_modules", ".bin", "yaml-language-server"))
    parser.add_argument("--sizes", default="300,3000,30000", help="file sizes in lines")
    parser.add_argument("--peer-max-lines", type=int, default=3000, help="largest file yaml-language-server gets")
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--completions", type=int, default=20)
    parser.add_argument("--burst-edits", type=int, default=100)
    parser.add_argument("--burst-rate", type=float, default=100.0, help="edits per second")
    parser.add_argument("--memory-files", type=int, default=50)
    parser.add_argument("--memory-lines", type=int, default=3000)
    parser.add_argument("--no-peer", action="store_true", help="palint only")
    parser.add_argument("--invalid-every", type=int, default=4, help="one document in N has problems")
    parser.add_argument("--lines-per-document", type=int, default=None,
                        help="cut documents to N lines (15: 2,000 documents in 30,000 lines)")
    parser.add_argument("--client-json", choices=["orjson", "stdlib"], default=CODEC.name,
                        help="the client's JSON codec (default: orjson when installed)")
    args = parser.parse_args()
    CODEC = Codec(args.client_json)
    print(f"client JSON codec: {CODEC.name}")

    yaml_settings = {"yaml": {"validate": True, "hover": True, "completion": True, "format": {"enable": False},
                              "schemaStore": {"enable": False}, "schemas": {}}}
    servers = [("palint lsp", [args.palint, "lsp"], {"palint": {}})]
    if not args.no_peer:
        servers.append(("yaml-language-server", [args.yaml_language_server, "--stdio"], yaml_settings))
    keys = ["initialize_ms", "first_diagnostics_ms", "first_diagnostics_count", "edit_to_diagnostics_median_ms",
            "edit_to_diagnostics_p95_ms", "server_side_median_ms", "server_side_p95_ms", "client_json_median_ms", "completion_median_ms", "rss_mb", "peak_rss_mb", "completion_labels"]
    summary, everything = [], {}
    for size in [int(s) for s in args.sizes.split(",")]:
        text = multi_document(size, f"# yaml-language-server: $schema={SCHEMA}\n", args.invalid_every,
                              args.lines_per_document)
        for mode in ["incremental", "full"]:
            results = []
            for name, command, settings in servers:
                if name != "palint lsp" and size > args.peer_max_lines:
                    continue
                result = run(name, command, settings, text, args.edits, args.completions, full_text=mode == "full")
                result.update(burst(command, settings, text, args.burst_edits, args.burst_rate))
                results.append(result)
                summary.append((size, text.count("\n"), mode, name, result))
            print(f"\nfile: {text.count(chr(10))} lines, {text.count(chr(10) + '---' + chr(10))} documents, "
                  f"{len(text)} bytes; {mode} didChange; "
                  f"{args.edits} edits, {args.completions} completions, burst of {args.burst_edits} at {args.burst_rate:.0f}/s\n")
            table(results, keys + ["last_edit_to_diagnostics_ms", "versions_published"])
            if len(results) == 2:
                palint, peer = results
                ratio = peer["edit_to_diagnostics_median_ms"] / palint["edit_to_diagnostics_median_ms"]
                print(f"edit->diagnostics: palint is {ratio:.0f}x faster (median)")
            everything[f"{size}-{mode}"] = results

    print("\nedit -> diagnostics, median ms (burst: last edit -> last version's diagnostics)")
    print("(server: edit encoded -> last byte of the diagnostics read, i.e. writing, the server, reading; "
          f"client: its {CODEC.name} encoding of the edit + decoding of the diagnostics)")
    print(f"{'lines':>8} {'mode':>12} {'server':>22} {'median':>9} {'p95':>9} {'server':>9} {'client':>9} {'burst':>9}")
    for size, lines, mode, name, r in summary:
        print(f"{lines:>8} {mode:>12} {name:>22} {r['edit_to_diagnostics_median_ms']:>9.2f} "
              f"{r['edit_to_diagnostics_p95_ms']:>9.2f} {r['server_side_median_ms']:>9.2f} "
              f"{r['client_json_median_ms']:>9.2f} {r['last_edit_to_diagnostics_ms']:>9.2f}")

    print(f"\nmemory with {args.memory_files} open files of {args.memory_lines} lines")
    for name, command, settings in servers[:1]:
        m = memory(command, settings, args.memory_files, args.memory_lines)
        everything["memory"] = m
        print(f"{name}: VmRSS {m['rss_mb']:.1f} MB, peak VmHWM {m['peak_rss_mb']:.1f} MB")
    json.dump(everything, open(os.path.join(tempfile.gettempdir(), "palint-lsp-bench.json"), "w"), indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
