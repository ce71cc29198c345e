#!/usr/bin/env python3
"""Checks Terraform files against palint's terraform-*.schema.json files, the way palint reads them.

    python3 schemas/generate/check_tf_corpus.py                 # tests/corpus/**/*.tf
    python3 schemas/generate/check_tf_corpus.py FILE_OR_DIR...  # other files

For every `resource` block of a type with a schema (spectrocloud_cluster_aks, ..._cluster_azure,
..._cluster_profile, ..._cloudaccount_azure) it reports each attribute or nested block name the
schema does not define (what palint reports as unknown-key), and exits 1 when there is one.

When the `jsonschema` package is importable it also validates the literal values and lists what
else palint's schema pass would say (types, enums, patterns, missing required arguments); those
are listed for review and do not change the exit status.

The tree follows core/src/syntax/hcl.rs: a block body is a mapping, attributes are entries,
nested blocks of one name are a list of mappings under that name, `dynamic` blocks are skipped
(and the document's missing-required findings with them), and any expression Terraform evaluates
(references, function calls, interpolation, operators, conditionals, for) is not judged.

A small HCL reader of its own (Python 3 standard library): comments, strings with ${...} and
%{...}, heredocs (<<EOT and <<-EOT), numbers, lists, objects and blocks.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = {
    "spectrocloud_cluster_aks": "terraform-cluster-aks.schema.json",
    "spectrocloud_cluster_azure": "terraform-cluster-azure.schema.json",
    "spectrocloud_cluster_profile": "terraform-cluster-profile.schema.json",
    "spectrocloud_cloudaccount_azure": "terraform-cloudaccount-azure.schema.json",
}


class Deferred:
    """An expression Terraform evaluates."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"<{self.text}>"


class Body(dict):
    """A block body; `lines` gives the line of each key, `dynamic` whether a dynamic block (here
    or nested) was skipped."""

    def __init__(self):
        super().__init__()
        self.lines = {}
        self.dynamic = False


class HclError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------

PUNCT3 = ["..."]
PUNCT2 = ["==", "!=", "<=", ">=", "&&", "||", "=>", "::"]
PUNCT1 = set("{}[]()=,:.?+-*/%<>!")


