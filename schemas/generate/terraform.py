#!/usr/bin/env python3
"""Generates palint's JSON Schemas for the Spectro Cloud Terraform resources palint checks.

    python3 schemas/generate/terraform.py            # writes schemas/terraform-*.schema.json
    python3 schemas/generate/terraform.py --check    # fails when a written file is out of date
    python3 schemas/generate/terraform.py --report   # lists what differs from the Crossplane schemas
    python3 schemas/generate/terraform.py --verify-provider GIT_DIR
                                                     # compares the argument names below with the
                                                     # provider's Go source (a bare git directory)

Where things come from:

- The FACTS below (argument names, types, Required/Optional, nesting, MinItems/MaxItems, the values
  of validation.StringInSlice, defaults, Computed-only attributes) are read from the source of
  github.com/spectrocloud/terraform-provider-spectrocloud at PROVIDER_COMMIT (MPL-2.0; only facts
  are taken, no text).
- Descriptions, enum descriptions and palint's annotations (x-palint-rule, x-palint-source,
  x-palint-embedded, patterns and ranges from Azure's naming rules) come from palint's own
  Crossplane schemas (schemas/crossplane-*.schema.json), which describe the same resources as
  provider-palette generates them from this Terraform provider (camelCase names, blocks as lists).
  Arguments the Crossplane schemas lack get descriptions written here.

How palint reads a .tf file (core/src/syntax/hcl.rs): each top-level block is one document whose
root is the block's body; attributes are mapping entries under their names as written; nested
blocks are lists of mappings under the block name, even when the block appears once; anything
Terraform evaluates (var.x, functions, interpolation) is not judged. So a block is an array of
objects here, and the schema matters for literal values only.

Python 3 standard library only.
"""

import argparse
import copy
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"

PROVIDER_REPOSITORY = "https://github.com/spectrocloud/terraform-provider-spectrocloud"
PROVIDER_COMMIT = "0b65bb131f64d883c5e29ac275c01bacf84b9df8"
PROVIDER_VERSION = "v0.29.9"
LICENCE = "MPL-2.0 (facts only; descriptions are palint's)"

MISSING = object()

# ---------------------------------------------------------------------------------------------
# Facts from the provider source.
#
# attr(type, ...)  an argument: type is string, integer, number, boolean, string_list (TypeList or
#                  TypeSet of strings) or string_map (TypeMap of strings).
# block(fields)    a nested block (TypeList/TypeSet of schema.Resource): an array of objects.
# computed(...)    an attribute that is Computed only: Terraform rejects it in configuration.
#
# cp= names the Crossplane property when it is not the plain camelCase of the Terraform name;
# cp=None says there is none. desc= gives a description when the Crossplane schema has none.
# ---------------------------------------------------------------------------------------------


def attr(type_, req=False, default=MISSING, enum=None, cp=MISSING, desc=None, **extra):
    return {"kind": "attr", "type": type_, "req": req, "default": default, "enum": enum,
            "cp": cp, "desc": desc, "extra": extra}


def block(defname, fields, req=False, min_items=None, max_items=None, cp=MISSING, desc=None,
          item_desc=None, obj_desc=None):
    return {"kind": "block", "defname": defname, "fields": fields, "req": req,
            "min_items": min_items, "max_items": max_items, "cp": cp, "desc": desc,
            "item_desc": item_desc, "obj_desc": obj_desc}


def computed():
    return {"kind": "computed"}


# Where the Go source says it.
SOURCES = {
    "spectrocloud_cluster_aks": ["spectrocloud/resource_cluster_aks.go"],
    "spectrocloud_cluster_azure": ["spectrocloud/resource_cluster_azure.go"],
    "spectrocloud_cluster_profile": ["spectrocloud/resource_cluster_profile.go"],
    "spectrocloud_cloudaccount_azure": ["spectrocloud/resource_cloud_account_azure.go"],
}
SHARED_SOURCES = [
    "spectrocloud/schemas/backup_policy.go",
    "spectrocloud/schemas/cluster_host_config.go",
    "spectrocloud/schemas/cluster_location_config.go",
    "spectrocloud/schemas/cluster_namespaces.go",
    "spectrocloud/schemas/cluster_node.go",
    "spectrocloud/schemas/cluster_profile.go",
    "spectrocloud/schemas/cluster_rbac_binding.go",
    "spectrocloud/schemas/cluster_taints.go",
    "spectrocloud/schemas/cluster_template.go",
    "spectrocloud/schemas/override_cluster_api_config.go",
    "spectrocloud/schemas/override_health_check_configuration.go",
    "spectrocloud/schemas/override_scaling.go",
    "spectrocloud/schemas/pack.go",
    "spectrocloud/schemas/profile_variables.go",
    "spectrocloud/schemas/renew_k8s_certificate.go",
    "spectrocloud/schemas/scan_policy.go",
    "spectrocloud/schemas/subnet.go",
    "spectrocloud/cluster_common_fields.go",
    "spectrocloud/cluster_common.go",
]

