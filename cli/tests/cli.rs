//! End-to-end tests of the `palint` binary: real process, real files, real exit codes.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn palint() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_palint"));
    command.current_dir(repo_root()).env("NO_COLOR", "1");
    command
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn run(args: &[&str]) -> Output {
    palint().args(args).output().expect("palint runs")
}

fn run_stdin(args: &[&str], input: &str) -> Output {
    let mut child = palint()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn human_output_of_each_invalid_example() {
    for name in [
        "aks-values",
        "crossplane-aks",
        "crossplane-azure",
        "crossplane-profile",
        "deployment-proxy",
    ] {
        let path = format!("examples/invalid/{name}.yaml");
        let output = run(&["check", &path]);
        assert_eq!(output.status.code(), Some(1), "{name}");
        insta::assert_snapshot!(format!("human-{name}"), stdout(&output));
    }
}

#[test]
fn valid_examples_and_other_yaml_pass() {
    let output = run(&["check", "examples/valid", "examples/not-a-profile"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).starts_with("No problems found in 8 files."));
}

#[test]
fn json_ranges_are_lsp_utf16_positions() {
    let input = "managedControlPlane:\n  additionalTags: {note: \"😀😀\", azure: x}\n";
    let output = run_stdin(&["check", "-", "--format", "json"], input);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let expected = serde_json::json!({"files": [{"path": "<stdin>", "diagnostics": [{
        "code": "reserved-tag",
        "severity": "error",
        "message": "`azure` is a reserved tag: Palette rejects tags named `azure` (in any letter case)",
        "range": {"start": {"line": 1, "character": 33}, "end": {"line": 1, "character": 38}},
    }]}]});
    assert_eq!(json, expected);
}

#[test]
fn unreadable_files_are_named_and_others_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("image.yaml");
    std::fs::write(&binary, [0u8, 159, 146, 150]).unwrap();
    let latin1 = dir.path().join("latin1.yaml");
    std::fs::write(&latin1, b"managedControlPlane:\n  sku: \xe9\n").unwrap();
    let good = dir.path().join("values.yaml");
    std::fs::write(&good, "managedControlPlane:\n  sku: Premium\n").unwrap();
    let missing = dir.path().join("missing.yaml");
    let output = run(&[
        "check",
        missing.to_str().unwrap(),
        binary.to_str().unwrap(),
        latin1.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    // Problems with files go to stderr; the findings in the readable file to stdout.
    let errors = String::from_utf8(output.stderr.clone()).unwrap();
    assert!(
        errors.contains("missing.yaml: no such file or folder"),
        "{errors}"
    );
    assert!(
        errors.contains("image.yaml: this is a binary file, not YAML"),
        "{errors}"
    );
    assert!(
        errors.contains("latin1.yaml: not valid UTF-8 (invalid byte at offset 28)"),
        "{errors}"
    );
    assert!(errors.contains("3 files could not be read"), "{errors}");
    let text = stdout(&output);
    assert!(!text.contains("missing.yaml"), "{text}");
    assert!(text.contains("error[invalid-sku]"), "{text}");
    assert!(
        text.ends_with("Found 1 error, 0 warnings in 1 file.\n"),
        "{text}"
    );
}

#[test]
fn rules_from_the_command_line_apply_over_the_config() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".palint.yaml"),
        "rules:\n  reserved-tag: warning\n",
    )
    .unwrap();
    let values = "managedControlPlane:\n  sku: Premium\n  additionalTags:\n    azure: x\n";
    std::fs::write(dir.path().join("values.yaml"), values).unwrap();
    let codes = |args: &[&str]| -> Vec<(String, String)> {
        let mut all = vec!["check", "values.yaml", "--format", "json"];
        all.extend_from_slice(args);
        let output = palint()
            .current_dir(dir.path())
            .args(&all)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        json["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_owned(),
                    d["severity"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let pair = |c: &str, s: &str| (c.to_owned(), s.to_owned());
    assert_eq!(
        codes(&[]),
        [
            pair("invalid-sku", "error"),
            pair("reserved-tag", "warning")
        ]
    );
    assert_eq!(
        codes(&["--select", "reserved-tag"]),
        [pair("reserved-tag", "warning")]
    );
    assert_eq!(codes(&["--ignore", "invalid-sku,reserved-tag"]), []);
    assert_eq!(
        codes(&["--rule", "reserved-tag=error", "--rule", "invalid-sku=hint"]),
        [pair("invalid-sku", "hint"), pair("reserved-tag", "error")]
    );
    // A code or level that does not exist is an error, not silence.
    for args in [
        &["--select", "no-such-rule"][..],
        &["--rule", "reserved-tag=loud"],
        &["--rule", "reserved-tag"],
    ] {
        let mut all = vec!["check", "values.yaml"];
        all.extend_from_slice(args);
        let output = palint()
            .current_dir(dir.path())
            .args(&all)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).starts_with("palint: "),
            "{args:?}"
        );
    }
}