class Tok:
    __slots__ = ("kind", "value", "line", "start", "end", "template")

    def __init__(self, kind, value, line, start, end, template=False):
        self.kind, self.value, self.line = kind, value, line
        self.start, self.end, self.template = start, end, template

    def __repr__(self):
        return f"{self.kind}:{self.value!r}@{self.line}"


ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def tokenize(text):
    toks = []
    i, n, line = 0, len(text), 1

    def skip_template(j):
        """From just after `${` or `%{`: index after the matching `}`."""
        depth = 1
        while j < n:
            c = text[j]
            if c == '"':
                _, _, j = scan_string(j + 1)
                continue
            if c == "\n":
                pass
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        raise HclError("unterminated template")

    def scan_string(j):
        """From just after the opening quote: (value, has_template, index after the quote)."""
        out, template = [], False
        while j < n:
            c = text[j]
            if c == "\\" and j + 1 < n:
                nxt = text[j + 1]
                if nxt == "u" and j + 6 <= n:
                    out.append(chr(int(text[j + 2:j + 6], 16)))
                    j += 6
                    continue
                if nxt == "U" and j + 10 <= n:
                    out.append(chr(int(text[j + 2:j + 10], 16)))
                    j += 10
                    continue
                out.append(ESCAPES.get(nxt, nxt))
                j += 2
                continue
            if text.startswith("$${", j) or text.startswith("%%{", j):
                out.append(text[j + 1:j + 3])
                j += 3
                continue
            if text.startswith("${", j) or text.startswith("%{", j):
                template = True
                j = skip_template(j + 2)
                continue
            if c == '"':
                return "".join(out), template, j + 1
            if c == "\n":
                raise HclError("newline in a quoted string")
            out.append(c)
            j += 1
        raise HclError("unterminated string")

    while i < n:
        c = text[i]
        if c == "\n":
            toks.append(Tok("nl", "\n", line, i, i + 1))
            line += 1
            i += 1
        elif c in " \t\r":
            i += 1
        elif c == "#" or text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise HclError("unterminated comment")
            line += text.count("\n", i, end)
            i = end + 2
        elif c == '"':
            start = i
            value, template, i = scan_string(i + 1)
            toks.append(Tok("str", value, line, start, i, template))
        elif text.startswith("<<", i) and re.match(r"<<-?[A-Za-z_][A-Za-z0-9_-]*[ \t]*\r?\n",
                                                    text[i:]):
            m = re.match(r"<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n", text[i:])
            indent, marker = m.group(1) == "-", m.group(2)
            start = i
            j = i + m.end()
            body_lines = []
            start_line = line
            line += 1
            while True:
                if j >= n:
                    raise HclError(f"unterminated heredoc {marker}")
                end = text.find("\n", j)
                end = n if end < 0 else end
                raw = text[j:end]
                if raw.strip() == marker:
                    j = end
                    break
                body_lines.append(raw + "\n")
                line += 1
                j = end + 1
            if indent:
                widths = [len(l) - len(l.lstrip(" \t")) for l in body_lines if l.strip()]
                cut = min(widths) if widths else 0
                body_lines = [l[cut:] if l.strip() else l.lstrip(" \t") for l in body_lines]
            value = "".join(body_lines)
            template = bool(re.search(r"(?<![$%])[$%]\{", value))
            toks.append(Tok("str", value, start_line, start, j, template))
            i = j
        elif c.isdigit():
            m = re.match(r"[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?", text[i:])
            raw = m.group(0)
            value = float(raw) if ("." in raw or "e" in raw.lower()) else int(raw)
            toks.append(Tok("num", value, line, i, i + len(raw)))
            i += len(raw)
        elif c.isalpha() or c == "_":
            m = re.match(r"[A-Za-z_][A-Za-z0-9_-]*", text[i:])
            toks.append(Tok("ident", m.group(0), line, i, i + m.end()))
            i += m.end()
        else:
            for p in PUNCT3 + PUNCT2:
                if text.startswith(p, i):
                    toks.append(Tok("p", p, line, i, i + len(p)))
                    i += len(p)
                    break
            else:
                if c in PUNCT1:
                    toks.append(Tok("p", c, line, i, i + 1))
                    i += 1
                else:
                    raise HclError(f"line {line}: unexpected {c!r}")
    toks.append(Tok("eof", None, line, n, n))
    return toks


# ---------------------------------------------------------------------------------------------
# Parser
# ---------------------------------------------------------------------------------------------

OPEN = {"(": ")", "[": "]", "{": "}"}