CONTEXT = ["project", "tenant", ""]


# schemas.PackSchema()
def pack_block(defname="pack", cp=MISSING):
    return block(defname, {
        "uid": attr("string"),  # Optional + Computed: may be set
        "type": attr("string", default="spectro"),  # no ValidateFunc; see ENUMS_KEPT
        "name": attr("string", req=True),
        "registry_uid": attr("string"),
        "registry_name": attr("string"),
        "tag": attr("string"),
        "values": attr("string"),
        "manifest": block("manifest", {
            "uid": computed(),
            "name": attr("string", req=True),
            "content": attr("string", req=True),
        }),
    }, cp=cp)


# schemas.ClusterProfileSchemaV2()
def cluster_profile_block():
    return block("cluster_profile", {
        "id": attr("string", req=True),
        "pack": pack_block(),
        "variables": attr("string_map"),
    })


# schemas.ClusterTemplateSchema()
def cluster_template_block():
    return block("cluster_template", {
        "id": attr("string", req=True),
        "name": computed(),
        "cluster_profile": block("cluster_template_profile", {
            "id": attr("string", req=True),
            "variables": attr("string_map"),
        }),
    }, max_items=1)


# schemas.BackupPolicySchema()
def backup_policy_block():
    return block("backup_policy", {
        "prefix": attr("string", req=True),
        "backup_location_id": attr("string", req=True),
        "schedule": attr("string", req=True),
        "expiry_in_hour": attr("integer", req=True),
        "include_disks": attr("boolean", default=True),
        "include_cluster_resources": attr("boolean", default=True),
        "include_cluster_resources_mode": attr("string", enum=["always", "never", "auto"]),
        "namespaces": attr("string_list"),
        "cluster_uids": attr("string_list"),
        "include_all_clusters": attr("boolean"),
    }, max_items=1)


# schemas.ScanPolicySchema()
def scan_policy_block():
    return block("scan_policy", {
        "configuration_scan_schedule": attr("string", req=True),
        "penetration_scan_schedule": attr("string", req=True),
        "conformance_scan_schedule": attr("string", req=True),
    }, max_items=1)


# schemas.ClusterRbacBindingSchema()
def rbac_block():
    return block("cluster_rbac_binding", {
        "type": attr("string", req=True, enum=["RoleBinding", "ClusterRoleBinding"]),
        "namespace": attr("string"),
        "role": attr("string_map"),
        "subjects": block("subject", {
            "type": attr("string", req=True, enum=["User", "Group", "ServiceAccount"]),
            "name": attr("string", req=True),
            "namespace": attr("string"),
        }),
    })


# schemas.ClusterNamespacesSchema()
def namespaces_block():
    return block("namespace", {
        "name": attr("string", req=True),
        "resource_allocation": attr("string_map", req=True),
    })


# schemas.ClusterHostConfigSchema()
def host_config_block():
    return block("host_config", {
        "host_endpoint_type": attr("string", default="Ingress", enum=["Ingress", "LoadBalancer"]),
        "ingress_host": attr("string"),
        "external_traffic_policy": attr("string"),
        "load_balancer_source_ranges": attr("string"),
    })


# schemas.NodeSchema()
def node_block():
    return block("node", {
        "node_id": attr("string", req=True),
        "action": attr("string", req=True, enum=["cordon", "uncordon"]),
    })


# schemas.ClusterTaintsSchema()
def taints_block():
    return block("taint", {
        "key": attr("string", req=True),
        "value": attr("string", req=True),
        "effect": attr("string", req=True),  # no ValidateFunc; see ENUMS_KEPT
    })


# schemas.OverrideScalingSchema()
def override_scaling_block():
    return block("override_scaling", {
        "max_surge": attr("string", default=""),
        "max_unavailable": attr("string", default=""),
    }, max_items=1)


# schemas.SubnetSchema()
def subnet_block():
    return block("subnet", {
        "name": attr("string", req=True),
        "cidr_block": attr("string", req=True),
        "security_group_name": attr("string"),
    }, max_items=1)


