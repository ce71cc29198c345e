//! Spans in tricky places: embedded pack values, CRLF line ends, characters outside the BMP.

use palint_core::{check, LineIndex, Options, Position, PositionEncoding};

fn flagged<'t>(text: &'t str, code: &str) -> Vec<&'t str> {
    check(text, &Options::default())
        .into_iter()
        .filter(|d| d.code == code)
        .map(|d| &text[d.range])
        .collect()
}

const PROFILE: &str = "apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks-base
spec:
  forProvider:
    name: aks-base
    cloud: aks
    type: cluster
    pack:
      - name: kubernetes-aks
        tag: 1.30.x
        values: |
          # 😀 emoji before the problem
          managedControlPlane:
            sku: standard
            autoUpgradeProfile:
              upgradeChannel: stabel
      - name: my-app
        type: manifest
        manifest:
          - name: app
            content: |
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: app
              spec:
                template:
                  metadata:
                    labels:
                      spectrocloud.com/connection: Proxy
";

#[test]
fn embedded_values_point_into_the_block_scalar() {
    assert_eq!(flagged(PROFILE, "invalid-sku"), ["standard"]);
    assert_eq!(flagged(PROFILE, "invalid-upgrade-channel"), ["stabel"]);
    assert_eq!(flagged(PROFILE, "proxy-label"), ["Proxy"]);
}

#[test]
fn embedded_fixes_edit_the_outer_file() {
    let diagnostics = check(PROFILE, &Options::default());
    let sku = diagnostics
        .iter()
        .find(|d| d.code == "invalid-sku")
        .unwrap();
    let edit = &sku.fixes[0].edits[0];
    let mut fixed = PROFILE.to_owned();
    fixed.replace_range(edit.range.clone(), &edit.new_text);
    assert!(fixed.contains("\n            sku: Standard\n"));
    assert!(check(&fixed, &Options::default())
        .iter()
        .all(|d| d.code != "invalid-sku"));
}

#[test]
fn crlf_profile_has_the_same_findings() {
    let crlf = PROFILE.replace('\n', "\r\n");
    assert_eq!(flagged(&crlf, "invalid-sku"), ["standard"]);
    assert_eq!(flagged(&crlf, "invalid-upgrade-channel"), ["stabel"]);
    assert_eq!(flagged(&crlf, "proxy-label"), ["Proxy"]);
}

#[test]
fn utf16_columns_after_emoji() {
    let text = "managedControlPlane:\n  additionalTags: {\"😀\": a, windows: b}\n";
    let d = &check(text, &Options::default())[0];
    assert_eq!(d.code, "reserved-tag");
    let index = LineIndex::new(text);
    // `  additionalTags: {"😀": a, ` is 28 UTF-16 units (the emoji counts 2) and 30 bytes.
    assert_eq!(
        index.position(text, d.range.start, PositionEncoding::Utf16),
        Position {
            line: 1,
            character: 28
        }
    );
    assert_eq!(
        index.position(text, d.range.start, PositionEncoding::Utf8),
        Position {
            line: 1,
            character: 30
        }
    );
}

#[test]
fn documents_of_a_stream_are_checked_separately() {
    let text = "managedControlPlane:\n  sku: Premium\n---\njobs:\n  build:\n    sku: Premium\n---\n# palint: kind=kubernetes-aks-values\nfoo: 1\n";
    let diagnostics = check(text, &Options::default());
    let codes: Vec<_> = diagnostics
        .iter()
        .map(|d| (d.code, &text[d.range.clone()]))
        .collect();
    assert_eq!(codes, [("invalid-sku", "Premium"), ("unknown-key", "foo")]);
}

#[test]
fn suppression_comments() {
    let text = "managedControlPlane:\n  # palint-disable-next-line invalid-sku -- migrating\n  sku: Premium\n  additionalTags:\n    azure: x  # palint-disable-line reserved-tag\n";
    assert!(check(text, &Options::default()).is_empty());
}

#[test]
fn modeline_none_silences_a_document() {
    let text = "# palint: kind=none\nmanagedControlPlane:\n  sku: Premium\n";
    assert!(check(text, &Options::default()).is_empty());
}
