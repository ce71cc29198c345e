//! The rules that check cluster tags; `crate::tags` finds the tags in each format.

pub mod count;
pub mod duplicate;
pub mod format;
pub mod invalid_chars;
pub mod length;
pub mod reserved;

use super::Source;

pub(crate) const TAG_SOURCES: &[Source] = &[
    Source::new(
        "Palette docs, Azure Architecture, Tags and Reserved Tags",
        "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/",
    ),
    Source::new(
        "Azure, Use tags to organize your Azure resources, Limitations",
        "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources",
    ),
];

#[cfg(test)]
pub(crate) mod test_docs {
    /// A Crossplane `Aks` cluster with the given list tags.
    pub fn crossplane(tags: &[&str]) -> String {
        let mut text = String::from("apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Aks\nmetadata:\n  name: c\nspec:\n  forProvider:\n    tags:\n");
        for tag in tags {
            text.push_str(&format!("      - \"{tag}\"\n"));
        }
        text
    }

    /// AKS layer values with the given `additionalTags` entries (`key: value` lines).
    pub fn aks_values(entries: &[&str]) -> String {
        let mut text = String::from("managedControlPlane:\n  additionalTags:\n");
        for entry in entries {
            text.push_str(&format!("    {entry}\n"));
        }
        text
    }
}