def cluster_common():
    """Arguments spectrocloud_cluster_aks and spectrocloud_cluster_azure share, in their order."""
    return {
        "name": attr("string", req=True),
        "context": attr("string", default="project", enum=CONTEXT),
        "tags": attr("string_list"),
        "description": attr("string", default=""),
        "cluster_meta_attribute": attr("string"),
        "cluster_profile": cluster_profile_block(),
        "cluster_template": cluster_template_block(),
        "apply_setting": attr("string", default="DownloadAndInstall",
                              enum=["DownloadAndInstall", "DownloadAndInstallLater"]),
        "cloud_account_id": attr("string", req=True),
        "cloud_config_id": computed(),
        "review_repave_state": attr("string", default="", enum=["", "Approved", "Pending"]),
        "pause_agent_upgrades": attr("string", default="unlock", enum=["lock", "unlock"]),
        "os_patch_on_boot": attr("boolean", default=False),
        "os_patch_schedule": attr("string"),
        "os_patch_after": attr("string"),
        "cluster_timezone": attr("string", default=""),
        "renew_k8s_certificates_now": attr("string", cp="renewK8SCertificatesNow"),
        "update_worker_pools_in_parallel": attr("boolean", default=False),
        "kubeconfig": computed(),
        "admin_kube_config": computed(),
    }


def cluster_tail():
    return {
        "backup_policy": backup_policy_block(),
        "scan_policy": scan_policy_block(),
        "cluster_rbac_binding": rbac_block(),
        "namespaces": namespaces_block(),
        "host_config": host_config_block(),
        "location_config": computed(),
        "skip_completion": attr("boolean", default=False),
        "force_delete": attr("boolean", default=False),
        "force_delete_delay": attr("integer", default=20, minimum=20),
    }


def aks_fields():
    fields = cluster_common()
    fields["cloud_config"] = block("cloud_config", {
        "subscription_id": attr("string", req=True),
        "resource_group": attr("string", req=True),
        "region": attr("string", req=True),
        "ssh_key": attr("string", req=True),
        "private_cluster": attr("boolean", default=False),
        "override_cluster_api_config": attr("string"),
        "vnet_name": attr("string"),
        "vnet_resource_group": attr("string"),
        "vnet_cidr_block": attr("string"),
        "worker_subnet_name": attr("string"),
        "worker_cidr": attr("string"),
        "worker_subnet_security_group_name": attr("string"),
        "control_plane_subnet_name": attr("string"),
        "control_plane_cidr": attr("string"),
        "control_plane_subnet_security_group_name": attr("string"),
    }, req=True, max_items=1)
    fields["machine_pool"] = block("machine_pool", {
        "name": attr("string", req=True),
        "additional_labels": attr("string_map"),
        "additional_annotations": attr("string_map"),
        "node": node_block(),
        "taints": taints_block(),
        "count": attr("integer", req=True),
        "update_strategy": attr("string", default="RollingUpdateScaleOut",
                                enum=["RollingUpdateScaleOut", "RollingUpdateScaleIn",
                                      "OverrideScaling"]),
        "override_scaling": override_scaling_block(),
        "override_kubeadm_configuration": attr("string"),
        "override_cluster_api_config": attr("string"),
        "instance_type": attr("string", req=True),
        "min": attr("integer"),
        "max": attr("integer"),
        "disk_size_gb": attr("integer", req=True),
        "is_system_node_pool": attr("boolean", req=True),
        "storage_account_type": attr("string", req=True),
        "os_sku": attr("string", enum=["Ubuntu", "AzureLinux", "Windows2022"]),
        "os_type": attr("string", default="Linux", enum=["Linux", "Windows"]),
    }, req=True)
    fields.update(cluster_tail())
    return fields


def azure_fields():
    fields = cluster_common()
    fields["cloud_config"] = block("cloud_config", {
        "subscription_id": attr("string", req=True),
        "resource_group": attr("string", req=True),
        "region": attr("string", req=True),
        "ssh_key": attr("string", req=True),
        "storage_account_name": attr("string", default=""),
        "container_name": attr("string", default=""),
        "network_resource_group": attr("string"),
        "virtual_network_name": attr("string"),
        "virtual_network_cidr_block": attr("string"),
        "control_plane_subnet": subnet_block(),
        "worker_node_subnet": subnet_block(),
        "private_api_server": block("private_api_server", {
            "resource_group": attr("string", req=True),
            "private_dns_zone": attr("string"),
            "static_ip": attr("string"),
        }, max_items=1),
        "override_cluster_api_config": attr("string"),
    }, req=True, max_items=1)
    fields["machine_pool"] = block("machine_pool", {
        "additional_labels": attr("string_map"),
        "additional_annotations": attr("string_map"),
        "node": node_block(),
        "taints": taints_block(),
        "control_plane": attr("boolean", default=False),
        "control_plane_as_worker": attr("boolean", default=False),
        "name": attr("string", req=True),
        "count": attr("integer", req=True),
        "node_repave_interval": attr("integer", default=0),
        "instance_type": attr("string", req=True),
        "update_strategy": attr("string", default="RollingUpdateScaleOut",
                                enum=["RollingUpdateScaleOut", "RollingUpdateScaleIn",
                                      "OverrideScaling"]),
        "override_scaling": override_scaling_block(),
        "override_kubeadm_configuration": attr("string"),
        "override_cluster_api_config": attr("string"),
        "override_health_check_configuration": attr("string"),
        "disk": block("disk", {  # Optional + Computed
            "size_gb": attr("integer", req=True),
            "type": attr("string", req=True),
        }, max_items=1),
        "azs": attr("string_list"),
        "is_system_node_pool": attr("boolean", default=False),
        "os_type": attr("string", default="Linux", enum=["Linux", "Windows"]),
    }, req=True)
    fields.update(cluster_tail())
    return fields


