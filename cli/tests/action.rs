//! The GitHub Action's script (`action/run.sh`, called by `action.yml`) run here the way the
//! runner runs it: inputs as INPUT_* variables, GITHUB_WORKSPACE, RUNNER_TEMP and GITHUB_OUTPUT,
//! with the `palint` built for these tests first on PATH.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

struct Run {
    output: Output,
    outputs: String,
}

fn run_action(workspace: &Path, format: &str, args: &str) -> Run {
    let temp = tempfile::tempdir().unwrap();
    let outputs = temp.path().join("github_output");
    let bin = Path::new(env!("CARGO_BIN_EXE_palint")).parent().unwrap();
    let output = Command::new("bash")
        .arg(repo_root().join("action/run.sh"))
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("GITHUB_WORKSPACE", workspace)
        .env("RUNNER_TEMP", workspace)
        .env("GITHUB_OUTPUT", &outputs)
        .env("INPUT_PATHS", "profiles")
        .env("INPUT_FORMAT", format)
        .env("INPUT_ARGS", args)
        .output()
        .unwrap();
    Run {
        output,
        outputs: std::fs::read_to_string(outputs).unwrap_or_default(),
    }
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("profiles")).unwrap();
    std::fs::write(
        dir.path().join("profiles/values.yaml"),
        "managedControlPlane:\n  sku: Premium\n  skuu: x\n",
    )
    .unwrap();
    dir
}

#[test]
fn sarif_is_written_for_the_upload_and_the_exit_code_is_an_output() {
    let dir = workspace();
    let run = run_action(dir.path(), "sarif", "");
    assert!(run.output.status.success(), "the script itself succeeds");
    assert!(run.outputs.contains("exit-code=1\n"), "{}", run.outputs);
    let sarif_path = run
        .outputs
        .lines()
        .find_map(|l| l.strip_prefix("sarif="))
        .unwrap();
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sarif_path).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let rules: Vec<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"invalid-sku"), "{rules:?}");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "profiles/values.yaml"
    );
    // A readable summary in the job log.
    assert!(String::from_utf8_lossy(&run.output.stdout).contains("invalid-sku"));

    // Only warnings: exit code 0, unless the args deny warnings.
    std::fs::write(
        dir.path().join("profiles/values.yaml"),
        "managedControlPlane:\n  sku: Free\n  skuu: x\n",
    )
    .unwrap();
    assert!(run_action(dir.path(), "sarif", "")
        .outputs
        .contains("exit-code=0\n"));
    assert!(run_action(dir.path(), "sarif", "--deny-warnings")
        .outputs
        .contains("exit-code=1\n"));
}

#[test]
fn github_format_annotates() {
    let dir = workspace();
    let run = run_action(dir.path(), "github", "--ignore unknown-key");
    let log = String::from_utf8_lossy(&run.output.stdout);
    assert!(
        log.contains("::error file=profiles/values.yaml,line=2,"),
        "{log}"
    );
    assert!(!log.contains("unknown-key"), "{log}");
    assert!(run.outputs.contains("exit-code=1\n"), "{}", run.outputs);
    let wrong = run_action(dir.path(), "xml", "");
    assert!(wrong.outputs.contains("exit-code=2\n"), "{}", wrong.outputs);
}

#[test]
fn action_yml_runs_the_scripts_with_the_inputs_they_read() {
    let action = std::fs::read_to_string(repo_root().join("action.yml")).unwrap();
    for needle in [
        "action/install.sh",
        "action/run.sh",
        "INPUT_PATHS: ${{ inputs.paths }}",
        "INPUT_FORMAT: ${{ inputs.format }}",
        "INPUT_ARGS: ${{ inputs.args }}",
        "github/codeql-action/upload-sarif@v3",
        "steps.palint.outputs.exit-code",
    ] {
        assert!(action.contains(needle), "action.yml lacks {needle}");
    }
    // action.yml is YAML palint reads without a syntax error.
    let stream = palint_core::syntax::parse(&action);
    assert!(stream.documents.iter().all(|d| d.error.is_none()));
}
