//! Which files to check, and reading them safely (missing, binary, non-UTF-8, special files).
//!
//! Folders are walked with the `ignore` crate: `.gitignore`, `.ignore` and hidden folders are
//! respected unless `--no-ignore`. Only regular files are read: a FIFO, socket or device named
//! `*.yaml` would block the walk forever or stream without end. Symbolic links are followed;
//! a link back to an ancestor is not walked again.

use std::io::Read;
use std::path::{Path, PathBuf};

/// A file to check: where it is, and how it is reported.
pub struct Input {
    /// The file on disk (for config lookup); the stdin name for standard input.
    pub path: PathBuf,
    /// The path as reported.
    pub display: String,
    /// Standard input's text, read already; files are read when checked.
    pub stdin: Option<Result<String, String>>,
    /// Why the path cannot be checked (a folder that cannot be read).
    pub error: Option<String>,
}

impl Input {
    /// The text to check, or why there is none.
    pub fn read(&self) -> Result<String, String> {
        if let Some(error) = &self.error {
            return Err(error.clone());
        }
        match &self.stdin {
            Some(text) => text.clone(),
            None => read_path(&self.path),
        }
    }
}

pub fn collect(paths: &[PathBuf], stdin_name: &str, no_ignore: bool) -> Vec<Input> {
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
                stdin: Some(text),
                error: None,
            });
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, no_ignore, &mut files, &mut inputs);
            files.sort();
            inputs.extend(files.into_iter().map(file));
        } else {
            inputs.push(file(path.clone()));
        }
    }
    inputs
}

fn walk(dir: &Path, no_ignore: bool, files: &mut Vec<PathBuf>, inputs: &mut Vec<Input>) {
    let walker = ignore::WalkBuilder::new(dir)
        .standard_filters(!no_ignore)
        // A `.gitignore` counts outside a Git repository too (a copied folder, a tarball).
        .require_git(false)
        .follow_links(true)
        .filter_entry(move |entry| {
            // Dependencies and build output are never profiles.
            no_ignore
                || entry.depth() == 0
                || !entry.file_type().is_some_and(|t| t.is_dir())
                || !matches!(entry.file_name().to_str(), Some("node_modules" | "target"))
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                if let Some(input) = walk_error(dir, &error) {
                    inputs.push(input);
                }
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy();
        let is_checked = name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".tf");
        // `file_type` follows links; a dangling link, a FIFO or a socket is not a file.
        if is_checked
            && name != palint_core::config::CONFIG_FILE_NAME
            && entry.file_type().is_some_and(|t| t.is_file())
        {
            files.push(entry.into_path());
        }
    }
}

/// A walk error worth reporting: an unreadable folder. Loops through links and dangling
/// links are skipped quietly, as before.
fn walk_error(dir: &Path, error: &ignore::Error) -> Option<Input> {
    let mut inner = error;
    let mut path = None;
    loop {
        match inner {
            ignore::Error::WithPath { path: p, err } => {
                path = Some(p.clone());
                inner = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                inner = err
            }
            ignore::Error::Loop { .. } => return None,
            ignore::Error::Io(io) if io.kind() == std::io::ErrorKind::NotFound => return None,
            _ => break,
        }
    }
    let path = path.unwrap_or_else(|| dir.to_owned());
    Some(Input {
        display: display(&path),
        path,
        stdin: None,
        error: Some(format!("cannot read folder: {inner}")),
    })
}

pub fn file(path: PathBuf) -> Input {
    Input {
        display: display(&path),
        path,
        stdin: None,
        error: None,
    }
}

fn read_path(path: &Path) -> Result<String, String> {
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => Err(format!(
            "not a regular file ({}); palint reads only regular files",
            special_kind(&meta.file_type())
        )),
        _ => read_file(path),
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