def profile_fields():
    return {
        "name": attr("string", req=True),
        "version": attr("string", default="1.0.0"),
        "skip_destroy": attr("boolean", default=False),
        "context": attr("string", default="project", enum=["project", "tenant", "system", ""]),
        "tags": attr("string_list"),
        "description": attr("string"),
        "cloud": attr("string", default="all"),  # no ValidateFunc (custom clouds)
        "type": attr("string", default="add-on", enum=["add-on", "cluster", "infra", "system"]),
        "profile_variables": block("profile_variables", {
            "variable": block("variable", {
                "name": attr("string", req=True),
                "display_name": attr("string", req=True),
                "format": attr("string", default="string",
                               enum=["string", "number", "boolean", "ipv4", "ipv4cidr", "ipv6",
                                     "version", "base64"]),
                "description": attr("string"),
                "default_value": attr("string"),
                "regex": attr("string"),
                "required": attr("boolean"),
                "immutable": attr("boolean"),
                "is_sensitive": attr("boolean"),
                "hidden": attr("boolean"),
                "input_type": attr("string", default="text",
                                   enum=["text", "dropdown", "multiline"]),
                "options": block("variable_option", {
                    "default": computed(),
                    "description": attr("string"),
                    "label": attr("string", req=True),
                    "value": attr("string", req=True),
                }),
            }, req=True),
        }, max_items=1),
        "pack": pack_block(),
    }


def cloudaccount_fields():
    return {
        "name": attr("string", req=True),
        "context": attr("string", default="project", enum=CONTEXT),
        "private_cloud_gateway_id": attr("string"),
        "azure_tenant_id": attr("string", req=True),
        "azure_client_id": attr("string", req=True),
        "azure_client_secret": attr(
            "string", req=True, cp=None, sensitive=True,
            desc="Client secret of the app registration Palette signs in with. The provider marks "
                 "it sensitive: pass it in through a variable rather than writing it in the file."),
        "tenant_name": attr("string"),
        "disable_properties_request": attr("boolean", default=False),
        "cloud": attr("string", default="AzurePublicCloud",
                      enum=["AzurePublicCloud", "AzureUSGovernmentCloud", "AzureUSSecretCloud"]),
        "tls_cert": attr("string"),
    }


RESOURCES = [
    {
        "type": "spectrocloud_cluster_aks",
        "file": "terraform-cluster-aks.schema.json",
        "crossplane": "crossplane-aks.schema.json",
        "fields": aks_fields,
        "timeouts": ["create", "update", "delete"],
        "title": "Terraform spectrocloud_cluster_aks",
        "description": (
            "An Azure AKS cluster managed by Palette, written as the Terraform resource "
            "spectrocloud_cluster_aks of the Spectro Cloud provider: the body of "
            "resource \"spectrocloud_cluster_aks\" \"NAME\" { ... }. It holds the Azure placement "
            "(cloud_config), the node pools (machine_pool), tags and the cluster profiles to apply. "
            "Nested blocks are lists of objects; values Terraform computes (var.x, functions, "
            "interpolation) are not judged."),
    },
    {
        "type": "spectrocloud_cluster_azure",
        "file": "terraform-cluster-azure.schema.json",
        "crossplane": "crossplane-azure.schema.json",
        "fields": azure_fields,
        "timeouts": ["create", "update", "delete"],
        "title": "Terraform spectrocloud_cluster_azure",
        "description": (
            "An Azure IaaS cluster (Kubernetes on Azure VMs) managed by Palette, written as the "
            "Terraform resource spectrocloud_cluster_azure of the Spectro Cloud provider: the body "
            "of resource \"spectrocloud_cluster_azure\" \"NAME\" { ... }. It holds the Azure "
            "placement and storage (cloud_config), the node pools (machine_pool), tags and the "
            "cluster profiles to apply. Nested blocks are lists of objects; values Terraform "
            "computes (var.x, functions, interpolation) are not judged."),
    },
    {
        "type": "spectrocloud_cluster_profile",
        "file": "terraform-cluster-profile.schema.json",
        "crossplane": "crossplane-profile.schema.json",
        "fields": profile_fields,
        "timeouts": ["create", "update", "delete"],
        "title": "Terraform spectrocloud_cluster_profile",
        "description": (
            "A Palette cluster profile, written as the Terraform resource "
            "spectrocloud_cluster_profile of the Spectro Cloud provider: the body of "
            "resource \"spectrocloud_cluster_profile\" \"NAME\" { ... }. Its pack blocks are the "
            "profile's layers; each pack's values and manifest content are YAML documents (often "
            "heredocs), checked as embedded YAML when they are literal text."),
    },
    {
        "type": "spectrocloud_cloudaccount_azure",
        "file": "terraform-cloudaccount-azure.schema.json",
        "crossplane": "crossplane-cloudaccount-azure.schema.json",
        "fields": cloudaccount_fields,
        "timeouts": None,  # the resource declares no Timeouts, so Terraform rejects a timeouts block
        "title": "Terraform spectrocloud_cloudaccount_azure",
        "description": (
            "An Azure cloud account registered in Palette (the Entra ID app registration Palette "
            "deploys with), written as the Terraform resource spectrocloud_cloudaccount_azure of "
            "the Spectro Cloud provider: the body of "
            "resource \"spectrocloud_cloudaccount_azure\" \"NAME\" { ... }."),
    },
]

