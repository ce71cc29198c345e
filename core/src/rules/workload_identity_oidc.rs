use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;

pub static RULE: Rule = Rule {
    code: "workload-identity-oidc",
    severity: Severity::Error,
    summary: "workload identity enabled without the OIDC issuer",
    explanation:
        "Microsoft Entra Workload ID lets pods get Azure tokens through the cluster's OIDC \
issuer, so `managedControlPlane.securityProfile.workloadIdentity.enabled: true` needs \
`managedControlPlane.oidcIssuerProfile.enabled: true` as well. Cluster API for Azure rejects the \
first without the second. Note that once the OIDC issuer is enabled it cannot be turned off again.

The same holds for Cluster API's `AzureManagedControlPlane` (`spec.securityProfile...`) and \
Palette's CAPI override YAML (`azureManagedControlPlane.spec...`). An override is merged over \
what Palette sets, so there only an explicit `oidcIssuerProfile.enabled: false` is reported.",
    sources: &[
        Source::new(
            "Palette docs, Enable Microsoft Entra Workload ID for AKS",
            "https://docs.spectrocloud.com/clusters/public-cloud/azure/",
        ),
        Source::new("Cluster API Provider Azure, AzureManagedControlPlane webhook (validateAzureManagedControlPlaneClassSpecWorkloadIdentity)", "https://github.com/kubernetes-sigs/cluster-api-provider-azure/blob/69ec3a40a818ccbc32b8ce88c84609404d8cb7a2/internal/webhooks/azuremanagedcontrolplane_validation.go#L157-L166"),
    ],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  securityProfile:
    workloadIdentity:
      enabled: true
",
        ),
        Example::invalid(
            "\
azureManagedControlPlane:
  spec:
    oidcIssuerProfile:
      enabled: false
    securityProfile:
      workloadIdentity:
        enabled: true
",
        ),
        Example::valid(
            "\
managedControlPlane:
  oidcIssuerProfile:
    enabled: true
  securityProfile:
    workloadIdentity:
      enabled: true
",
        ),
    ],
    kinds: &[
        DocumentKind::KubernetesAksValues,
        DocumentKind::CapzManagedControlPlane,
        DocumentKind::PaletteCapiOverride,
    ],
    check: Some(check),
};

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let Some(plane) = cx.control_plane() else {
        return;
    };
    let Some(identity) = doc
        .get(plane, "securityProfile")
        .and_then(|profile| doc.get(profile, "workloadIdentity"))
    else {
        return;
    };
    let Some((key, value)) = doc.entry(identity, "enabled") else {
        return;
    };
    if !doc.is_true(value) {
        return;
    }
    let oidc = doc
        .get(plane, "oidcIssuerProfile")
        .and_then(|profile| doc.get(profile, "enabled"));
    let off = match oidc {
        Some(enabled) => !cx.may_be_true(enabled),
        // An override is a patch over what Palette sets: a missing key is not "off".
        None => cx.kind != DocumentKind::PaletteCapiOverride,
    };
    if off {
        let name = cx.control_plane_name("oidcIssuerProfile.enabled");
        cx.push(RULE.diagnostic(
            doc.span(key).start..doc.span(value).end,
            format!("workload identity needs the OIDC issuer: also set `{name}: true`"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::KubernetesAksValues as Aks;
    use crate::rules::testing::{assert_clean, findings};

    const WORKLOAD: &str =
        "managedControlPlane:\n  securityProfile:\n    workloadIdentity:\n      enabled: true\n";

    #[test]
    fn needs_oidc_issuer() {
        assert_eq!(
            findings(WORKLOAD, Aks, "workload-identity-oidc"),
            [("enabled: true".to_owned(), 4)]
        );
        let with_oidc = format!("{WORKLOAD}  oidcIssuerProfile:\n    enabled: true\n");
        assert_clean(&with_oidc, Aks, "workload-identity-oidc");
        assert_clean(
            &WORKLOAD.replace("true", "false"),
            Aks,
            "workload-identity-oidc",
        );
    }
}
