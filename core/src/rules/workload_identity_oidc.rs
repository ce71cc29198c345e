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
first without the second. Note that once the OIDC issuer is enabled it cannot be turned off again.",
    sources: &[
        Source::new(
            "Palette docs, Enable Microsoft Entra Workload ID for AKS",
            "https://docs.spectrocloud.com/clusters/public-cloud/azure/",
        ),
        Source::unlinked("Cluster API Provider Azure, managed control plane validation"),
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
    kinds: &[DocumentKind::KubernetesAksValues],
    check: Some(check),
};

fn is_true(cx: &Context, path: &[&str]) -> bool {
    cx.doc.at_path(path).is_some_and(|v| cx.doc.is_true(v))
}

fn check(cx: &mut Context) {
    let workload = [
        "managedControlPlane",
        "securityProfile",
        "workloadIdentity",
        "enabled",
    ];
    let oidc = ["managedControlPlane", "oidcIssuerProfile", "enabled"];
    if !is_true(cx, &workload) || cx.doc.at_path(&oidc).is_some_and(|v| cx.may_be_true(v)) {
        return;
    }
    let Some(identity) = cx.doc.at_path(&workload[..3]) else {
        return;
    };
    let Some((key, value)) = cx.doc.entry(identity, "enabled") else {
        return;
    };
    cx.push(RULE.diagnostic(
        cx.doc.span(key).start..cx.doc.span(value).end,
        "workload identity needs the OIDC issuer: also set `managedControlPlane.oidcIssuerProfile.enabled: true`",
    ));
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
