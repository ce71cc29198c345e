#!/usr/bin/env python3
"""Check the generated CAPZ schemas: valid draft 2020-12, and what they say about real files.

  python3 schemas/generate/check_capz.py [FILE_OR_DIR ...]

Default inputs: tests/corpus (every *.yaml / *.yml below it). Each YAML document is matched to a
schema by apiVersion/kind (the CAPZ manifests) or, for files under a `palette-capi-override`
folder, taken as a Palette CAPI override. The spec of every real AzureManagedControlPlane,
AzureManagedMachinePool, AzureCluster and AzureMachineTemplate is also tried as an override
(`{azureCluster: {spec: ...}}`): a complete, valid spec is a valid merge patch. Prints every schema error with its document and JSON
path. Values palint treats as opaque (a `{{ ... }}` template action, a `${...}` or `<...>`
placeholder) are not judged, as palint does not judge them.

Needs PyYAML and the `jsonschema` package (4.x). Exit status 1 when a schema is invalid;
findings on files are reported, not failed, since they need review.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = {
    ("infrastructure.cluster.x-k8s.io/v1beta1", "AzureManagedControlPlane"):
        "capz-managed-control-plane",
    ("infrastructure.cluster.x-k8s.io/v1beta1", "AzureManagedMachinePool"):
        "capz-managed-machine-pool",
    ("infrastructure.cluster.x-k8s.io/v1beta1", "AzureManagedCluster"): "capz-managed-cluster",
}
OVERRIDE = "palette-capi-override"
# Real CAPZ objects whose spec is also tried as an override (a complete spec is a valid patch).
OVERRIDE_KEYS = {
    "AzureManagedControlPlane": "azureManagedControlPlane",
    "AzureManagedMachinePool": "azureManagedMachinePool",
    "AzureCluster": "azureCluster",
    "AzureMachineTemplate": "azureMachineTemplate",
}
OPAQUE = re.compile(r"\{\{.*\}\}|\$\{[^}]*\}|<[A-Za-z0-9_. -]{1,64}>|YOUR_[A-Z_]+")


def load(name: str) -> Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def opaque(value) -> bool:
    return isinstance(value, str) and bool(OPAQUE.search(value))


def files(args: list[str]):
    targets = [Path(a) for a in args] or [ROOT / "tests" / "corpus"]
    for target in targets:
        if target.is_dir():
            yield from sorted(p for p in target.rglob("*") if p.suffix in (".yaml", ".yml"))
        else:
            yield target


def main(argv: list[str]) -> int:
    validators = {name: load(name) for name in set(SCHEMAS.values()) | {OVERRIDE}}
    print("schemas valid (draft 2020-12):", ", ".join(sorted(validators)))
    checked = findings = 0
    for path in files(argv):
        try:
            docs = list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
        except yaml.YAMLError as e:
            # Template files (Helm, envsubst) may not be YAML before rendering.
            print(f"{path}: not YAML before rendering ({type(e).__name__}); skipped")
            continue
        for index, doc in enumerate(docs):
            if not isinstance(doc, dict):
                continue
            targets = []
            if "palette-capi-override" in path.parts:
                targets.append((OVERRIDE, doc))
            else:
                name = SCHEMAS.get((doc.get("apiVersion"), doc.get("kind")))
                if name is not None:
                    targets.append((name, doc))
                key = OVERRIDE_KEYS.get(doc.get("kind"))
                if (doc.get("apiVersion") == "infrastructure.cluster.x-k8s.io/v1beta1" and key
                        and isinstance(doc.get("spec"), dict)):
                    targets.append((OVERRIDE, {key: {"spec": doc["spec"]}}))
            for name, instance in targets:
                checked += 1
                errors = validators[name].iter_errors(instance)
                for error in sorted(errors, key=lambda e: list(e.path)):
                    if opaque(error.instance):
                        continue
                    findings += 1
                    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
                    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                    print(f"{rel} doc {index} [{name}] {where}: {error.message}")
    print(f"{checked} documents checked, {findings} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
