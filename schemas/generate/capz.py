#!/usr/bin/env python3
"""Generate palint's Cluster API Provider Azure (CAPZ) JSON Schemas.

Reads the CustomResourceDefinitions vendored in schemas/vendor/capz/ (see its README.md for
repository, path, commit and licence) and writes four draft 2020-12 JSON Schemas:

  schemas/capz-managed-control-plane.schema.json  AzureManagedControlPlane manifest
  schemas/capz-managed-machine-pool.schema.json   AzureManagedMachinePool manifest
  schemas/capz-managed-cluster.schema.json        AzureManagedCluster manifest
  schemas/palette-capi-override.schema.json       Palette's "CAPI override" YAML (Azure/AKS)

Usage (from the repository root or anywhere):

  python3 schemas/generate/capz.py          # write the schemas
  python3 schemas/generate/capz.py --check  # exit 1 if a written schema differs from the output

Needs Python 3.9+ and PyYAML. Output is deterministic (same input, same bytes).

Conversion from a CRD's openAPIV3Schema (Kubernetes structural schema) to JSON Schema:
- kept: type, properties, required, enum, minimum/maximum, minLength/maxLength, maxItems/minItems,
  items, additionalProperties (maps), default, pattern (only when the regex is valid in Rust's
  `regex` crate: no lookaround, backreferences or atomic groups);
- description: the first paragraph, on one line;
- `x-kubernetes-int-or-string: true` (with its anyOf) becomes {"type": ["integer", "string"]};
- `x-kubernetes-preserve-unknown-fields: true` leaves the object open;
- an object with `properties` gets `"additionalProperties": false` (palint warns on unknown keys);
- an object with neither properties nor additionalProperties stays open (the API server would
  prune its content; palint does not guess);
- `format` is dropped (only `int32` occurs, which no validator checks);
- other `x-kubernetes-*` keys are dropped. Any other keyword stops the generator, so a CRD update
  that brings something new is looked at rather than silently mistranslated.

Two overlays are applied on top of the CRD, each marked with `x-palint-source` (shown on hover):
- WEBHOOK: single-field checks the CAPZ validating webhooks make unconditionally on create (see
  schemas/vendor/capz/WEBHOOK-FACTS.md); cross-field checks are left to palint rules;
- SPECTRO_FORK (override schema only): fields Spectro Cloud's CAPZ fork adds to the upstream
  CRDs, which Palette's override accepts.

In the manifest schemas, the CRD's `required` list of `spec` itself becomes `x-palint-required`
(an annotation, not enforced): CAPZ's own kustomize patches and bases are partial objects of these
kinds. `required` deeper down (sku.tier, aadProfile.managed, a taint's effect, ...) stays.

The override schema describes a JSON merge patch (RFC 7396), which is how Palette applies it:
`required` is dropped outside list items (the rest of the object comes from Palette) and every
value outside list items may be `null` (a merge patch deletes a key with null). Lists are
replaced whole by a merge patch, so inside list items `required` stays and null is not added.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("capz.py needs PyYAML (pip install pyyaml)")

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "schemas" / "vendor" / "capz"
OUT = ROOT / "schemas"

REPOSITORY = "https://github.com/kubernetes-sigs/cluster-api-provider-azure"
COMMIT = "69ec3a40a818ccbc32b8ce88c84609404d8cb7a2"
VERSION = "v1.26.0-87-g69ec3a40a (git describe)"
LICENCE = "Apache-2.0"
GROUP_VERSION = "infrastructure.cluster.x-k8s.io/v1beta1"
SHORT = COMMIT[:7]

CRD_FILES = {
    "AzureManagedControlPlane": "infrastructure.cluster.x-k8s.io_azuremanagedcontrolplanes.yaml",
    "AzureManagedMachinePool": "infrastructure.cluster.x-k8s.io_azuremanagedmachinepools.yaml",
    "AzureManagedCluster": "infrastructure.cluster.x-k8s.io_azuremanagedclusters.yaml",
    "AzureCluster": "infrastructure.cluster.x-k8s.io_azureclusters.yaml",
    "AzureMachineTemplate": "infrastructure.cluster.x-k8s.io_azuremachinetemplates.yaml",
}

KEPT = {
    "type", "properties", "required", "enum", "minimum", "maximum", "minLength", "maxLength",
    "minItems", "maxItems", "items", "description", "default", "pattern", "additionalProperties",
}
DROPPED = {
    "format", "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type",
}
HANDLED = {"anyOf", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields", "nullable"}

# Constructs the Rust `regex` crate does not support.
UNSUPPORTED_REGEX = re.compile(r"\(\?[=!]|\(\?<[=!]|\(\?>|\\[1-9]|\\k<|\\[gG]|\*\+|\+\+|\?\+")


def webhook_source(function: str, file: str, lines: str) -> str:
    return (f"CAPZ validating webhook, {function} in {file} lines {lines} "
            f"(kubernetes-sigs/cluster-api-provider-azure@{SHORT}); see "
            "schemas/vendor/capz/WEBHOOK-FACTS.md")


AMCP_VALIDATION = "internal/webhooks/azuremanagedcontrolplane_validation.go"
AMMP_VALIDATION = "internal/webhooks/azuremanagedmachinepool_validation.go"

# Single-field webhook checks encoded in the schemas: kind -> [(path under spec, keywords, source)].
# A path segment "[]" means the list items.
WEBHOOK = {
    "AzureManagedControlPlane": [
        (["version"], {
            # validateVersion runs after the defaulting webhook added a missing leading "v"
            # (NormalizeVersion), so "1.31.2" passes and "v1.31" fails.
            "pattern": r"^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)([-0-9a-zA-Z_.+]*)?$",
        }, webhook_source("validateVersion", AMCP_VALIDATION, "179-186") + "; "
           "the leading v is optional because the defaulting webhook adds it"),
        (["dnsPrefix"], {"pattern": r"^[a-zA-Z0-9][a-zA-Z0-9-]{0,52}[a-zA-Z0-9]$"},
         webhook_source("validateAzureManagedControlPlaneDNSPrefix", AMCP_VALIDATION, "92-110")),
        (["fleetsMember", "name"], {"pattern": r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$"},
         webhook_source("validateFleetsMember", AMCP_VALIDATION, "260-277")),
        (["loadBalancerProfile", "managedOutboundIPs"], {"minimum": 1, "maximum": 100},
         webhook_source("validateLoadBalancerProfile", AMCP_VALIDATION, "200-238")),
        (["loadBalancerProfile", "allocatedOutboundPorts"], {"minimum": 0, "maximum": 64000},
         webhook_source("validateLoadBalancerProfile", AMCP_VALIDATION, "200-238")),
        (["loadBalancerProfile", "idleTimeoutInMinutes"], {"minimum": 4, "maximum": 120},
         webhook_source("validateLoadBalancerProfile", AMCP_VALIDATION, "200-238")),
    ],
    "AzureManagedMachinePool": [
        (["maxPods"], {"minimum": 10, "maximum": 250},
         webhook_source("validateMaxPods", AMMP_VALIDATION, "86-97")),
        # The Windows limit (6) and the fallback to metadata.name when spec.name is empty are
        # left to a rule; 12 holds for every OS type.
        (["name"], {"pattern": r"^([a-z][a-z0-9]*)?$", "maxLength": 12},
         webhook_source("validateMPName/validateNameLength/validateNamePattern", AMMP_VALIDATION,
                        "111-166")),
        (["subnetName"], {"pattern": r"^[a-zA-Z0-9][a-zA-Z0-9._-]{0,78}[a-zA-Z0-9]$"},
         webhook_source("validateMPSubnetName", AMMP_VALIDATION, "202-212")),
        (["kubeletConfig", "cpuCfsQuotaPeriod"], {"pattern": r"ms$"},
         webhook_source("validateKubeletConfig", AMMP_VALIDATION, "216-259")),
        (["kubeletConfig", "allowedUnsafeSysctls", "[]"], {
            "pattern": r"^(kernel\.shm.+|kernel\.msg.+|kernel\.sem|fs\.mqueue\..+|net\..+)$",
        }, webhook_source("validateKubeletConfig", AMMP_VALIDATION, "216-259")),
        (["linuxOSConfig", "sysctls", "netIpv4IPLocalPortRange"], {"pattern": r"^[0-9]+ [0-9]+$"},
         webhook_source("validateLinuxOSConfig", AMMP_VALIDATION, "263-320")),
    ],
}

SPECTRO_FORK_SOURCE = (
    "Spectro Cloud's CAPZ fork (github.com/spectrocloud-public/cluster-api-provider-azure, "
    "config/spectro/crd-patch.yaml @ d5d6a596efbeb57c6cd9011805596dc86d364f4a): a field the "
    "fork adds to the upstream CRD; Palette's override accepts it")

# Fields Spectro Cloud's fork adds (kind -> [(path under spec, schema or ("enum+", value))]).
LB_FIELDS = []
for lb in ("apiServerLB", "controlPlaneOutboundLB", "nodeOutboundLB"):
    LB_FIELDS.append((["networkSpec", lb, "ipAllocationMethod"], {
        "type": "string",
        "description": "How the load balancer's frontend IP is allocated (Spectro Cloud fork).",
    }))
    LB_FIELDS.append((["networkSpec", lb, "privateIP"], {
        "type": "string",
        "description": "Private frontend IP of the load balancer (Spectro Cloud fork).",
    }))
SPECTRO_FORK = {
    "AzureManagedControlPlane": [
        (["fqdnSubdomain"], {
            "type": "string",
            "description": "FQDN subdomain used when the private cluster has a custom private DNS "
                           "zone (Spectro Cloud fork; not in upstream CAPZ).",
        }),
        (["aadProfile", "enableAzureRBAC"], {
            "type": "boolean",
            "description": "Use Azure RBAC for Kubernetes authorization (Spectro Cloud fork; not "
                           "in upstream CAPZ).",
        }),
    ],
    "AzureCluster": LB_FIELDS + [
        (["networkSpec", "subnets", "[]", "role"], ("enum+", "all")),
        (["bastionSpec", "azureBastion", "subnet", "role"], ("enum+", "all")),
    ],
}


class Report:
    def __init__(self) -> None:
        self.dropped_patterns: list[str] = []
        self.open_objects: list[str] = []
        self.dropped_keywords: dict[str, int] = {}

    def drop(self, keyword: str) -> None:
        self.dropped_keywords[keyword] = self.dropped_keywords.get(keyword, 0) + 1


def first_paragraph(text: str) -> str:
    para = text.strip().split("\n\n", 1)[0]
    return " ".join(line.strip() for line in para.splitlines()).strip()


def rust_regex_ok(pattern: str) -> bool:
    if UNSUPPORTED_REGEX.search(pattern):
        return False
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def convert(node: dict, path: str, report: Report, override: bool, in_items: bool) -> dict:
    """One openAPIV3Schema node to JSON Schema."""
    unknown = set(node) - KEPT - DROPPED - HANDLED
    if unknown:
        raise SystemExit(f"{path}: keywords the generator does not know: {sorted(unknown)}")
    out: dict = {}
    if "description" in node:
        out["description"] = first_paragraph(node["description"])

    if node.get("x-kubernetes-int-or-string"):
        if node.get("anyOf") not in (None, [{"type": "integer"}, {"type": "string"}]):
            raise SystemExit(f"{path}: unexpected anyOf with int-or-string")
        out["type"] = ["integer", "string"]
    elif "anyOf" in node:
        raise SystemExit(f"{path}: anyOf without x-kubernetes-int-or-string")
    elif "type" in node:
        out["type"] = node["type"]
    if node.get("nullable"):
        out["type"] = as_list(out.get("type")) + ["null"]

    for key in ("enum", "default", "minimum", "maximum", "minLength", "maxLength", "minItems",
                "maxItems"):
        if key in node:
            out[key] = copy.deepcopy(node[key])
    if "pattern" in node:
        if rust_regex_ok(node["pattern"]):
            out["pattern"] = node["pattern"]
        else:
            report.dropped_patterns.append(f"{path}: {node['pattern']}")
    for key in DROPPED:
        if key in node:
            report.drop(key)

    if "properties" in node:
        out["properties"] = {
            name: convert(child, f"{path}.{name}", report, override, in_items)
            for name, child in node["properties"].items()
        }
        required = node.get("required")
        if required and (in_items or not override):
            out["required"] = list(required)
        if not node.get("x-kubernetes-preserve-unknown-fields"):
            out["additionalProperties"] = False
    elif "additionalProperties" in node:
        extra = node["additionalProperties"]
        out["additionalProperties"] = (
            convert(extra, f"{path}{{}}", report, override, in_items)
            if isinstance(extra, dict) else extra)
    elif out.get("type") == "object" or "object" in as_list(out.get("type")):
        report.open_objects.append(path)

    if "items" in node:
        out["items"] = convert(node["items"], f"{path}[]", report, override, True)

    if override and not in_items:
        allow_null(out)
    return out


def as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def allow_null(schema: dict) -> None:
    """A merge patch may set any value to null (delete the key)."""
    if "type" in schema:
        types = as_list(schema["type"])
        if "null" not in types:
            schema["type"] = types + ["null"]
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = schema["enum"] + [None]


def node_at(schema: dict, path: list[str], kind: str) -> dict:
    node = schema
    for segment in path:
        if segment == "[]":
            node = node["items"]
        else:
            node = node["properties"][segment]
    return node


def apply_webhook(spec: dict, kind: str) -> None:
    for path, keywords, source in WEBHOOK.get(kind, []):
        node = node_at(spec, path, kind)
        for key, value in keywords.items():
            if key in node and node[key] != value:
                raise SystemExit(f"{kind} spec.{'.'.join(path)}: the CRD already has {key}")
            if key == "pattern" and not rust_regex_ok(value):
                raise SystemExit(f"{kind}: webhook pattern not valid for Rust regex: {value}")
            node[key] = value
        node["x-palint-source"] = source


# Values a named palint rule checks itself (schema errors there are left to it), as in the
# kubernetes-aks-values schema.
RULE_OWNED = {
    "AzureManagedControlPlane": [
        (["sku", "tier"], "invalid-sku"),
        (["autoUpgradeProfile", "upgradeChannel"], "invalid-upgrade-channel"),
        (["aadProfile", "adminGroupObjectIDs"], "invalid-guid"),
        (["additionalTags"], "reserved-tag"),
    ],
    "AzureManagedMachinePool": [
        (["additionalTags"], "reserved-tag"),
    ],
}


def apply_rule_owners(spec: dict, kind: str) -> None:
    for path, rule in RULE_OWNED.get(kind, []):
        node_at(spec, path, kind)["x-palint-rule"] = rule


def apply_spectro_fork(spec: dict, kind: str) -> None:
    for path, addition in SPECTRO_FORK.get(kind, []):
        if isinstance(addition, tuple):
            node = node_at(spec, path, kind)
            _, value = addition
            enum = node["enum"]
            insert_at = len(enum) - 1 if enum and enum[-1] is None else len(enum)
            if value not in enum:
                enum.insert(insert_at, value)
            node["x-palint-source"] = SPECTRO_FORK_SOURCE + f" (adds the value {value!r})"
            continue
        parent = node_at(spec, path[:-1], kind)
        if path[-1] in parent["properties"]:
            raise SystemExit(f"{kind} spec.{'.'.join(path)} is upstream now; drop the overlay")
        field = dict(addition)
        field["x-palint-source"] = SPECTRO_FORK_SOURCE
        in_items = "[]" in path
        if not in_items:
            allow_null(field)
        parent["properties"][path[-1]] = field


def load_crd(kind: str) -> tuple[dict, str]:
    name = CRD_FILES[kind]
    crd = yaml.safe_load((VENDOR / name).read_text(encoding="utf-8"))
    if crd["spec"]["names"]["kind"] != kind:
        raise SystemExit(f"{name} is not the {kind} CRD")
    versions = [v for v in crd["spec"]["versions"] if v["name"] == "v1beta1"]
    if len(versions) != 1:
        raise SystemExit(f"{name}: expected one v1beta1 version")
    return versions[0]["schema"]["openAPIV3Schema"], name


def provenance(kind_files: list[str]) -> dict:
    return {
        "repository": REPOSITORY,
        "paths": [f"config/crd/bases/{name}" for name in kind_files],
        "commit": COMMIT,
        "version": VERSION,
        "licence": LICENCE,
        "vendored": [f"schemas/vendor/capz/{name}" for name in kind_files],
        "generator": "schemas/generate/capz.py",
    }


OBJECT_META = {
    "type": "object",
    "description": "Kubernetes object metadata (name, namespace, labels, annotations, ...); "
                   "palint checks only the types of the common fields.",
    "properties": {
        "name": {"type": "string", "description": "Name of the object, unique in its namespace."},
        "namespace": {"type": "string", "description": "Namespace of the object."},
        "labels": {"type": "object", "additionalProperties": {"type": "string"},
                   "description": "Labels; values are strings."},
        "annotations": {"type": "object", "additionalProperties": {"type": "string"},
                        "description": "Annotations; values are strings."},
    },
}

MANIFESTS = {
    "AzureManagedControlPlane": (
        "capz-managed-control-plane",
        "CAPZ AzureManagedControlPlane",
        "An AKS cluster's control plane as a Cluster API Provider Azure (CAPZ) resource "
        "(infrastructure.cluster.x-k8s.io/v1beta1, kind AzureManagedControlPlane): location, "
        "resource group, Kubernetes version, networking, identity, AAD and add-ons. Generated "
        "from the upstream CRD plus the CAPZ webhook's single-field checks.",
    ),
    "AzureManagedMachinePool": (
        "capz-managed-machine-pool",
        "CAPZ AzureManagedMachinePool",
        "One AKS node pool as a Cluster API Provider Azure (CAPZ) resource "
        "(infrastructure.cluster.x-k8s.io/v1beta1, kind AzureManagedMachinePool): mode, VM size "
        "(sku), disks, scaling, labels and taints. Generated from the upstream CRD plus the CAPZ "
        "webhook's single-field checks.",
    ),
    "AzureManagedCluster": (
        "capz-managed-cluster",
        "CAPZ AzureManagedCluster",
        "The AKS cluster's infrastructure object in Cluster API Provider Azure (CAPZ) "
        "(infrastructure.cluster.x-k8s.io/v1beta1, kind AzureManagedCluster). Its spec holds only "
        "the control plane endpoint, which CAPZ fills in. Generated from the upstream CRD.",
    ),
}


def manifest_schema(kind: str, report: Report) -> tuple[str, dict]:
    root, name = load_crd(kind)
    file_name, title, description = MANIFESTS[kind]
    spec = convert(root["properties"]["spec"], f"{kind}.spec", report, False, False)
    apply_webhook(spec, kind)
    apply_rule_owners(spec, kind)
    if "required" in spec:
        # Kustomize patches and bases (CAPZ's own templates/flavors and templates/test/ci
        # patches) are partial objects of these kinds; `required` on spec would flag every one.
        # The list is kept as an annotation for a rule that knows when a document is complete.
        spec["x-palint-required"] = spec.pop("required")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        "description": description,
        "x-palint-provenance": provenance([name]),
        "type": "object",
        "additionalProperties": False,
        "required": ["apiVersion", "kind"],
        "properties": {
            "apiVersion": {
                "type": "string",
                "const": GROUP_VERSION,
                "description": "API group and version; CAPZ serves these kinds as "
                               f"{GROUP_VERSION}.",
            },
            "kind": {"type": "string", "const": kind, "description": f"Resource kind; {kind}."},
            "metadata": copy.deepcopy(OBJECT_META),
            "spec": spec,
            "status": {
                "type": "object",
                "description": "Observed state, written by the CAPZ controller; palint does not "
                               "check it.",
            },
        },
    }
    return file_name, schema


OVERRIDE_KEYS = [
    ("azureManagedControlPlane", "AzureManagedControlPlane",
     "AKS, cluster level: merged into the AzureManagedControlPlane Palette builds."),
    ("azureManagedMachinePool", "AzureManagedMachinePool",
     "AKS, node pool level: merged into the pool's AzureManagedMachinePool."),
    ("azureCluster", "AzureCluster",
     "Azure IaaS, cluster level: merged into the AzureCluster Palette builds."),
    ("azureMachineTemplate", "AzureMachineTemplate",
     "Azure IaaS, node pool level: merged into the pool's AzureMachineTemplate (the machine "
     "settings sit under spec.template.spec)."),
]


def override_schema(report: Report) -> dict:
    properties = {}
    files = []
    for key, kind, description in OVERRIDE_KEYS:
        root, name = load_crd(kind)
        files.append(name)
        spec = convert(root["properties"]["spec"], f"override.{key}.spec", report, True, False)
        # spec itself may not be null: that would delete the whole spec.
        spec["type"] = "object"
        apply_webhook(spec, kind)
        apply_spectro_fork(spec, kind)
        apply_rule_owners(spec, kind)
        properties[key] = {
            "type": "object",
            "description": description,
            "additionalProperties": False,
            "properties": {"spec": spec},
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Palette CAPI override (Azure, AKS)",
        "description": "YAML that Palette merges into the Cluster API objects it builds for an "
                       "Azure IaaS or AKS cluster (Palette's \"Override Cluster API\" setting, "
                       "provider-palette's and Terraform's overrideClusterApiConfig). The top-level "
                       "key is the camelCase CAPZ kind, followed by spec; Palette applies the "
                       "YAML as a JSON merge patch (RFC 7396), so every key is optional, null "
                       "deletes a key, and a list replaces the whole list. Field names follow "
                       "CAPZ v1beta1.",
        "x-palint-provenance": {
            **provenance(files),
            "shape": {
                "document": "https://docs.spectrocloud.com/architecture/override-capi-properties/",
                "repository": "https://github.com/spectrocloud/librarium",
                "paths": [
                    "docs/docs-content/architecture/override-capi-properties/"
                    "override-capi-properties.md",
                    "docs/docs-content/architecture/override-capi-properties/"
                    "azure-capi-override-reference.md",
                ],
                "commit": [
                    "52b6503ab3d70202a5eb19343f07b8232261407b",
                    "574be49e171c6f74b4fe6b38dea28bb7e68c56e6",
                ],
                "licence": "none stated; only the documented key names and nesting are used, "
                           "no text is copied",
            },
            "fork": {
                "repository": "https://github.com/spectrocloud-public/cluster-api-provider-azure",
                "paths": ["config/spectro/crd-patch.yaml"],
                "commit": "d5d6a596efbeb57c6cd9011805596dc86d364f4a",
                "licence": "Apache-2.0 (fork of kubernetes-sigs/cluster-api-provider-azure)",
                "used": "field names and types of the fork's additions (x-palint-source marks them)",
            },
        },
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the schemas on disk instead of writing them")
    parser.add_argument("--report", action="store_true",
                        help="print what the conversion dropped or left open")
    args = parser.parse_args()

    report = Report()
    outputs = {}
    for kind in MANIFESTS:
        file_name, schema = manifest_schema(kind, report)
        outputs[OUT / f"{file_name}.schema.json"] = render(schema)
    outputs[OUT / "palette-capi-override.schema.json"] = render(override_schema(report))

    status = 0
    for path, text in outputs.items():
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
                status = 1
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({len(text.encode())} bytes)")
    if args.report:
        print("dropped patterns (not valid for Rust regex):",
              report.dropped_patterns or "none")
        print("dropped keywords:", dict(sorted(report.dropped_keywords.items())))
        print("objects left open (no properties in the CRD):")
        for path in sorted(set(report.open_objects)):
            print("  ", path)
    return status


if __name__ == "__main__":
    sys.exit(main())
