//! Which files to check, and reading them safely (missing, binary, non-UTF-8, special files).
//!
//! Only regular files are read: a FIFO, socket or device named `*.yaml` would block the
//! walk forever or stream without end. Folder walks follow symbolic links, but visit each
//! real folder once, so a link back to an ancestor cannot loop.

use std::collections::HashSet;
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
            let mut visited = HashSet::new();
            walk(path, &mut files, &mut inputs, &mut visited);
            files.sort();
            inputs.extend(files.into_iter().map(read));
        } else {
            inputs.push(read(path.clone()));
        }
    }
    inputs
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    inputs: &mut Vec<Input>,
    visited: &mut HashSet<PathBuf>,
) {
    // A folder reached twice (through a symbolic link) is walked once.
    if let Ok(real) = std::fs::canonicalize(dir) {
        if !visited.insert(real) {
            return;
        }
    }
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
        let Ok(mut file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_symlink() {
            // Follow the link; a dangling one is skipped like any other non-file.
            let Ok(target) = std::fs::metadata(&path) else {
                continue;
            };
            file_type = target.file_type();
        }
        if file_type.is_dir() {
            // Version control, dependencies and build output are never profiles.
            if !name.starts_with('.') && !matches!(name.as_ref(), "node_modules" | "target") {
                walk(&path, files, inputs, visited);
            }
        } else if file_type.is_file()
            && (name.ends_with(".yaml") || name.ends_with(".yml"))
            && name != ".palint.yaml"
        {
            files.push(path);
        }
    }
}

fn read(path: PathBuf) -> Input {
    let text = match std::fs::metadata(&path) {
        Ok(meta) if !meta.is_file() => Err(format!(
            "not a regular file ({}); palint reads only regular files",
            special_kind(&meta.file_type())
        )),
        _ => read_file(&path),
    };
    Input {
        display: display(&path),
        path,
        text,
    }
}

/// What a file that is not a regular file or folder is, for the message.
fn special_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
    }
    if file_type.is_dir() {
        return "a folder";
    }
    "a special file"
}

fn read_file(path: &Path) -> Result<String, String> {
    match std::fs::read(path) {
        Ok(bytes) => decode(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err("no such file or folder".to_owned())
        }
        Err(e) => Err(format!("cannot read: {e}")),
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
