#!/usr/bin/env python3
"""Side-by-side language server benchmark: palint lsp vs yaml-language-server.

Both servers get the same client (this script), the same 3,000-line multi-document AKS values
file and the same edits. yaml-language-server validates it against
schemas/kubernetes-aks-values.schema.json through a `# yaml-language-server: $schema=` modeline,
which is how a user would point the generic tool at palint's schema.

Measured per server: initialize time (spawn to initialize response), time to first
diagnostics after didOpen, edit -> publishDiagnostics latency (median and p95 of N edits),
completion latency (median of N requests) and resident memory (VmRSS and peak VmHWM).

Usage: bench/lsp/compare.py [--palint target/release/palint] [--edits 40]
Needs: `cargo build --release -p palint` and `npm --prefix bench/lsp ci`.
"""

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCHEMA = os.path.join(ROOT, "schemas", "kubernetes-aks-values.schema.json")
TIMEOUT = 60.0


def multi_document(lines, header=""):
    """About `lines` lines of AKS layer values; one document in four has problems. `header`
    starts every document (yaml-language-server reads a `$schema` modeline per document)."""
    valid = open(os.path.join(ROOT, "examples/valid/aks-values.yaml")).read()
    invalid = open(os.path.join(ROOT, "examples/invalid/aks-values.yaml")).read()
    parts, count, i = [], 0, 0
    while count < lines:
        doc = invalid if i % 4 == 3 else valid
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
            self.messages.put((time.perf_counter(), json.loads(out.read(length))))

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

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
            at, message = self.messages.get(timeout=TIMEOUT)
            if self._answer(message):
                continue
            if message.get("id") == request_id and "method" not in message:
                return at - sent, message.get("result")

    def wait_diagnostics(self, uri, version=None):
        """Time at which diagnostics for `uri` (at `version`, if the server sends versions) arrive."""
        while True:
            at, message = self.messages.get(timeout=TIMEOUT)
            if self._answer(message):
                continue
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                sent_version = message["params"].get("version")
                if version is None or sent_version is None or sent_version == version:
                    return at, message["params"]["diagnostics"]

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


def run(name, command, settings, text, edits, completions):
    workdir = tempfile.mkdtemp(prefix="palint-bench-")
    path = os.path.join(workdir, "values.yaml")
    with open(path, "w") as f:
        f.write(text)
    uri = "file://" + path
    capabilities = {
        "workspace": {"configuration": True, "didChangeConfiguration": {"dynamicRegistration": False}},
        "textDocument": {
            "synchronization": {"didSave": True},
            "completion": {"completionItem": {"snippetSupport": True}},
            "hover": {"contentFormat": ["markdown"]},
            "publishDiagnostics": {"versionSupport": True},
        },
    }
    server = Server(command, settings)
    elapsed, _ = server.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + workdir,
                                               "capabilities": capabilities, "workspaceFolders": None})
    initialize_ms = (time.perf_counter() - server.start) * 1000
    server.notify("initialized", {})
    server.notify("workspace/didChangeConfiguration", {"settings": settings})

    opened = time.perf_counter()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    at, first = server.wait_diagnostics(uri, 1)
    first_ms = (at - opened) * 1000

    lines = text.split("\n")
    sku_lines = [i for i, line in enumerate(lines) if line.strip().startswith("sku:")]
    latencies = []
    for n in range(edits):
        line = sku_lines[n % len(sku_lines)]
        old = lines[line]
        new_value = "Premium" if "Standard" in old else "Standard"
        start = old.index(":") + 2
        new = old[:start] + new_value
        lines[line] = new
        change = {"range": {"start": {"line": line, "character": start}, "end": {"line": line, "character": len(old)}},
                  "text": new_value}
        version = n + 2
        sent = time.perf_counter()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        at, _ = server.wait_diagnostics(uri, version)
        latencies.append((at - sent) * 1000)

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
    latencies.sort()
    return {
        "server": name,
        "initialize_ms": initialize_ms,
        "first_diagnostics_ms": first_ms,
        "first_diagnostics_count": len(first),
        "edit_to_diagnostics_median_ms": statistics.median(latencies),
        "edit_to_diagnostics_p95_ms": latencies[int(0.95 * (len(latencies) - 1))],
        "completion_median_ms": statistics.median(completion_times),
        "completion_labels": labels[:6],
        "rss_mb": rss / 1024,
        "peak_rss_mb": peak / 1024,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--palint", default=os.path.join(ROOT, "target", "release", "palint"))
    parser.add_argument("--yaml-language-server", default=os.path.join(ROOT, "bench", "lsp", "node_modules", ".bin", "yaml-language-server"))
    parser.add_argument("--lines", type=int, default=3000)
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--completions", type=int, default=20)
    args = parser.parse_args()

    text = multi_document(args.lines, f"# yaml-language-server: $schema={SCHEMA}\n")
    yaml_settings = {"yaml": {"validate": True, "hover": True, "completion": True, "format": {"enable": False},
                              "schemaStore": {"enable": False}, "schemas": {}}}
    results = [
        run("palint lsp", [args.palint, "lsp"], {"palint": {}}, text, args.edits, args.completions),
        run("yaml-language-server", [args.yaml_language_server, "--stdio"], yaml_settings, text, args.edits, args.completions),
    ]
    print(f"file: {text.count(chr(10))} lines, {len(text)} bytes; {args.edits} edits, {args.completions} completions\n")
    keys = ["initialize_ms", "first_diagnostics_ms", "first_diagnostics_count", "edit_to_diagnostics_median_ms",
            "edit_to_diagnostics_p95_ms", "completion_median_ms", "rss_mb", "peak_rss_mb", "completion_labels"]
    print(f"{'':34}" + "".join(f"{r['server']:>24}" for r in results))
    for key in keys:
        cells = []
        for r in results:
            value = r[key]
            cells.append(f"{value:>24.2f}" if isinstance(value, float) else f"{str(value):>24}")
        print(f"{key:34}" + "".join(cells))
    palint, peer = results
    ratio = peer["edit_to_diagnostics_median_ms"] / palint["edit_to_diagnostics_median_ms"]
    print(f"\nedit->diagnostics: palint is {ratio:.0f}x faster (median); "
          f"memory: palint {palint['peak_rss_mb']:.0f} MB vs {peer['peak_rss_mb']:.0f} MB peak")
    json.dump(results, open(os.path.join(tempfile.gettempdir(), "palint-lsp-bench.json"), "w"), indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