# Enums the Crossplane schemas carry where the provider has no ValidateFunc; kept because the
# values are fixed elsewhere (the Palette API's pack types, Kubernetes' taint effects).
ENUMS_KEPT = {"pack.type", "taint.effect"}

# Descriptions of enum values the Crossplane schemas do not list.
EXTRA_ENUM_DESCRIPTIONS = {
    ("context", ""): "Empty: the same as project.",
    ("context", "system"): "Palette's system scope.",
    ("review_repave_state", "Pending"): "Leave the repave waiting for review.",
}

# Descriptions where the Crossplane one does not fit Terraform, or where there is none.
OWN_DESCRIPTIONS = {
    "cluster_profile.variables":
        "Values of the profile's variables, as string key/value pairs, "
        "for example { priority = \"5\" }.",
    "cluster_template_profile.variables":
        "Values of the profile's variables, as string key/value pairs, "
        "for example { priority = \"5\" }.",
    "override_scaling.max_surge":
        "Extra nodes allowed during a rolling update, as a count or a percentage such as 1 or "
        "20%; set it together with max_unavailable when update_strategy is OverrideScaling.",
    "override_scaling.max_unavailable":
        "Nodes that may be unavailable during a rolling update, as a count or a percentage such "
        "as 0 or 10%; set it together with max_surge when update_strategy is OverrideScaling.",
    "profile_variables.variable":
        "The variables; at least one.",
}

# Patterns that must also accept the provider's default "" (an explicit "" means "not set").
EMPTY_ALLOWED = {"override_scaling.max_surge", "override_scaling.max_unavailable",
                 "cloud_config.storage_account_name", "cloud_config.container_name",
                 "private_api_server.static_ip"}

# x-palint-source links into provider-palette's CRDs point, for Terraform, at the resource's Go file.
CROSSPLANE_SOURCE = "https://github.com/crossplane-contrib/provider-palette/"

META_DESCRIPTION = {
    "count": "Terraform meta-argument: how many instances of this resource to create "
             "(a whole number, usually an expression such as var.enabled ? 1 : 0).",
    "for_each": "Terraform meta-argument: one instance of this resource per element of a map or "
                "a set of strings (usually an expression).",
    "depends_on": "Terraform meta-argument: resources and modules this one waits for, as a list "
                  "of references.",
    "provider": "Terraform meta-argument: the provider configuration to use, as a reference such "
                "as spectrocloud.other.",
    "lifecycle": "Terraform meta-argument block: create_before_destroy, prevent_destroy, "
                 "ignore_changes, replace_triggered_by, precondition and postcondition.",
    "provisioner": "Terraform provisioner block (provisioner \"local-exec\" { ... }): actions run "
                   "on create or destroy.",
    "connection": "Terraform connection block used by provisioners.",
    "timeouts": "How long Terraform waits for create, update and delete before giving up, as "
                "durations such as \"60m\" or \"2h\".",
}


# ---------------------------------------------------------------------------------------------
# Building the schemas.
# ---------------------------------------------------------------------------------------------

def camel(name):
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def tf_name_map(fields, out):
    """camelCase -> snake_case for every Terraform name that differs when camelCased."""
    for name, fact in fields.items():
        if fact["kind"] == "computed":
            continue
        cp = fact["cp"]
        cp_name = camel(name) if cp is MISSING else cp
        if cp_name and cp_name != name:
            out[cp_name] = name
        if fact["kind"] == "block":
            tf_name_map(fact["fields"], out)
    return out


def snake_words(text, names):
    """Crossplane names written in a description, as the Terraform names."""
    def repl(match):
        return names.get(match.group(0), match.group(0))
    return re.sub(r"\b[a-z]+[A-Z][A-Za-z0-9]*\b", repl, text)


