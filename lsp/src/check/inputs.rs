//! Which files to check, and reading them safely (missing, binary, non-UTF-8).

use std::io::Read;
use std::path::{Path, PathBuf};

pub struct Input {
    /// The file on disk (for config lookup); the current folder for stdin.
    pub path: PathBuf,
    /// The path as reported.
    pub display: String,
    pub text: Result<String, String>,
}

pub fn collect(paths: &[PathBuf], stdin_name: &str) -> Vec<Input> {
    let default = [PathBuf::from(".")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            let text = std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))
                .and_then(|_| decode(bytes));
            inputs.push(Input {
                path: PathBuf::from(stdin_name),
                display: stdin_name.to_owned(),
                text,
            });
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, &mut inputs);
            files.sort();
            inputs.extend(files.into_iter().map(read));
        } else {
            inputs.push(read(path.clone()));
        }
    }
    inputs
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, inputs: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            inputs.push(Input {
                path: dir.to_owned(),
                display: display(dir),
                text: Err(format!("cannot read folder: {e}")),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            // Version control, dependencies and build output are never profiles.
            if !name.starts_with('.') && !matches!(name.as_ref(), "node_modules" | "target") {
                walk(&path, files, inputs);
            }
        } else if (name.ends_with(".yaml") || name.ends_with(".yml")) && name != ".palint.yaml" {
            files.push(path);
        }
    }
}

fn read(path: PathBuf) -> Input {
    let text = match std::fs::read(&path) {
        Ok(bytes) => decode(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err("no such file or folder".to_owned())
        }
        Err(e) => Err(format!("cannot read: {e}")),
    };
    Input {
        display: display(&path),
        path,
        text,
    }
}

fn display(path: &Path) -> String {
    let text = path.to_string_lossy();
    text.strip_prefix("./").unwrap_or(&text).to_owned()
}

/// Text, or why the bytes are not a YAML file palint can read.
fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("this is a binary file, not YAML".to_owned());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not valid UTF-8 (invalid byte at offset {at}); YAML files must be UTF-8")
    })
}