class Parser:
    def __init__(self, text):
        self.text = text
        self.toks = tokenize(text)
        self.i = 0

    def peek(self, skip_nl=False):
        j = self.i
        if skip_nl:
            while self.toks[j].kind == "nl":
                j += 1
        return self.toks[j]

    def next(self, skip_nl=False):
        if skip_nl:
            self.skip_nl()
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def skip_nl(self):
        while self.toks[self.i].kind == "nl":
            self.i += 1

    def expect(self, value, skip_nl=False):
        tok = self.next(skip_nl)
        if tok.value != value or tok.kind not in ("p",):
            raise HclError(f"line {tok.line}: expected {value!r}, found {tok.value!r}")
        return tok

    def body(self, closing):
        """Items until `closing` ('}' or 'eof'). Returns (Body, [(ident, labels, Body, line)])."""
        body, blocks = Body(), []
        while True:
            self.skip_nl()
            tok = self.peek()
            if closing == "eof" and tok.kind == "eof":
                return body, blocks
            if closing == "}" and tok.kind == "p" and tok.value == "}":
                self.i += 1
                return body, blocks
            if tok.kind != "ident":
                raise HclError(f"line {tok.line}: expected a name, found {tok.value!r}")
            self.i += 1
            name = tok.value
            nxt = self.peek()
            if nxt.kind == "p" and nxt.value in ("=", ":"):
                self.i += 1
                value = self.expression(in_body=True)
                if name in body:
                    raise HclError(f"line {tok.line}: {name} set twice")
                body[name] = value
                body.lines[name] = tok.line
                continue
            labels = []
            while self.peek().kind in ("str", "ident"):
                labels.append(self.next().value)
            self.expect("{")
            inner, _ = self.body("}")
            body.dynamic = body.dynamic or inner.dynamic
            blocks.append((name, labels, inner, tok.line))
            if name == "dynamic":
                body.dynamic = True
                continue
            if name in body and not isinstance(body[name], list):
                raise HclError(f"line {tok.line}: {name} is both an argument and a block")
            body.setdefault(name, []).append(inner)
            body.lines.setdefault(name, tok.line)

    def skip_expression(self, terminators, in_body):
        depth = 0
        while True:
            tok = self.peek()
            if tok.kind == "eof":
                return
            if depth == 0:
                if tok.kind == "nl" and in_body:
                    return
                if tok.kind == "p" and tok.value in terminators:
                    return
            if tok.kind == "p" and tok.value in OPEN:
                depth += 1
            elif tok.kind == "p" and tok.value in (")", "]", "}"):
                depth -= 1
            self.i += 1

    def expression(self, in_body=False, terminators=(",", "]", "}", ")")):
        """A value: a literal, or Deferred for anything Terraform evaluates."""
        start_tok = self.peek(skip_nl=not in_body)
        value = self.primary(in_body)
        tok = self.peek(skip_nl=not in_body)
        ends = (tok.kind in ("eof", "nl")
                or (tok.kind == "p" and tok.value in terminators)
                or (tok.kind == "p" and tok.value in ("=", ":") and not in_body))
        if ends:
            return value
        # An operator, a traversal, a call, a conditional: the whole expression is evaluated.
        self.skip_expression(terminators, in_body)
        end = self.toks[self.i - 1].end
        return Deferred(self.text[start_tok.start:end])

    def primary(self, in_body):
        self.skip_nl() if not in_body else None
        tok = self.next()
        if tok.kind == "str":
            return Deferred(self.text[tok.start:tok.end]) if tok.template else tok.value
        if tok.kind == "num":
            return tok.value
        if tok.kind == "ident":
            if tok.value == "true":
                return True
            if tok.value == "false":
                return False
            if tok.value == "null":
                return None
            self.skip_postfix()
            return Deferred(self.text[tok.start:self.toks[self.i - 1].end])
        if tok.kind == "p" and tok.value == "-" and self.peek().kind == "num":
            return -self.next().value
        if tok.kind == "p" and tok.value == "(":
            value = self.expression(terminators=(")",))
            self.expect(")", skip_nl=True)
            return value if not isinstance(value, Deferred) else Deferred("(...)")
        if tok.kind == "p" and tok.value == "[":
            if self.peek(skip_nl=True).kind == "ident" and self.peek(skip_nl=True).value == "for":
                self.i -= 1
                start = self.peek().start
                self.skip_balanced()
                return Deferred(self.text[start:self.toks[self.i - 1].end])
            items = []
            while True:
                if self.peek(skip_nl=True).value == "]":
                    self.next(skip_nl=True)
                    return items
                items.append(self.expression(terminators=(",", "]")))
                sep = self.next(skip_nl=True)
                if sep.value == "]":
                    return items
                if sep.value != ",":
                    raise HclError(f"line {sep.line}: expected , or ] in a list")
        if tok.kind == "p" and tok.value == "{":
            if self.peek(skip_nl=True).kind == "ident" and self.peek(skip_nl=True).value == "for":
                self.i -= 1
                start = self.peek().start
                self.skip_balanced()
                return Deferred(self.text[start:self.toks[self.i - 1].end])
            obj = {}
            while True:
                if self.peek(skip_nl=True).value == "}":
                    self.next(skip_nl=True)
                    return obj
                key_tok = self.peek(skip_nl=True)
                key = self.expression(terminators=("=", ":"))
                if isinstance(key, Deferred) and key_tok.kind == "ident":
                    key = key_tok.value
                sep = self.next(skip_nl=True)
                if sep.value not in ("=", ":"):
                    raise HclError(f"line {sep.line}: expected = in an object")
                value = self.expression(terminators=(",", "}"))
                obj[key if not isinstance(key, Deferred) else key.text] = value
                tok2 = self.peek()
                if tok2.kind == "p" and tok2.value == ",":
                    self.i += 1
        if tok.kind == "p" and tok.value == "!":
            value = self.primary(in_body)
            return Deferred("!" + repr(value))
        raise HclError(f"line {tok.line}: unexpected {tok.value!r}")

    def skip_postfix(self):
        """After a name: .attr, [index], (call arguments), .*."""
        while True:
            tok = self.peek()
            if tok.kind == "p" and tok.value == ".":
                self.i += 1
                self.next()
            elif tok.kind == "p" and tok.value in ("[", "("):
                self.skip_balanced()
            elif tok.kind == "p" and tok.value == "::":
                self.i += 1
                self.next()
            else:
                return

    def skip_balanced(self):
        depth = 0
        while True:
            tok = self.next()
            if tok.kind == "eof":
                raise HclError("unbalanced brackets")
            if tok.kind == "p" and tok.value in OPEN:
                depth += 1
            elif tok.kind == "p" and tok.value in (")", "]", "}"):
                depth -= 1
                if depth == 0:
                    return