class Builder:
    def __init__(self, resource, crossplane, names):
        self.resource = resource
        self.xp = crossplane
        self.names = names
        self.defs = {}
        self.notes = {"added": [], "renamed": [], "dropped": [], "computed": [], "enum_kept": [],
                      "enum_widened": [], "required_added": []}

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            assert ref.startswith("#/$defs/"), ref
            node = self.xp["$defs"][ref[len("#/$defs/"):]]
        return node

    def xp_object(self, xp_prop):
        """The Crossplane object schema behind a list-of-objects property."""
        if not xp_prop:
            return None
        items = xp_prop.get("items")
        return self.resolve(items) if items else None

    def fix_text(self, text):
        return snake_words(text, self.names)

    def obj(self, fields, xp_obj, where, defname):
        """An object schema for a block body (or the resource body)."""
        xp_props = (xp_obj or {}).get("properties", {})
        props, required, computed_names = {}, [], []
        used_xp = set()
        for name, fact in fields.items():
            path = f"{defname}.{name}" if defname else name
            if fact["kind"] == "computed":
                computed_names.append(name)
                self.notes["computed"].append(f"{where}{name}")
                continue
            cp = fact["cp"]
            cp_name = camel(name) if cp is MISSING else cp
            xp_prop = xp_props.get(cp_name) if cp_name else None
            if xp_prop is not None:
                used_xp.add(cp_name)
                if cp_name != camel(name):
                    self.notes["renamed"].append(f"{where}{name} <- {cp_name}")
            else:
                self.notes["added"].append(f"{where}{name}")
            if fact["kind"] == "block":
                props[name] = self.block(name, fact, xp_prop, where, path)
            else:
                props[name] = self.attr(name, fact, xp_prop, path)
            if fact["req"]:
                required.append(name)
        xp_required = set((xp_obj or {}).get("required", []))
        for name in required:
            if camel(name) not in xp_required:
                self.notes["required_added"].append(f"{where}{name}")
        for cp_name in xp_props:
            if cp_name not in used_xp:
                self.notes["dropped"].append(f"{where}{cp_name}")
        schema = {"type": "object"}
        if xp_obj and xp_obj.get("description") and where:
            schema["description"] = self.fix_text(xp_obj["description"])
        schema["properties"] = props
        schema["additionalProperties"] = False
        if required:
            schema["required"] = required
        if computed_names:
            schema["x-palint-computed"] = computed_names
        return schema

    def block(self, name, fact, xp_prop, where, path):
        defname = fact["defname"]
        xp_obj = self.xp_object(xp_prop)
        body = self.obj(fact["fields"], xp_obj, f"{where}{name}.", defname)
        if "description" not in body:
            rest = {k: v for k, v in body.items() if k != "type"}
            body = {"type": "object", "description": self.block_object_description(name), **rest}
        if defname in self.defs and self.defs[defname] != body:
            raise SystemExit(f"two different blocks named {defname}")
        self.defs[defname] = body
        prop = {"type": "array"}
        desc = OWN_DESCRIPTIONS.get(path) or fact["desc"] or (xp_prop or {}).get("description")
        if not desc:
            raise SystemExit(f"no description for block {path}")
        prop["description"] = self.fix_text(desc)
        item_desc = ((xp_prop or {}).get("items") or {}).get("description") or fact["item_desc"]
        prop["items"] = {"$ref": f"#/$defs/{defname}"}
        if item_desc:
            prop["items"]["description"] = self.fix_text(item_desc)
        min_items = fact["min_items"] if fact["min_items"] is not None else (1 if fact["req"] else None)
        if min_items:
            prop["minItems"] = min_items
        if fact["max_items"]:
            prop["maxItems"] = fact["max_items"]
        return prop

    def block_object_description(self, name):
        return {
            "cluster_template_profile": "A profile of the template.",
        }.get(name, f"One {name.replace('_', ' ')} block.")

    def attr(self, name, fact, xp_prop, path):
        out = {}
        base = copy.deepcopy(xp_prop) if xp_prop else {}
        t = fact["type"]
        if t == "string_list":
            out["type"] = "array"
            items = base.get("items") or {"type": "string"}
            items = dict(items)
            items["type"] = "string"
            out["items"] = items
        elif t == "string_map":
            out["type"] = "object"
            out["additionalProperties"] = {"type": "string"}
        else:
            out["type"] = t
        desc = OWN_DESCRIPTIONS.get(path) or fact["desc"] or base.get("description")
        if not desc:
            raise SystemExit(f"no description for {path}")
        out["description"] = self.fix_text(desc)
        keep = ["pattern", "minLength", "maxLength", "minimum", "maximum", "examples",
                "format", "x-palint-rule", "x-palint-source", "x-palint-embedded",
                "x-palint-known-values"]
        for key in keep:
            if key in base:
                out[key] = base[key]
        if str(out.get("x-palint-source", "")).startswith(CROSSPLANE_SOURCE):
            source = SOURCES[self.resource["type"]][0]
            out["x-palint-source"] = f"{PROVIDER_REPOSITORY}/blob/{PROVIDER_COMMIT}/{source}"
        if "minimum" in fact["extra"]:
            out["minimum"] = fact["extra"]["minimum"]
        if fact["extra"].get("sensitive"):
            out["x-palint-sensitive"] = True
        enum = fact["enum"]
        xp_enum = base.get("enum")
        if enum is None and xp_enum is not None:
            if path not in ENUMS_KEPT:
                raise SystemExit(f"{path}: the Crossplane schema has an enum the provider lacks")
            enum = xp_enum
            self.notes["enum_kept"].append(path)
        if enum is not None:
            out["enum"] = enum
            xp_desc = dict(zip(xp_enum or [], base.get("enumDescriptions") or []))
            descs = []
            for value in enum:
                d = xp_desc.get(value) or EXTRA_ENUM_DESCRIPTIONS.get((name, value))
                if d is None:
                    raise SystemExit(f"{path}: no description for enum value {value!r}")
                descs.append(self.fix_text(d))
            if xp_enum is not None and set(enum) - set(xp_enum):
                self.notes["enum_widened"].append(
                    f"{path}: + {sorted(set(enum) - set(xp_enum))}")
            out["enumDescriptions"] = descs
        if fact["default"] is not MISSING:
            out["default"] = fact["default"]
        elif "default" in base and not fact["req"]:
            out["default"] = base["default"]
        if path in EMPTY_ALLOWED and "pattern" in out:
            out["pattern"] = "^$|" + out["pattern"]
            out.pop("minLength", None)
        # Put the keys in a steady, readable order.
        order = ["type", "description", "items", "additionalProperties", "enum", "enumDescriptions",
                 "default", "pattern", "minLength", "maxLength", "minimum", "maximum", "examples",
                 "format", "x-palint-embedded", "x-palint-sensitive", "x-palint-rule",
                 "x-palint-known-values", "x-palint-source"]
        return {k: out[k] for k in order if k in out}


