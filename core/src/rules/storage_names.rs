//! Names of a custom storage account and container for Azure IaaS clusters.

use super::{Context, Example, Rule, Source, AZURE_CLUSTER_KINDS};
use crate::diagnostic::Severity;

const STORAGE_SOURCES: &[Source] = &[
    Source::new(
        "Palette docs, Azure Architecture, Azure Storage",
        "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/",
    ),
    Source::new(
        "Azure, Naming rules and restrictions for Azure resources",
        "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules",
    ),
];

pub static STORAGE_ACCOUNT_NAME: Rule = Rule {
    code: "storage-account-name",
    severity: Severity::Error,
    summary: "`storageAccountName` is not 3–24 lowercase letters and digits",
    explanation:
        "A custom storage account for an Azure IaaS cluster must already exist, and Azure \
storage account names are 3 to 24 characters of lowercase letters and digits only: no hyphens, \
underscores, dots or capitals. Such a name cannot refer to a real account.",
    sources: STORAGE_SOURCES,
    examples: &[
        Example::invalid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Azure
metadata:
  name: iaas-prod
spec:
  forProvider:
    cloudConfig:
      - storageAccountName: Palette_VHD
",
        ),
        Example::valid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Azure
metadata:
  name: iaas-prod
spec:
  forProvider:
    cloudConfig:
      - storageAccountName: palettevhd01
",
        ),
    ],
    kinds: AZURE_CLUSTER_KINDS,
    check: Some(check_account),
};

pub static STORAGE_CONTAINER_NAME: Rule = Rule {
    code: "storage-container-name",
    severity: Severity::Error,
    summary: "`containerName` is not a valid blob container name",
    explanation:
        "Azure blob container names are 3 to 63 characters of lowercase letters, digits and \
hyphens; they start and end with a letter or digit, and every hyphen stands between two letters or \
digits (no `--`). Such a name cannot refer to a real container.",
    sources: STORAGE_SOURCES,
    examples: &[
        Example::invalid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Azure
metadata:
  name: iaas-prod
spec:
  forProvider:
    cloudConfig:
      - storageAccountName: palettevhd01
        containerName: VHD--images
",
        ),
        Example::valid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Azure
metadata:
  name: iaas-prod
spec:
  forProvider:
    cloudConfig:
      - storageAccountName: palettevhd01
        containerName: vhd-images
",
        ),
    ],
    kinds: AZURE_CLUSTER_KINDS,
    check: Some(check_container),
};

pub(crate) fn account_name_problem(name: &str) -> Option<&'static str> {
    let len = name.chars().count();
    if !(3..=24).contains(&len) {
        return Some("it must be 3 to 24 characters long");
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return Some("it may hold only lowercase letters and digits");
    }
    None
}

pub(crate) fn container_name_problem(name: &str) -> Option<&'static str> {
    let len = name.chars().count();
    if !(3..=63).contains(&len) {
        return Some("it must be 3 to 63 characters long");
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Some("it may hold only lowercase letters, digits and hyphens");
    }
    if name.starts_with('-') || name.ends_with('-') {
        return Some("it must start and end with a letter or digit");
    }
    if name.contains("--") {
        return Some("hyphens must stand between letters or digits (no `--`)");
    }
    None
}

fn check_account(cx: &mut Context) {
    check_field(
        cx,
        "storageAccountName",
        "storage account",
        account_name_problem,
        &STORAGE_ACCOUNT_NAME,
    );
}

fn check_container(cx: &mut Context) {
    check_field(
        cx,
        "containerName",
        "container",
        container_name_problem,
        &STORAGE_CONTAINER_NAME,
    );
}

fn check_field(
    cx: &mut Context,
    field: &'static str,
    what: &str,
    problem: fn(&str) -> Option<&'static str>,
    rule: &'static Rule,
) {
    for config in cx.cloud_configs() {
        let Some((_, value, name)) = cx.string_entry(config, &cx.key(field)) else {
            continue;
        };
        if let Some(reason) = problem(name) {
            let mut d = rule.diagnostic(
                cx.doc.span(value),
                format!("`{name}` is not a valid {what} name: {reason}"),
            );
            let lower = name.to_ascii_lowercase();
            if lower != name && problem(&lower).is_none() {
                d = d.with_fix(format!("Replace with `{lower}`"), cx.doc.span(value), lower);
            }
            cx.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::DocumentKind::CrossplaneAzure;
    use crate::rules::testing::{apply_first_fix, findings};

    fn doc(account: &str, container: &str) -> String {
        format!("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Azure\nspec:\n  forProvider:\n    cloudConfig:\n      - storageAccountName: {account}\n        containerName: {container}\n")
    }

    #[test]
    fn account_names() {
        assert_eq!(account_name_problem("palettevhd01"), None);
        assert!(account_name_problem("ab").is_some());
        assert!(account_name_problem("My_Storage").is_some());
        assert!(account_name_problem(&"a".repeat(25)).is_some());
    }

    #[test]
    fn container_names() {
        assert_eq!(container_name_problem("vhd-images"), None);
        assert!(container_name_problem("a--b").is_some());
        assert!(container_name_problem("-abc").is_some());
        assert!(container_name_problem("ABC").is_some());
        assert!(container_name_problem("ab").is_some());
    }

    #[test]
    fn reports_on_the_value_with_lowercase_fix() {
        let text = doc("PaletteVhd", "a--b");
        assert_eq!(
            findings(&text, CrossplaneAzure, "storage-account-name"),
            [("PaletteVhd".to_owned(), 6)]
        );
        assert_eq!(
            findings(&text, CrossplaneAzure, "storage-container-name"),
            [("a--b".to_owned(), 7)]
        );
        assert!(
            apply_first_fix(&text, CrossplaneAzure, "storage-account-name")
                .contains("storageAccountName: palettevhd\n")
        );
        assert!(findings(
            &doc("palettevhd", "vhds"),
            CrossplaneAzure,
            "storage-account-name"
        )
        .is_empty());
    }
}
