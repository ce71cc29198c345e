use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::suggest::{closest, one_of};

const CHANNEL_PATH: [&str; 3] = [
    "managedControlPlane",
    "autoUpgradeProfile",
    "upgradeChannel",
];

pub static RULE: Rule = Rule {
    code: "invalid-upgrade-channel",
    severity: Severity::Error,
    summary: "`autoUpgradeProfile.upgradeChannel` is not none, patch, stable, rapid or node-image",
    explanation:
        "`managedControlPlane.autoUpgradeProfile.upgradeChannel` sets how AKS upgrades the \
cluster on its own. The allowed values are lowercase: `none` (no automatic upgrades), `patch` \
(latest patch of the current minor version), `stable` (latest patch of the previous minor \
version), `rapid` (latest supported version) and `node-image` (only the node image; Azure calls \
this channel legacy and recommends the node OS upgrade channel instead).",
    sources: &[
        Source::new(
            "Palette docs, Azure Architecture, Upgrade Channels",
            "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/",
        ),
        Source::new(
            "Azure, Automatically upgrade an AKS cluster",
            "https://learn.microsoft.com/azure/aks/auto-upgrade-cluster",
        ),
    ],
    examples: &[
        Example::invalid(
            "\
managedControlPlane:
  autoUpgradeProfile:
    upgradeChannel: Stable
",
        ),
        Example::valid(
            "\
managedControlPlane:
  autoUpgradeProfile:
    upgradeChannel: stable
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
    let Some(profile) = cx
        .control_plane()
        .and_then(|plane| doc.get(plane, "autoUpgradeProfile"))
    else {
        return;
    };
    let Some((key, value)) = doc.entry(profile, "upgradeChannel") else {
        return;
    };
    let allowed = cx.control_plane_enum(&CHANNEL_PATH[1..]);
    let span = cx.value_span(Some(key), value);
    let Some(text) = doc.scalar(value).map(|s| s.text.as_str()) else {
        cx.push(RULE.diagnostic(
            span,
            format!("`upgradeChannel` must be one of {}", one_of(&allowed)),
        ));
        return;
    };
    if allowed.contains(&text) {
        return;
    }
    let normalized = text.trim().replace(['_', ' '], "-");
    let suggestion = closest(&normalized, allowed.iter().copied());
    let message = match suggestion {
        Some(better) => format!(
            "`{text}` is not an upgrade channel; did you mean `{better}`? (allowed: {})",
            one_of(&allowed)
        ),
        None if text.trim().is_empty() => {
            format!("`upgradeChannel` is empty; use {}", one_of(&allowed))
        }
        None => format!(
            "`{text}` is not an upgrade channel; use {}",
            one_of(&allowed)
        ),
    };
    let mut d = RULE.diagnostic(span, message);
    if let Some(better) = suggestion {
        d = d.with_suggestion(
            format!("Replace with `{better}`"),
            doc.span(value),
            better,
            &normalized,
        );
    }
    cx.push(d);
}

#[cfg(test)]
mod tests {
    use crate::kind::DocumentKind::KubernetesAksValues as Aks;
    use crate::rules::testing::{apply_first_fix, assert_clean, findings};

    fn doc(channel: &str) -> String {
        format!("managedControlPlane:\n  autoUpgradeProfile:\n    upgradeChannel: {channel}\n")
    }

    #[test]
    fn accepts_documented_channels() {
        for channel in ["none", "patch", "stable", "rapid", "node-image"] {
            assert_clean(&doc(channel), Aks, "invalid-upgrade-channel");
        }
    }

    #[test]
    fn rejects_and_fixes_typos_and_case() {
        assert_eq!(
            findings(&doc("stabel"), Aks, "invalid-upgrade-channel"),
            [("stabel".to_owned(), 3)]
        );
        assert_eq!(
            apply_first_fix(&doc("stabel"), Aks, "invalid-upgrade-channel"),
            doc("stable")
        );
        assert_eq!(
            apply_first_fix(&doc("Rapid"), Aks, "invalid-upgrade-channel"),
            doc("rapid")
        );
        assert_eq!(
            apply_first_fix(&doc("node_image"), Aks, "invalid-upgrade-channel"),
            doc("node-image")
        );
        assert_eq!(
            findings(&doc("weekly"), Aks, "invalid-upgrade-channel").len(),
            1
        );
        assert_eq!(
            findings(&doc("true"), Aks, "invalid-upgrade-channel").len(),
            1
        );
    }
}
