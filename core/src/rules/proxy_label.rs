//! The `spectrocloud.com/connection: proxy` label on workloads that must use the PCG's proxy.

use super::{Context, Example, Rule, Source};
use crate::diagnostic::Severity;
use crate::kind::DocumentKind;
use crate::suggest::closest;
use crate::syntax::NodeId;

pub(crate) const LABEL: &str = "spectrocloud.com/connection";

pub static RULE: Rule = Rule {
    code: "proxy-label",
    severity: Severity::Error,
    summary: "a misspelled `spectrocloud.com/connection` label key or a value other than `proxy`",
    explanation:
        "On Azure clusters behind a Private Cloud Gateway proxy, a workload uses the proxy \
only if it carries the label `spectrocloud.com/connection: proxy`. The key and the value must be \
exactly that: a misspelled key (`spectrocloud.com/connections`) or another value (`Proxy`, `true`) \
is an error because the workload silently bypasses the proxy. Where the label belongs is \
`proxy-label-placement`.",
    sources: &[
        Source::new(
            "Palette docs, Azure Architecture, Proxy Configuration",
            "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/",
        ),
        Source::unlinked("Palette docs, Configure Applications to Use Proxy Server"),
    ],
    examples: &[
        Example::invalid(
            "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    spectrocloud.com/connection: proxy
spec:
  template:
    metadata:
      labels:
        spectrocloud.com/connection: Proxy
",
        ),
        Example::valid(
            "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    spectrocloud.com/connection: proxy
spec:
  template:
    metadata:
      labels:
        spectrocloud.com/connection: proxy
",
        ),
    ],
    kinds: &[DocumentKind::KubernetesWorkload],
    check: Some(check),
};

pub static PLACEMENT: Rule = Rule {
    code: "proxy-label-placement",
    severity: Severity::Warning,
    summary:
        "the `spectrocloud.com/connection: proxy` label on a workload but not on its pod template",
    explanation: "The proxy label works on pods: it belongs on the pod template \
(`spec.template.metadata.labels`, or `spec.jobTemplate.spec.template.metadata.labels` for a \
CronJob), which is what the pods get. A label only on the workload's own `metadata.labels` does \
not reach the pods, so they do not use the proxy. It is a warning because the pods may get the \
label another way (a mutating webhook, a template include).",
    sources: &[Source::new(
        "Palette docs, Configure Applications to Use Proxy Server",
        "https://docs.spectrocloud.com/clusters/public-cloud/azure/architecture/",
    )],
    examples: &[
        Example::invalid(
            "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    spectrocloud.com/connection: proxy
spec:
  template:
    metadata:
      labels:
        app: web
",
        ),
        Example::valid(
            "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  template:
    metadata:
      labels:
        spectrocloud.com/connection: proxy
",
        ),
    ],
    kinds: &[DocumentKind::KubernetesWorkload],
    check: None,
};

fn check(cx: &mut Context) {
    let doc = cx.doc;
    let workload_labels = doc.at_path(&["metadata", "labels"]);
    let template_path: &[&str] =
        if doc.at_path(&["kind"]).and_then(|k| doc.str_value(k)) == Some("CronJob") {
            &[
                "spec",
                "jobTemplate",
                "spec",
                "template",
                "metadata",
                "labels",
            ]
        } else {
            &["spec", "template", "metadata", "labels"]
        };
    let template_labels = doc.at_path(template_path);
    for labels in [workload_labels, template_labels].into_iter().flatten() {
        check_labels(cx, labels);
    }
    // On the workload but not on its pods.
    let Some(labels) = workload_labels else {
        return;
    };
    let Some((key, _)) = doc.entry(labels, LABEL) else {
        return;
    };
    let on_template = template_labels.is_some_and(|t| doc.get(t, LABEL).is_some());
    if !on_template {
        let d = PLACEMENT.diagnostic(
            doc.span(key),
            format!("`{LABEL}` is on the workload but not on its pod template (`{}`); the pods will not use the proxy", template_path.join(".")),
        );
        cx.push(d);
    }
}