def parse(text):
    """Top-level blocks: (ident, labels, body, line, holds a dynamic block)."""
    _, blocks = Parser(text).body("eof")
    return [(ident, labels, body, line, body.dynamic) for ident, labels, body, line in blocks]


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

def resolve(schema, node):
    while isinstance(node, dict) and "$ref" in node:
        node = schema["$defs"][node["$ref"].split("/")[-1]]
    return node


def unknown_keys(schema, node, value, path, out, lines=None):
    node = resolve(schema, node)
    if isinstance(value, dict) and node.get("type") == "object":
        props = node.get("properties", {})
        for key, child in value.items():
            line = getattr(value, "lines", {}).get(key)
            if key in props:
                unknown_keys(schema, props[key], child, path + [key], out)
            elif node.get("additionalProperties") is False:
                out.append((".".join(path + [key]), line, sorted(props)))
    elif isinstance(value, list) and node.get("type") == "array" and "items" in node:
        for item in value:
            unknown_keys(schema, node["items"], item, path, out)


MARK = "\u0000deferred"


def to_json(value):
    if isinstance(value, Deferred):
        return MARK
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    return value


def other_findings(schema, body, structural):
    try:
        import jsonschema
    except ImportError:
        return None
    validator = jsonschema.Draft202012Validator(schema)
    found = []
    for error in validator.iter_errors(to_json(body)):
        if error.instance == MARK:
            continue
        if error.validator == "additionalProperties":
            continue
        if error.validator == "required" and structural:
            continue
        where = ".".join(str(p) for p in error.absolute_path) or "(body)"
        found.append(f"{where}: {error.message}".replace(MARK, "<expression>"))
    return found


def closest(word, candidates):
    import difflib
    match = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
    return match[0] if match else None


def main(argv):
    paths = [Path(a) for a in argv] or [ROOT / "tests" / "corpus"]
    files = []
    for p in paths:
        files.extend(sorted(p.rglob("*.tf")) if p.is_dir() else [p])
    schemas = {t: json.loads((ROOT / "schemas" / f).read_text()) for t, f in SCHEMAS.items()}
    unknown_total, checked, other_total = 0, 0, 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        try:
            blocks = parse(text)
        except HclError as error:
            print(f"{path}: cannot read: {error}")
            unknown_total += 1
            continue
        for ident, labels, body, line, structural in blocks:
            if ident != "resource" or not labels or labels[0] not in schemas:
                continue
            checked += 1
            schema = schemas[labels[0]]
            name = ".".join(labels)
            found = []
            unknown_keys(schema, schema, body, [], found)
            for key_path, key_line, known in found:
                leaf = key_path.split(".")[-1]
                hint = closest(leaf, known)
                hint = f"; did you mean {hint}?" if hint else ""
                print(f"{path}:{key_line}: {name}: unknown {key_path}{hint}")
            unknown_total += len(found)
            others = other_findings(schema, body, structural)
            for finding in others or []:
                print(f"{path}:{line}: {name}: note: {finding}")
            other_total += len(others or [])
    print(f"{checked} resource blocks in {len(files)} files: {unknown_total} unknown names, "
          f"{other_total} other findings")
    return 1 if unknown_total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
