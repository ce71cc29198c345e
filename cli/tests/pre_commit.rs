//! The pre-commit hook in `.pre-commit-hooks.yaml`, run by the real `pre-commit` (from PyPI;
//! `.ci/run` installs it) on the staged files of a real git repository, with the `palint` built
//! for these tests first on PATH.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=palint",
            "-c",
            "user.email=palint@example.invalid",
        ])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn path_with_palint() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_palint")).parent().unwrap();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn pre_commit(dir: &Path, args: &[&str]) -> Output {
    Command::new("pre-commit")
        .current_dir(dir)
        .args(args)
        .env("PATH", path_with_palint())
        .env("PRE_COMMIT_HOME", dir.join(".cache"))
        .output()
        .expect("pre-commit is installed (pip install pre-commit; .ci/run does it)")
}

#[test]
fn the_hook_checks_staged_profiles() {
    // The hook repository: this repository's hook file, committed.
    let hooks = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo_root().join(".pre-commit-hooks.yaml"),
        hooks.path().join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    git(hooks.path(), &["init", "-q"]);
    git(hooks.path(), &["add", "."]);
    git(hooks.path(), &["commit", "-q", "-m", "hooks"]);

    // A project with a good and a bad profile staged, and a file the hook does not match.
    let project = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(project.path().join(name), text).unwrap();
    write("good.yaml", "managedControlPlane:\n  sku: Standard\n");
    write("bad.yaml", "managedControlPlane:\n  sku: Premium\n");
    write("notes.txt", "managedControlPlane:\n  sku: Premium\n");
    git(project.path(), &["init", "-q"]);
    git(project.path(), &["add", "good.yaml", "notes.txt"]);
    let hooks_repo = hooks.path().to_str().unwrap();

    let passed = pre_commit(project.path(), &["try-repo", hooks_repo, "palint"]);
    let text = String::from_utf8_lossy(&passed.stdout);
    assert!(passed.status.success(), "{text}");
    assert!(text.contains("Passed"), "{text}");

    git(project.path(), &["add", "bad.yaml"]);
    let failed = pre_commit(project.path(), &["try-repo", hooks_repo, "palint"]);
    let text = String::from_utf8_lossy(&failed.stdout);
    assert_eq!(failed.status.code(), Some(1), "{text}");
    assert!(text.contains("Failed"), "{text}");
    assert!(text.contains("error[invalid-sku]"), "{text}");
    assert!(text.contains("bad.yaml"), "{text}");
    assert!(!text.contains("notes.txt"), "{text}");

    // The fixing hook writes the safe fix; pre-commit fails the commit so it can be reviewed.
    write("bad.yaml", "managedControlPlane:\n  sku: standard\n");
    git(project.path(), &["add", "bad.yaml"]);
    let fixed = pre_commit(project.path(), &["try-repo", hooks_repo, "palint-fix"]);
    let text = String::from_utf8_lossy(&fixed.stdout);
    assert_eq!(fixed.status.code(), Some(1), "{text}");
    assert!(text.contains("files were modified by this hook"), "{text}");
    assert_eq!(
        std::fs::read_to_string(project.path().join("bad.yaml")).unwrap(),
        "managedControlPlane:\n  sku: Standard\n"
    );
}