def meta_arguments(timeouts):
    loose_block = {"type": "object", "additionalProperties": True}
    props = {
        "count": {"type": "integer", "description": META_DESCRIPTION["count"], "minimum": 0},
        "for_each": {"description": META_DESCRIPTION["for_each"]},
        "depends_on": {"type": "array", "description": META_DESCRIPTION["depends_on"]},
        "provider": {"description": META_DESCRIPTION["provider"]},
        "lifecycle": {
            "type": "array",
            "description": META_DESCRIPTION["lifecycle"],
            "items": {
                "type": "object",
                "description": "Lifecycle settings of this resource.",
                "properties": {
                    "create_before_destroy": {
                        "type": "boolean",
                        "description": "Create the replacement before destroying this instance.",
                    },
                    "prevent_destroy": {
                        "type": "boolean",
                        "description": "Make any plan that destroys this instance an error.",
                    },
                    "ignore_changes": {
                        "description": "Arguments whose changes Terraform ignores: a list of "
                                       "names, or the keyword all.",
                    },
                    "replace_triggered_by": {
                        "type": "array",
                        "description": "References whose change replaces this instance.",
                    },
                    "precondition": {
                        "type": "array",
                        "description": "Conditions checked before the change (condition, "
                                       "error_message).",
                        "items": loose_block,
                    },
                    "postcondition": {
                        "type": "array",
                        "description": "Conditions checked after the change (condition, "
                                       "error_message).",
                        "items": loose_block,
                    },
                },
                "additionalProperties": True,
            },
        },
        "provisioner": {
            "type": "array",
            "description": META_DESCRIPTION["provisioner"],
            "items": dict(loose_block, description="One provisioner."),
        },
        "connection": {
            "type": "array",
            "description": META_DESCRIPTION["connection"],
            "items": dict(loose_block, description="Connection settings."),
        },
    }
    if timeouts:
        props["timeouts"] = {
            "type": "array",
            "description": META_DESCRIPTION["timeouts"],
            "items": {
                "type": "object",
                "description": "Operation timeouts.",
                "properties": {
                    op: {
                        "type": "string",
                        "description": f"Time allowed for {op}, such as \"60m\"; the provider's "
                                       f"default is used when it is left out.",
                        "examples": ["60m", "2h"],
                    }
                    for op in timeouts
                },
                "additionalProperties": True,
            },
        }
    return props


