//! A Terraform file checked with the other files of its module: variable values from
//! `variables.tf` and `terraform.tfvars`, and the cluster profiles the module declares.

use palint_core::{check, Diagnostic, Options, TerraformModule};

const CLUSTER: &str = r#"resource "spectrocloud_cluster_azure" "c" {
  name          = var.name
  apply_setting = var.apply
  context       = var.scope
}
"#;

const VARIABLES: &str = r#"variable "name" { default = "azure-1" }
variable "apply" {
  type    = string
  default = "DownloadAndInstal"
}
variable "scope" { default = "projct" }
"#;

fn check_in(text: &str, path: &str, module: &TerraformModule) -> Vec<Diagnostic> {
    let options = Options {
        path: Some(path),
        terraform_module: Some(module),
        ..Options::default()
    };
    check(text, &options)
}

fn on<'a>(text: &'a str, found: &[Diagnostic], code: &str) -> Vec<(&'a str, String)> {
    found
        .iter()
        .filter(|d| d.code == code)
        .map(|d| (&text[d.range.clone()], d.message.clone()))
        .collect()
}

fn module(files: &[(&str, &str)]) -> TerraformModule {
    let mut module = TerraformModule::new();
    for (path, text) in files {
        module.add_file(path, text);
    }
    module
}

#[test]
fn defaults_declared_in_another_file_are_checked_on_the_reference() {
    let module = module(&[
        ("infra/variables.tf", VARIABLES),
        ("infra/main.tf", CLUSTER),
    ]);
    let found = check_in(CLUSTER, "infra/main.tf", &module);
    let invalid = on(CLUSTER, &found, "invalid-value");
    assert_eq!(invalid.len(), 2, "{found:?}");
    assert_eq!(invalid[0].0, "var.apply");
    assert!(
        invalid[0]
            .1
            .starts_with("variable `apply` defaults to \"DownloadAndInstal\" (in variables.tf): "),
        "{}",
        invalid[0].1
    );
    assert_eq!(invalid[1].0, "var.scope");

    // Without the module the file alone says nothing about the variables.
    let alone = check(
        CLUSTER,
        &Options {
            path: Some("infra/main.tf"),
            ..Options::default()
        },
    );
    assert!(on(CLUSTER, &alone, "invalid-value").is_empty(), "{alone:?}");
}

#[test]
fn tfvars_values_win_over_defaults_in_terraform_order() {
    let module = module(&[
        ("variables.tf", VARIABLES),
        // Fixes `apply`; sets `scope` to another wrong value.
        (
            "terraform.tfvars",
            "apply = \"DownloadAndInstall\"\nscope = \"clustr\"\n",
        ),
        // Loaded after terraform.tfvars, in name order: b's `scope` wins.
        ("b.auto.tfvars", "scope = \"worng\"\n"),
        ("a.auto.tfvars", "scope = \"tenant\"\n"),
    ]);
    let found = check_in(CLUSTER, "main.tf", &module);
    let invalid = on(CLUSTER, &found, "invalid-value");
    assert_eq!(invalid.len(), 1, "{found:?}");
    assert_eq!(invalid[0].0, "var.scope", "{invalid:?}");
    assert!(invalid[0].1.contains("in b.auto.tfvars"), "{invalid:?}");
}

#[test]
fn a_value_palint_cannot_read_silences_the_default() {
    let module = module(&[
        ("variables.tf", VARIABLES),
        (
            "terraform.tfvars.json",
            r#"{"apply": "whatever", "scope": "x"}"#,
        ),
    ]);
    let found = check_in(CLUSTER, "main.tf", &module);
    assert!(on(CLUSTER, &found, "invalid-value").is_empty(), "{found:?}");
}

#[test]
fn the_checked_files_own_text_wins_over_its_copy_in_the_module() {
    // The module was read from disk before the editor changed main.tf: main.tf's saved copy
    // declared `scope` with a wrong default, its current text does not declare it.
    let saved = format!("{CLUSTER}variable \"scope\" {{ default = \"projct\" }}\n");
    let module = module(&[("main.tf", &saved)]);
    let found = check_in(CLUSTER, "main.tf", &module);
    assert!(on(CLUSTER, &found, "invalid-value").is_empty(), "{found:?}");
}

const PROFILE: &str = r#"resource "spectrocloud_cluster_profile" "base" {
  name  = "base"
  cloud = "azure"
  type  = "cluster"
  pack {
    name = "ubuntu-azure"
  }
  pack {
    name = "kubernetes-aks"
  }
}

resource "spectrocloud_cluster_profile" "addons" {
  name = "addons"
  type = "add-on"
  pack {
    name = "nginx"
  }
}
"#;

const AKS: &str = r#"resource "spectrocloud_cluster_aks" "this" {
  name = "aks-1"
  cluster_profile {
    id = spectrocloud_cluster_profile.base.id
    pack {
      name   = "kubernetes-aks"
      values = "managedControlPlane: {}"
    }
    pack {
      name = "kubernetes-akss"
    }
  }
  cluster_profile {
    id = spectrocloud_cluster_profile.addons.id
  }
  cluster_profile {
    id = data.spectrocloud_cluster_profile.other.id
  }
}
"#;

#[test]
fn cluster_profile_references_are_compared_with_the_module_profiles() {
    let module = module(&[("profiles.tf", PROFILE), ("cluster.tf", AKS)]);
    let found = check_in(AKS, "cluster.tf", &module);
    let references = on(AKS, &found, "profile-reference");
    assert_eq!(references.len(), 2, "{found:?}");
    assert_eq!(references[0].0, "spectrocloud_cluster_profile.base.id");
    assert_eq!(
        references[0].1,
        "`spectrocloud_cluster_profile.base` is a `cluster` profile for cloud `azure`, but an \
         AKS cluster needs one for `aks`"
    );
    assert_eq!(references[1].0, "\"kubernetes-akss\"");
    assert!(
        references[1].1.contains(
            "has no pack named `kubernetes-akss` (it has `ubuntu-azure`, `kubernetes-aks`)"
        ),
        "{}",
        references[1].1
    );
}

#[test]
fn profiles_palint_cannot_see_are_not_judged() {
    // The file alone: the referenced profile is declared elsewhere.
    let alone = check(
        AKS,
        &Options {
            path: Some("cluster.tf"),
            ..Options::default()
        },
    );
    assert!(on(AKS, &alone, "profile-reference").is_empty(), "{alone:?}");
    // A profile whose cloud is not a literal, or whose packs come from a `dynamic` block.
    let profile = r#"resource "spectrocloud_cluster_profile" "base" {
  name  = "base"
  cloud = var.cloud
  type  = "cluster"
  dynamic "pack" {
    for_each = var.packs
    content {
      name = pack.value
    }
  }
}
"#;
    let module = module(&[("profiles.tf", profile)]);
    let found = check_in(AKS, "cluster.tf", &module);
    assert!(on(AKS, &found, "profile-reference").is_empty(), "{found:?}");
}

#[test]
fn a_matching_profile_in_the_same_file_is_accepted() {
    let text = format!("{}\n{AKS}", PROFILE.replace("\"azure\"", "\"aks\""))
        .replace("kubernetes-akss", "kubernetes-aks");
    let found = check_in(&text, "main.tf", &TerraformModule::new());
    assert!(
        on(&text, &found, "profile-reference").is_empty(),
        "{found:?}"
    );
}
