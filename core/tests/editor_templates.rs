//! The browser editor's templates (`wasm/editor/src/templates.js`) are recognized as the kind
//! each is listed under, and have no error but placeholders left for the user to fill in.

use palint_core::{check, documents, DocumentKind, Options, Severity};

#[test]
fn each_template_is_its_kind() {
    let source = include_str!("../../wasm/editor/src/templates.js");
    let mut seen = 0;
    for block in source.split("\n  \"").skip(1) {
        let name = &block[..block.find('"').unwrap()];
        let start = block.find("text: `").unwrap() + "text: `".len();
        let text = &block[start..start + block[start..].find('`').unwrap()];
        let kind = DocumentKind::from_name(name).unwrap_or_else(|| panic!("{name}"));
        let found = documents(text, &Options::default());
        assert_eq!(found[0].kind, Some(kind), "{name}");
        let errors: Vec<_> = check(text, &Options::default())
            .into_iter()
            .filter(|d| d.severity == Severity::Error && d.code != "placeholder-value")
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        seen += 1;
    }
    assert!(seen >= 7, "{seen}");
}