fn check_labels(cx: &mut Context, labels: NodeId) {
    let doc = cx.doc;
    // The one accepted value lives in the workload schema.
    let allowed = cx.schema.enum_at(&["metadata", "labels", LABEL]);
    let Some(&value_wanted) = allowed.first() else {
        return;
    };
    for &(key, value) in doc.entries(labels) {
        let Some(name) = doc.key_text(key) else {
            continue;
        };
        if name == LABEL {
            let text = doc
                .scalar(value)
                .map(|s| s.text.as_str())
                .unwrap_or_default();
            if !allowed.contains(&text) {
                cx.push(
                    RULE.diagnostic(
                        doc.span(value),
                        format!("`{LABEL}` must be `{value_wanted}`, not `{text}`"),
                    )
                    .with_fix(
                        format!("Replace with `{value_wanted}`"),
                        doc.span(value),
                        value_wanted,
                    ),
                );
            }
        } else if looks_like_label(name) {
            cx.push(
                RULE.diagnostic(
                    doc.span(key),
                    format!("`{name}` looks like a misspelling of `{LABEL}`"),
                )
                .with_unsafe_fix(
                    format!("Rename to `{LABEL}`"),
                    doc.span(key),
                    LABEL,
                ),
            );
        }
    }
}

/// A key close to the proxy label: a typo, or another domain with `connection` in it.
fn looks_like_label(name: &str) -> bool {
    // A case-insensitive match, or up to three edits away (the label is 27 characters).
    let close = closest(name, [LABEL]).is_some();
    let lower = name.to_lowercase();
    let same_parts = lower.contains("spectro") && lower.contains("connect");
    close || same_parts
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::kind::DocumentKind::KubernetesWorkload as Workload;
    use crate::rules::testing::{apply_first_fix, assert_clean, diagnostics, findings};

    fn deployment(meta: &str, template: &str) -> String {
        format!("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n  labels:\n    {meta}\nspec:\n  template:\n    metadata:\n      labels:\n        {template}\n")
    }

    #[test]
    fn correct_label_on_both_passes() {
        let label = "spectrocloud.com/connection: proxy";
        assert_clean(&deployment(label, label), Workload, "proxy-label");
    }

    #[test]
    fn wrong_value_and_misspelled_key() {
        let text = deployment("app: web", "spectrocloud.com/connection: Proxy");
        assert_eq!(
            findings(&text, Workload, "proxy-label"),
            [("Proxy".to_owned(), 11)]
        );
        assert!(apply_first_fix(&text, Workload, "proxy-label")
            .ends_with("spectrocloud.com/connection: proxy\n"));
        let typo = deployment("app: web", "spectrocloud.com/connections: proxy");
        assert_eq!(
            findings(&typo, Workload, "proxy-label"),
            [("spectrocloud.com/connections".to_owned(), 11)]
        );
    }

    #[test]
    fn label_only_on_workload_is_a_warning() {
        let text = deployment("spectrocloud.com/connection: proxy", "app: web");
        let found: Vec<_> = diagnostics(&text, Workload)
            .into_iter()
            .filter(|d| d.code.starts_with("proxy-label"))
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, "proxy-label-placement");
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn cronjob_template_path() {
        let text = "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  labels:\n    spectrocloud.com/connection: proxy\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata:\n          labels:\n            spectrocloud.com/connection: proxy\n";
        assert_clean(text, Workload, "proxy-label");
        assert_clean(text, Workload, "proxy-label-placement");
    }

    #[test]
    fn helm_template_checks_literal_labels_only() {
        // A chart template: the pod labels come from an include palint cannot see.
        let text = "{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"app.fullname\" . }}\n  labels:\n    spectrocloud.com/connection: Proxy\n    {{- include \"app.labels\" . | nindent 4 }}\nspec:\n  template:\n    metadata:\n      labels:\n        {{- include \"app.selectorLabels\" . | nindent 8 }}\n    spec:\n      containers:\n        - name: app\n          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n{{- end }}\n";
        let found: Vec<_> = crate::check(text, &crate::Options::default())
            .into_iter()
            .map(|d| (d.code, text[d.range].to_owned()))
            .collect();
        assert_eq!(found, [("proxy-label", "Proxy".to_owned())]);
    }
}