def build(resource):
    xp = json.loads((SCHEMAS / resource["crossplane"]).read_text())
    fields = resource["fields"]()
    names = tf_name_map(fields, {})
    b = Builder(resource, xp, names)
    body = b.obj(fields, xp["$defs"]["forProvider"], "", "")
    meta = meta_arguments(resource["timeouts"])
    for key in meta:
        assert key not in body["properties"], key
    body["properties"].update(meta)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": resource["title"],
        "description": resource["description"],
        "x-palint-provenance": {
            "repository": PROVIDER_REPOSITORY,
            "paths": SOURCES[resource["type"]] + SHARED_SOURCES,
            "commit": PROVIDER_COMMIT,
            "version": PROVIDER_VERSION,
            "licence": LICENCE,
            "descriptions": f"schemas/{resource['crossplane']} (palint's) and "
                            "schemas/generate/terraform.py",
        },
        "x-palint-terraform-resource": resource["type"],
    }
    schema.update(body)
    if b.defs:
        schema["$defs"] = dict(sorted(b.defs.items()))
    return schema, b.notes


def render(schema):
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# Checking the facts against the provider source.
# ---------------------------------------------------------------------------------------------

def go_names(git_dir, paths):
    """Every "name": key of a schema map in the given Go files (nesting not kept)."""
    names = set()
    for path in paths:
        text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                              check=True, capture_output=True, text=True).stdout
        for match in re.finditer(r'^\s*"([a-z][a-z0-9_]*)"\s*:\s*(\{|schemas\.|[A-Za-z]+\()',
                                 text, re.M):
            names.add(match.group(1))
    return names


def go_enums(git_dir, paths):
    """The value lists of validation.StringInSlice calls, and of validateReviewRepaveValue."""
    enums = []
    for path in paths:
        text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                              check=True, capture_output=True, text=True).stdout
        for match in re.finditer(r"StringInSlice\(\[\]string\{([^}]*)\}", text):
            enums.append(frozenset(re.findall(r'"([^"]*)"', match.group(1))))
        for match in re.finditer(r"validStatuses := map\[string\]bool\{([^}]*)\}", text):
            enums.append(frozenset(re.findall(r'"([^"]*)"\s*:', match.group(1))))
    return enums


def fact_enums(fields, prefix, out):
    for name, fact in fields.items():
        if fact["kind"] == "attr" and fact["enum"] is not None:
            out.append((f"{prefix}{name}", frozenset(fact["enum"])))
        if fact["kind"] == "block":
            fact_enums(fact["fields"], f"{prefix}{name}.", out)
    return out


def fact_names(fields, out):
    for name, fact in fields.items():
        out.add(name)
        if fact["kind"] == "block":
            fact_names(fact["fields"], out)
    return out


def verify_provider(git_dir):
    head = subprocess.run(["git", f"--git-dir={git_dir}", "rev-parse", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()
    ok = True
    if head != PROVIDER_COMMIT:
        print(f"note: the provider is at {head}, the facts are from {PROVIDER_COMMIT}")
    shared = go_names(git_dir, [p for p in SHARED_SOURCES if "/schemas/" in p])
    for resource in RESOURCES:
        own = go_names(git_dir, SOURCES[resource["type"]])
        facts = fact_names(resource["fields"](), set())
        # The resource file also defines unrelated maps (state upgraders live elsewhere), and the
        # shared files define schemas other resources use: only names we lack are errors.
        missing = sorted(n for n in own - facts if n not in IGNORED_GO_NAMES)
        unknown = sorted(n for n in facts - own - shared)
        print(f"{resource['type']}: {len(facts)} names")
        enums = go_enums(git_dir, SOURCES[resource["type"]] + SHARED_SOURCES)
        for path, values in fact_enums(resource["fields"](), "", []):
            if values not in enums:
                ok = False
                print(f"  enum of {path} not found in the provider: {sorted(values)}")
        if missing:
            ok = False
            print(f"  in the provider, not in the facts: {missing}")
        if unknown:
            ok = False
            print(f"  in the facts, not in the provider: {unknown}")
    return ok


# Quoted keys in the resource files that are not arguments (map literals in code).
IGNORED_GO_NAMES = {"size_gb", "type"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--verify-provider", metavar="GIT_DIR")
    args = parser.parse_args()
    if args.verify_provider:
        sys.exit(0 if verify_provider(args.verify_provider) else 1)
    stale = []
    for resource in RESOURCES:
        schema, notes = build(resource)
        text = render(schema)
        target = SCHEMAS / resource["file"]
        if args.report:
            print(f"== {resource['type']}")
            for key, values in notes.items():
                if values:
                    print(f"  {key}:")
                    for v in values:
                        print(f"    {v}")
        if args.check:
            if not target.exists() or target.read_text() != text:
                stale.append(str(target.relative_to(ROOT)))
        elif not args.report:
            target.write_text(text)
    if stale:
        print("out of date (run python3 schemas/generate/terraform.py):", *stale, sep="\n  ")
        sys.exit(1)


if __name__ == "__main__":
    main()