#[test]
fn statistics_and_quiet() {
    let output = run(&["check", "examples/invalid", "--statistics"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let first = text.lines().next().unwrap();
    assert!(
        first.trim_start().chars().next().unwrap().is_ascii_digit(),
        "{text}"
    );
    assert!(
        text.contains("  invalid-upgrade-channel  (error)\n"),
        "{text}"
    );
    assert!(text.trim_end().ends_with(" in all"), "{text}");
    let total: usize = text
        .lines()
        .filter(|l| l.contains("  ("))
        .map(|l| {
            l.split_whitespace()
                .next()
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    assert_eq!(text.lines().last().unwrap(), format!("{total} in all"));

    let quiet = run_stdin(
        &["check", "-", "--quiet"],
        "managedControlPlane:\n  sku: Free\n",
    );
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(stdout(&quiet), "");
    let loud = run_stdin(
        &["check", "-", "-q"],
        "managedControlPlane:\n  sku: Premium\n",
    );
    assert_eq!(loud.status.code(), Some(1));
    assert!(stdout(&loud).contains("error[invalid-sku]"));
    assert!(!stdout(&loud).contains("Found"));
}

#[test]
fn deny_warnings_turns_warnings_into_failure() {
    let input = "managedControlPlane:\n  sku: Free\n  skuu: x\n";
    assert_eq!(run_stdin(&["check", "-"], input).status.code(), Some(0));
    assert_eq!(
        run_stdin(&["check", "-", "--deny-warnings"], input)
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["check", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(
        run(&["check", "--kind", "nope", "-"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["explain", "reserved-tags"]).status.code(), Some(2));
}

#[test]
fn sarif_output_is_sarif_2_1_0() {
    let output = run(&[
        "check",
        "examples/invalid/crossplane-azure.yaml",
        "--format",
        "sarif",
    ]);
    let sarif: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "palint");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    let first = &results[0];
    let rule_index = first["ruleIndex"].as_u64().unwrap() as usize;
    let descriptor = &run["tool"]["driver"]["rules"][rule_index];
    assert_eq!(descriptor["id"], first["ruleId"]);
    assert!(descriptor["helpUri"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    let markdown = descriptor["help"]["markdown"].as_str().unwrap();
    assert!(markdown.contains("## Examples"), "{markdown}");
    assert!(
        first["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap()
            > 1
    );
}

#[test]
fn json_output_snapshot() {
    let output = run(&[
        "check",
        "examples/invalid/aks-values.yaml",
        "examples/missing.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!("json-output", stdout(&output));
}

/// The SARIF log with the rule descriptors shortened to their ids (one descriptor is
/// snapshotted whole) and the version left out.
#[test]
fn sarif_output_snapshot() {
    let output = run(&[
        "check",
        "examples/invalid/aks-values.yaml",
        "examples/missing.yaml",
        "--format",
        "sarif",
    ]);
    let mut sarif: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let driver = &mut sarif["runs"][0]["tool"]["driver"];
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    driver["version"] = "<version>".into();
    let rules = driver["rules"].as_array().unwrap().clone();
    let invalid_sku = rules.iter().find(|r| r["id"] == "invalid-sku").unwrap();
    insta::assert_snapshot!(
        "sarif-rule-descriptor",
        serde_json::to_string_pretty(invalid_sku).unwrap()
    );
    driver["rules"] = rules.iter().map(|r| r["id"].clone()).collect();
    insta::assert_snapshot!(
        "sarif-output",
        serde_json::to_string_pretty(&sarif).unwrap()
    );
}

#[test]
fn github_annotations() {
    let output = run_stdin(
        &[
            "check",
            "-",
            "--format",
            "github",
            "--stdin-filename",
            "values.yaml",
        ],
        "managedControlPlane:\n  sku: free\n",
    );
    assert_eq!(
        stdout(&output),
        "::error file=values.yaml,line=2,col=8,endLine=2,endColumn=12,title=palint invalid-sku::`free` is not a valid sku: it has the wrong letter case; write `Free`\n"
    );
}

#[test]
fn explain_prints_rule_examples_and_sources() {
    let output = run(&["explain", "reserved-tag"]);
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!("explain-reserved-tag", stdout(&output));
    let list = stdout(&run(&["explain", "--list"]));
    assert!(list.lines().count() >= 20 && list.contains("subnet-cidr"));
}

#[test]
fn explain_suggests_a_close_code() {
    let output = run(&["explain", "reserved-tags"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("did you mean `reserved-tag`?"), "{stderr}");
    let far = run(&["explain", "no-such-thing"]);
    assert!(!String::from_utf8(far.stderr)
        .unwrap()
        .contains("did you mean"));
}

#[test]
fn config_file_sets_levels_and_kinds() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".palint.yaml"),
        "rules:\n  reserved-tag: warning\nkinds:\n  - glob: \"layers/*.yaml\"\n    kind: kubernetes-aks-values\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("layers")).unwrap();
    // Without the glob this would not be recognized (no managedControlPlane mapping).
    std::fs::write(
        dir.path().join("layers/k8s.yaml"),
        "managedMachinePool:\n  maxPodPerNode: 5\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("tags.yaml"),
        "managedControlPlane:\n  additionalTags:\n    azure: x\n",
    )
    .unwrap();
    let output = palint()
        .current_dir(dir.path())
        .args(["check", ".", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let files = json["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["path"], "layers/k8s.yaml");
    assert_eq!(files[0]["diagnostics"][0]["code"], "invalid-value");
    assert_eq!(files[1]["diagnostics"][0]["severity"], "warning");
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn closed_pipe_is_not_a_crash() {
    let mut child = palint()
        .args(["check", "examples/invalid"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert!(status.code().is_some_and(|c| c <= 2), "{status:?}");
}

/// Runs palint with its stdout on a pipe whose reading end is already closed.
#[cfg(unix)]
fn run_into_closed_pipe(args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    palint()
        .args(args)
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

/// Runs palint with its stdout on `/dev/full` (every write fails with ENOSPC).
#[cfg(target_os = "linux")]
fn run_into_full_device(args: &[&str]) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    palint()
        .args(args)
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn fifo_in_folder_is_skipped_and_fifo_argument_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.yaml");
    let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    std::fs::write(
        dir.path().join("a.yaml"),
        "managedControlPlane:\n  sku: Premium\n",
    )
    .unwrap();
    let with_timeout = |args: &[&str]| {
        let mut child = palint()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while child.try_wait().unwrap().is_none() {
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("palint {args:?} hangs on a FIFO");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        child.wait_with_output().unwrap()
    };
    // The walk checks the regular file only.
    let output = with_timeout(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("error[invalid-sku]"), "{text}");
    assert!(text.contains("in 1 file."), "{text}");
    // Named on the command line: a clear error, exit 2, the other file still checked.
    let a = dir.path().join("a.yaml");
    let output = with_timeout(&["check", fifo.to_str().unwrap(), a.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains("x.yaml: not a regular file (a named pipe)"),
        "{errors}"
    );
    let text = stdout(&output);
    assert!(text.contains("error[invalid-sku]"), "{text}");
}

#[cfg(unix)]
#[test]
fn symlinked_folders_are_followed_without_looping() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("a.yaml"), "managedControlPlane:\n  sku: Premium\n").unwrap();
    std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
    std::os::unix::fs::symlink(sub.join("a.yaml"), dir.path().join("link.yaml")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone"), dir.path().join("dangling.yaml")).unwrap();
    let output = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    // sub/a.yaml and link.yaml; the loop back to the top is not walked again.
    assert!(text.contains("in 2 files."), "{text}");
}

#[cfg(target_os = "linux")]
#[test]
fn report_that_cannot_be_written_is_an_error() {
    for format in ["human", "json", "sarif", "github"] {
        let output = run_into_full_device(&[
            "check",
            "examples/invalid/aks-values.yaml",
            "--format",
            format,
        ]);
        assert_eq!(output.status.code(), Some(2), "{format}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("cannot write the report") && stderr.contains("No space left"),
            "{stderr}"
        );
    }
}

#[cfg(unix)]
#[test]
fn closed_pipe_ends_quietly_with_the_usual_status() {
    let output = run_into_closed_pipe(&["check", "examples/invalid/aks-values.yaml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stderr.is_empty(), "{:?}", output.stderr);
    let output = run_into_closed_pipe(&["check", "examples/valid/aks-values.yaml"]);
    assert_eq!(output.status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn explain_into_closed_pipe_or_full_device_does_not_panic() {
    for args in [&["explain", "--list"][..], &["explain", "reserved-tag"]] {
        let output = run_into_closed_pipe(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(output.stderr.is_empty(), "{:?}", output.stderr);
        #[cfg(target_os = "linux")]
        {
            let output = run_into_full_device(args);
            assert_eq!(output.status.code(), Some(2), "{args:?}");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(!stderr.contains("panicked"), "{stderr}");
            assert!(stderr.contains("cannot write"), "{stderr}");
        }
    }
}

#[test]
fn lone_cr_is_a_line_break_in_every_format() {
    let input = "managedControlPlane:\r  sku: Premium\r  azure: x\r";
    let output = run_stdin(&["check", "-", "--format", "json"], input);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let range = &json["files"][0]["diagnostics"][0]["range"];
    assert_eq!(
        range,
        &serde_json::json!({"start": {"line": 1, "character": 7}, "end": {"line": 1, "character": 14}})
    );
    let human = stdout(&run_stdin(&["check", "-"], input));
    assert!(human.contains("<stdin>:2:8"), "{human}");
    assert!(human.contains("2 │   sku: Premium\n"), "{human}");
    let github = stdout(&run_stdin(&["check", "-", "--format", "github"], input));
    assert!(
        github.contains("line=2,col=8,endLine=2,endColumn=15"),
        "{github}"
    );
}

/// `managedControlPlane` with `n` placeholder tags in one flow mapping on one line.
fn one_line_of_problems(n: usize) -> String {
    let mut text = String::from("managedControlPlane:\n  additionalTags: {");
    for i in 0..n {
        text.push_str(&format!("t{i}: <id>, "));
    }
    text.push_str("é: x}\n");
    text
}

#[test]
fn human_output_is_linear_in_diagnostics_on_one_line() {
    let time = |n: usize| {
        let input = one_line_of_problems(n);
        (0..3)
            .map(|_| {
                let start = std::time::Instant::now();
                let output = run_stdin(&["check", "-"], &input);
                assert_eq!(output.status.code(), Some(1));
                start.elapsed()
            })
            .min()
            .unwrap()
    };
    let output = stdout(&run_stdin(&["check", "-"], &one_line_of_problems(3_000)));
    assert!(output.contains("<stdin>:2:"), "{}", &output[..400]);
    assert_eq!(output.matches("error[placeholder-value]").count(), 3_000);
    let (t1, t2) = (time(3_000), time(6_000));
    let ratio = t2.as_secs_f64() / t1.as_secs_f64();
    assert!(ratio < 3.0, "{t1:?} → {t2:?} (×{ratio:.2})");
}

#[test]
fn the_nearest_config_applies_in_subfolders() {
    let dir = common::nested_config_workspace();
    let output = palint()
        .current_dir(dir.path())
        .args(["check", ".", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let summary: Vec<(String, Vec<(String, String)>)> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| {
            let found = file["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    let code = d["code"].as_str().unwrap().to_owned();
                    (code, d["severity"].as_str().unwrap().to_owned())
                })
                .collect();
            (file["path"].as_str().unwrap().to_owned(), found)
        })
        .collect();
    let expect = |path: &str, found: &[(&str, &str)]| {
        let found = found.iter().map(|(c, s)| (c.to_string(), s.to_string()));
        (path.to_owned(), found.collect::<Vec<_>>())
    };
    assert_eq!(
        summary,
        vec![
            expect(".palint.yaml", &[("unknown-key", "warning")]),
            expect("tags.yaml", &[]),
            expect("team/layers/k8s.yaml", &[("invalid-value", "error")]),
            expect("team/tags.yaml", &[("reserved-tag-prefix", "hint")]),
        ]
    );
}

#[test]
fn folder_walks_respect_gitignore_and_hidden_folders_unless_no_ignore() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let bad = "managedControlPlane:\n  sku: Premium\n";
    for path in [
        "a.yaml",
        "generated/b.yaml",
        ".hidden/c.yaml",
        "node_modules/d.yaml",
    ] {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bad).unwrap();
    }
    std::fs::write(root.join(".gitignore"), "generated/\n").unwrap();
    let checked = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["check", ".", "--format", "json"];
        args.extend(extra);
        let output = palint().current_dir(root).args(&args).output().unwrap();
        let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        json["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(checked(&[]), ["a.yaml"]);
    assert_eq!(
        checked(&["--no-ignore"]),
        [
            ".hidden/c.yaml",
            "a.yaml",
            "generated/b.yaml",
            "node_modules/d.yaml"
        ]
    );
    // A file named on the command line is checked even when ignored.
    let output = palint()
        .current_dir(root)
        .args(["check", "generated/b.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn terraform_files_in_every_format() {
    // A copy of a real file (tests/corpus) with two seeded mistakes.
    let real = std::fs::read_to_string(
        repo_root().join("tests/corpus/terraform/terraform/iaas-cluster-deployment-tf/clusters.tf"),
    )
    .unwrap();
    let seeded = real
        .replace(
            "    type    = \"Standard_LRS\"\n",
            "    type    = \"Standard_LRS\"\n      sizegb  = 10\n",
        )
        .replace(
            "    control_plane           = true\n",
            "    control_plane           = \"yes\"\n",
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clusters.tf");
    std::fs::write(&path, &seeded).unwrap();
    // Only the Azure cluster is checked (the AWS and GCP clusters got the same edit).
    let azure = seeded.find("\"spectrocloud_cluster_azure\"").unwrap();
    let line_of = |needle: &str| {
        seeded[..azure + seeded[azure..].find(needle).unwrap()]
            .matches('\n')
            .count()
    };
    let json_out = run(&["check", "--format", "json", path.to_str().unwrap()]);
    assert_eq!(json_out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&json_out)).unwrap();
    let found: Vec<(String, u64, u64)> = json["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let start = &d["range"]["start"];
            (
                d["code"].as_str().unwrap().to_owned(),
                start["line"].as_u64().unwrap(),
                start["character"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("type-mismatch".to_owned(), line_of("\"yes\"") as u64, 30),
            ("unknown-key".to_owned(), line_of("sizegb") as u64, 6),
        ]
    );
    for (format, needle) in [
        ("human", "clusters.tf:"),
        ("sarif", "\"ruleId\": \"unknown-key\""),
        ("github", "::warning file="),
    ] {
        let output = run(&["check", "--format", format, path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1), "{format}");
        assert!(
            stdout(&output).contains(needle),
            "{format}: {}",
            stdout(&output)
        );
    }
    // The real files of the tutorials are clean.
    let clean = run(&[
        "check",
        repo_root()
            .join("tests/corpus/terraform/terraform")
            .to_str()
            .unwrap(),
    ]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
}

#[test]
fn terraform_values_files_are_checked_as_their_pack() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("main.tf"),
        "resource \"spectrocloud_cluster_profile\" \"p\" {\n  name  = \"p\"\n  cloud = \"aks\"\n  pack {\n    name   = \"kubernetes-aks\"\n    values = file(\"${path.module}/k8s.yaml\")\n  }\n}\n",
    )
    .unwrap();
    // Not recognizable on its own: only the pack says these are AKS values.
    std::fs::write(
        dir.path().join("k8s.yaml"),
        "pack:\n  podCIDR: 10.0.0.1/16\n",
    )
    .unwrap();
    for args in [
        vec!["check", "main.tf", "--format", "json"],
        vec!["check", ".", "--format", "json"],
    ] {
        let output = palint()
            .current_dir(dir.path())
            .args(&args)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        let flagged: Vec<(String, String)> = json["files"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| {
                f["diagnostics"].as_array().unwrap().iter().map(|d| {
                    let path = f["path"].as_str().unwrap().to_owned();
                    (path, d["code"].as_str().unwrap().to_owned())
                })
            })
            .collect();
        assert_eq!(flagged.len(), 1, "{args:?}: {flagged:?}");
        assert_eq!(flagged[0].0, "k8s.yaml");
        assert_eq!(flagged[0].1, "subnet-cidr");
    }
}

/// A `.tf` file is checked with its folder's other module files, also when named alone: the
/// variable it uses is declared in `variables.tf` and set in `terraform.tfvars`, and its cluster
/// profile is declared in `profiles.tf`.
#[test]
fn terraform_files_are_checked_with_their_module() {
    let dir = tempfile::tempdir().unwrap();
    let module = dir.path().join("infra");
    std::fs::create_dir(&module).unwrap();
    std::fs::write(
        module.join("variables.tf"),
        "variable \"scope\" {\n  default = \"project\"\n}\n",
    )
    .unwrap();
    std::fs::write(module.join("terraform.tfvars"), "scope = \"projct\"\n").unwrap();
    std::fs::write(
        module.join("profiles.tf"),
        "resource \"spectrocloud_cluster_profile\" \"base\" {\n  name  = \"base\"\n  cloud = \"azure\"\n  type  = \"cluster\"\n}\n",
    )
    .unwrap();
    let cluster = "resource \"spectrocloud_cluster_aks\" \"this\" {\n  name    = \"aks-1\"\n  context = var.scope\n  cluster_profile {\n    id = spectrocloud_cluster_profile.base.id\n  }\n}\n";
    std::fs::write(module.join("cluster.tf"), cluster).unwrap();
    for target in ["infra/cluster.tf", "infra"] {
        let output = palint()
            .current_dir(dir.path())
            .args(["check", target, "--format", "json"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        let file = json["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"].as_str().unwrap().ends_with("cluster.tf"))
            .unwrap();
        let found: Vec<(&str, &str)> = file["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] != "missing-required")
            .map(|d| (d["code"].as_str().unwrap(), d["message"].as_str().unwrap()))
            .collect();
        assert_eq!(found.len(), 2, "{target}: {found:?}");
        assert_eq!(found[0].0, "invalid-value");
        assert!(
            found[0]
                .1
                .starts_with("variable `scope` is set to \"projct\" in terraform.tfvars: "),
            "{}",
            found[0].1
        );
        assert_eq!(found[1].0, "profile-reference");
    }
}

/// Seeded mistakes in a copy of the provider's real AKS module (four files): a
/// `terraform.tfvars` with a wrong subscription ID, and the infrastructure profile moved to
/// another cloud. Both are reported where the cluster file uses them, with exact ranges.
#[test]
fn seeded_mistakes_in_a_real_terraform_module() {
    let source =
        repo_root().join("tests/corpus/terraform/terraform-provider-spectrocloud/examples/e2e/aks");
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let profile = dir.path().join("resource_profile.tf");
    let text = std::fs::read_to_string(&profile).unwrap();
    assert!(text.contains("cloud       = \"aks\""));
    std::fs::write(
        &profile,
        text.replacen("cloud       = \"aks\"", "cloud       = \"azure\"", 1),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("terraform.tfvars"),
        "subscription_id = \"not-a-guid\"\n",
    )
    .unwrap();
    let cluster = std::fs::read_to_string(dir.path().join("resource_cluster.tf")).unwrap();
    let output = palint()
        .current_dir(dir.path())
        .args(["check", "resource_cluster.tf", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let found: Vec<(String, String, u64)> = json["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let line = d["range"]["start"]["line"].as_u64().unwrap();
            let start = d["range"]["start"]["character"].as_u64().unwrap() as usize;
            let end = d["range"]["end"]["character"].as_u64().unwrap() as usize;
            let text = &cluster.lines().nth(line as usize).unwrap()[start..end];
            (
                d["code"].as_str().unwrap().to_owned(),
                text.to_owned(),
                line + 1,
            )
        })
        .collect();
    let expected = [
        ("invalid-guid", "var.subscription_id", 7),
        (
            "profile-reference",
            "spectrocloud_cluster_profile.infra_profile.id",
            21,
        ),
        ("invalid-guid", "var.subscription_id", 69),
        (
            "profile-reference",
            "spectrocloud_cluster_profile.infra_profile.id",
            83,
        ),
    ];
    let expected: Vec<(String, String, u64)> = expected
        .iter()
        .map(|(c, t, l)| (c.to_string(), t.to_string(), *l))
        .collect();
    assert_eq!(found, expected);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn init_writes_a_config_that_checks_clean_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let output = palint()
        .current_dir(dir.path())
        .arg("init")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let written = std::fs::read_to_string(dir.path().join(".palint.yaml")).unwrap();
    assert!(written.starts_with("# palint settings."), "{written}");
    let check = palint()
        .current_dir(dir.path())
        .args(["check", ".palint.yaml", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    // Its commented examples are valid settings once uncommented.
    let uncommented: String = written
        .lines()
        .map(|l| {
            l.strip_prefix('#')
                .filter(|r| r.starts_with("  "))
                .unwrap_or(l)
        })
        .map(|l| {
            l.replace("rules: {}", "rules:")
                .replace("kinds: []", "kinds:")
                + "\n"
        })
        .collect();
    std::fs::write(dir.path().join("b.palint.yaml"), &uncommented).unwrap();
    let check = palint()
        .current_dir(dir.path())
        .args(["check", "b.palint.yaml", "--kind", "palint-config"])
        .output()
        .unwrap();
    assert_eq!(
        check.status.code(),
        Some(0),
        "{uncommented}\n{}",
        stdout(&check)
    );
    std::fs::write(dir.path().join(".palint.yaml"), "rules: {}\n").unwrap();
    let again = palint()
        .current_dir(dir.path())
        .arg("init")
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(dir.path().join(".palint.yaml")).unwrap(),
        "rules: {}\n"
    );
}

#[test]
fn schema_prints_each_kind_with_a_stable_id() {
    for kind in palint_core::DocumentKind::ALL {
        let output = run(&["schema", kind.name()]);
        assert_eq!(output.status.code(), Some(0), "{kind}");
        let mut printed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(
            printed["$id"],
            format!("urn:palint:schema:{}", kind.name()),
            "{kind}"
        );
        printed.as_object_mut().unwrap().remove("$id");
        let embedded: serde_json::Value = serde_json::from_str(kind.spec().schema).unwrap();
        assert_eq!(printed, embedded, "{kind}");
    }
    let listed = stdout(&run(&["schema"]));
    assert!(listed.contains("crossplane-aks"), "{listed}");
    assert_eq!(run(&["schema", "no-such-kind"]).status.code(), Some(2));
}

#[test]
fn shell_completions_are_generated() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = run(&["completions", shell]);
        assert_eq!(output.status.code(), Some(0), "{shell}");
        assert!(stdout(&output).contains("palint"), "{shell}");
    }
    // The bash script is valid bash.
    let script = stdout(&run(&["completions", "bash"]));
    let check = Command::new("bash")
        .args(["-n", "-c", &script])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

const FIXABLE_PROFILE: &str = "\
apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks
spec:
  forProvider:
    name: aks
    cloud: aks
    type: cluster
    pack:
      - name: kubernetes-aks
        tag: \"1.30\"
        values: |
          managedControlPlane:
            sku: standard
            autoUpgradeProfile:
              upgradeChannel: stabel
";

const FIXABLE_TERRAFORM: &str = "\
resource \"spectrocloud_cluster_profile\" \"aks\" {
  name  = \"aks\"
  cloud = \"aks\"
  type  = \"cluster\"
  pack {
    name   = \"kubernetes-aks\"
    values = <<-EOT
      managedControlPlane:
        sku: standard
    EOT
  }
}
";

#[test]
fn fix_applies_safe_fixes_in_place_keeping_embedded_indentation() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("profile.yaml"), FIXABLE_PROFILE).unwrap();
    std::fs::write(dir.path().join("profile.tf"), FIXABLE_TERRAFORM).unwrap();
    let output = palint()
        .current_dir(dir.path())
        .args(["check", "--fix", "profile.yaml", "profile.tf"])
        .output()
        .unwrap();
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.contains("applied 2 fixes in 2 files"), "{errors}");
    // What is left is reported: the misspelled channel has only a guess (an unsafe fix).
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("error[invalid-upgrade-channel]"));
    let yaml = std::fs::read_to_string(dir.path().join("profile.yaml")).unwrap();
    assert_eq!(
        yaml,
        FIXABLE_PROFILE.replace("sku: standard", "sku: Standard")
    );
    let tf = std::fs::read_to_string(dir.path().join("profile.tf")).unwrap();
    assert_eq!(
        tf,
        FIXABLE_TERRAFORM.replace("sku: standard", "sku: Standard")
    );

    let output = palint()
        .current_dir(dir.path())
        .args(["check", "--fix", "--unsafe-fixes", "profile.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let yaml = std::fs::read_to_string(dir.path().join("profile.yaml")).unwrap();
    assert!(
        yaml.ends_with("            autoUpgradeProfile:\n              upgradeChannel: stable\n"),
        "{yaml}"
    );
}

#[test]
fn diff_shows_the_fixes_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("profile.yaml"), FIXABLE_PROFILE).unwrap();
    let output = palint()
        .current_dir(dir.path())
        .args(["check", "--diff", "profile.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let diff = stdout(&output);
    assert!(
        diff.starts_with("--- a/profile.yaml\n+++ b/profile.yaml\n"),
        "{diff}"
    );
    assert!(
        diff.contains("\n-            sku: standard\n+            sku: Standard\n"),
        "{diff}"
    );
    assert!(!diff.contains("upgradeChannel: stable"), "{diff}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("profile.yaml")).unwrap(),
        FIXABLE_PROFILE
    );
    let unsafe_diff = palint()
        .current_dir(dir.path())
        .args(["check", "--diff", "--unsafe-fixes", "profile.yaml"])
        .output()
        .unwrap();
    assert!(stdout(&unsafe_diff).contains("+              upgradeChannel: stable\n"));
    // Nothing to fix: no diff, exit 0. Standard input works with --diff, not with --fix.
    let clean = run_stdin(
        &["check", "--diff", "-"],
        "managedControlPlane:\n  sku: Free\n",
    );
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(stdout(&clean), "");
    let refused = run_stdin(
        &["check", "--fix", "-"],
        "managedControlPlane:\n  sku: free\n",
    );
    assert_eq!(refused.status.code(), Some(2));
}
