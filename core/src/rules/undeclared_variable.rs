//! `{{.spectro.var.NAME}}` in a pack's values that the Profile does not declare.

use super::{variables, Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::syntax::embedded::OffsetMap;
use crate::syntax::NodeValue;

pub static RULE: Rule = Rule {
    code: "undeclared-variable",
    severity: Severity::Warning,
    summary: "a `{{.spectro.var.NAME}}` reference to a variable the Profile does not declare",
    explanation: "Palette resolves `{{.spectro.var.NAME}}` in a pack's values from the profile \
variables declared in the same profile (`spec.forProvider.profileVariables`). A reference to a \
name that is not declared there is most often a typo or a variable that was renamed or removed; \
Palette cannot give it a value. It is a warning, not an error, because palint sees one Profile \
at a time. Where a variable is declared with a default or dropdown options, palint checks those \
values against the field that references the variable.",
    sources: &[
        Source::new("Palette docs, Profile Variables", "https://docs.spectrocloud.com/profiles/cluster-profiles/create-cluster-profiles/define-profile-variables/"),
        Source::unlinked("provider-palette Profile CRD, `profileVariables`"),
    ],
    examples: &[
        Example::invalid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks-base
spec:
  forProvider:
    name: aks-base
    cloud: aks
    type: cluster
    profileVariables:
      - variable:
          - name: aks_sku
            defaultValue: Free
    pack:
      - name: kubernetes-aks
        tag: \"1.30\"
        values: |
          managedControlPlane:
            sku: \"{{.spectro.var.aks_skus}}\"
",
        ),
        Example::valid(
            "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks-base
spec:
  forProvider:
    name: aks-base
    cloud: aks
    type: cluster
    profileVariables:
      - variable:
          - name: aks_sku
            defaultValue: Free
    pack:
      - name: kubernetes-aks
        tag: \"1.30\"
        values: |
          managedControlPlane:
            sku: \"{{.spectro.var.aks_sku}}\"
",
        ),
    ],
    kinds: &[DocumentKind::CrossplaneProfile],
    check: Some(check),
};

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let declared = variables::declared(doc);
    let Some(packs) = doc.at_path(&["spec", "forProvider", "pack"]) else {
        return;
    };
    let mut found = Vec::new();
    for &pack in doc.items(packs) {
        let Some(values) = doc.get(pack, "values") else {
            continue;
        };
        let NodeValue::Scalar(scalar) = &doc.node(values).value else {
            continue;
        };
        let references = variables::references(&scalar.text);
        if references.is_empty() {
            continue;
        }
        let map = OffsetMap::for_scalar(cx.text, doc.node(values), scalar);
        for (range, name) in references {
            if declared.iter().any(|v| v.name == name) {
                continue;
            }
            let known: Vec<&str> = declared.iter().map(|v| v.name.as_str()).collect();
            let hint = crate::suggest::closest(name, known.iter().copied())
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            found.push(RULE.diagnostic(
                map.span(&range),
                format!(
                    "variable `{name}` is not declared in this Profile's `profileVariables`, so Palette cannot resolve it{hint}"
                ),
            ));
        }
    }
    cx.diagnostics.extend(found);
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::CrossplaneProfile;
    use crate::rules::testing::{assert_clean, findings};

    const HEAD: &str = "apiVersion: cluster.palette.crossplane.io/v1alpha1\nkind: Profile\nmetadata:\n  name: p\nspec:\n  forProvider:\n    name: p\n    cloud: aks\n    type: cluster\n";

    #[test]
    fn reports_undeclared_references_where_they_are() {
        let text = format!("{HEAD}    profileVariables:\n      - variable:\n          - name: aks_sku\n            defaultValue: Free\n    pack:\n      - name: kubernetes-aks\n        tag: \"1.30\"\n        values: |\n          managedControlPlane:\n            sku: \"{{{{.spectro.var.aks_skus}}}}\"\n");
        assert_eq!(
            findings(&text, CrossplaneProfile, "undeclared-variable"),
            [("{{.spectro.var.aks_skus}}".to_owned(), 19)]
        );
    }

    #[test]
    fn declared_references_and_macros_pass() {
        let text = format!("{HEAD}    profileVariables:\n      - variable:\n          - name: aks_sku\n    pack:\n      - name: kubernetes-aks\n        tag: \"1.30\"\n        values: |\n          managedControlPlane:\n            sku: \"{{{{.spectro.var.aks_sku}}}}\"\n            aadProfile:\n              managed: true\n              adminGroupObjectIDs: [\"{{{{.spectro.macro.group}}}}\"]\n");
        assert_clean(&text, CrossplaneProfile, "undeclared-variable");
    }

    #[test]
    fn declared_values_are_checked_against_the_field() {
        let text = format!("{HEAD}    profileVariables:\n      - variable:\n          - name: aks_sku\n            defaultValue: Premium\n          - name: channel\n            options:\n              - {{label: a, value: rapid}}\n              - {{label: b, value: fast}}\n    pack:\n      - name: kubernetes-aks\n        tag: \"1.30\"\n        values: |\n          managedControlPlane:\n            sku: {{{{.spectro.var.aks_sku}}}}\n            autoUpgradeProfile:\n              upgradeChannel: \"{{{{ .spectro.var.channel }}}}\"\n");
        let all = crate::rules::testing::diagnostics(&text, CrossplaneProfile);
        let found: Vec<(&str, &str)> = all
            .iter()
            .map(|d| (d.code, &text[d.range.clone()]))
            .collect();
        assert_eq!(
            found,
            [
                ("invalid-sku", "{{.spectro.var.aks_sku}}"),
                ("invalid-upgrade-channel", "{{ .spectro.var.channel }}")
            ],
            "{all:?}"
        );
        assert!(
            all[0]
                .message
                .starts_with("variable `aks_sku` may be `Premium`: "),
            "{}",
            all[0].message
        );
        assert!(all[1].message.contains("`fast`"), "{}", all[1].message);
    }
}
