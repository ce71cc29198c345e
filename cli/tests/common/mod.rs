//! A small LSP client for end-to-end tests: starts `palint lsp` and speaks JSON-RPC with
//! Content-Length framing over its stdio.

#![allow(dead_code)]

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

pub const TIMEOUT: Duration = Duration::from_secs(20);

pub struct Client {
    pub child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications received while waiting for something else.
    pub notifications: Vec<Value>,
    /// What the client answers to `workspace/configuration`.
    pub settings: Value,
    /// Whether server requests are answered (a hung client does not).
    pub answer_requests: bool,
    /// The pipes' descriptors on this side: the server's stdin, its stdout.
    #[cfg(unix)]
    pipe_fds: (i32, i32),
}

impl Client {
    pub fn start() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_palint"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("palint lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        #[cfg(unix)]
        let pipe_fds = {
            use std::os::fd::AsRawFd;
            (stdin.as_raw_fd(), stdout.as_raw_fd())
        };
        let (sender, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(value) = line.strip_prefix("Content-Length: ") {
                        length = value.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("Content-Length header")];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                let message: Value = serde_json::from_slice(&body).expect("server sends JSON");
                if sender.send(message).is_err() {
                    return;
                }
            }
        });
        Client {
            child,
            stdin: Some(stdin),
            incoming,
            next_id: 1,
            notifications: Vec::new(),
            settings: Value::Null,
            answer_requests: true,
            #[cfg(unix)]
            pipe_fds,
        }
    }

    /// The buffer sizes of the server's stdin and stdout pipes (Linux), while both are open.
    #[cfg(target_os = "linux")]
    pub fn pipe_sizes(&self) -> (i32, i32) {
        // SAFETY: F_GETPIPE_SZ on descriptors this client owns (the reader thread keeps
        // stdout open until the server ends); it only reads the pipe's size.
        unsafe {
            (
                libc::fcntl(self.pipe_fds.0, libc::F_GETPIPE_SZ),
                libc::fcntl(self.pipe_fds.1, libc::F_GETPIPE_SZ),
            )
        }
    }

    fn stdin(&mut self) -> &mut ChildStdin {
        self.stdin.as_mut().expect("stdin is open")
    }

    /// Writes bytes as they are (no framing); errors (the server is gone) are ignored.
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        let stdin = self.stdin();
        let _ = stdin.write_all(bytes).and_then(|()| stdin.flush());
    }

    /// Closes the server's input, as a dying client does.
    pub fn close_stdin(&mut self) {
        self.stdin = None;
    }

    /// The next message from the server, if one comes within `timeout`.
    pub fn next_message(&mut self, timeout: Duration) -> Option<Value> {
        self.incoming.recv_timeout(timeout).ok()
    }

    /// The exit status, if the server ends within `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send_raw(&mut self, body: &str) {
        let stdin = self.stdin();
        write!(stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).unwrap();
        stdin.flush().unwrap();
    }

    fn send(&mut self, message: Value) {
        self.send_raw(&message.to_string());
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    pub fn request_full(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self
                .receive(deadline)
                .unwrap_or_else(|| panic!("no response to {method}"));
            if message.get("id") == Some(&json!(id)) && message.get("method").is_none() {
                return message;
            }
            self.handle(message);
        }
    }

    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.request_full(method, params);
        assert!(
            response.get("error").is_none(),
            "{method} failed: {response}"
        );
        response["result"].clone()
    }

    fn receive(&mut self, deadline: Instant) -> Option<Value> {
        let left = deadline.saturating_duration_since(Instant::now());
        self.incoming.recv_timeout(left).ok()
    }

    /// Answers server requests; keeps notifications.
    fn handle(&mut self, message: Value) {
        match (
            message.get("id"),
            message.get("method").and_then(Value::as_str),
        ) {
            (Some(_), Some(_)) if !self.answer_requests => self.notifications.push(message),
            (Some(id), Some(method)) => {
                let result = match method {
                    "workspace/configuration" => {
                        let count = message["params"]["items"].as_array().map_or(1, Vec::len);
                        Value::Array(vec![self.settings.clone(); count])
                    }
                    _ => Value::Null,
                };
                let id = id.clone();
                self.send(json!({"jsonrpc": "2.0", "id": id, "result": result}));
            }
            (None, Some(_)) => self.notifications.push(message),
            _ => {}
        }
    }

    /// The next notification `method` whose params satisfy `accept` (earlier ones are dropped).
    pub fn wait_for(&mut self, method: &str, accept: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(i) = self
                .notifications
                .iter()
                .position(|n| n["method"] == method && accept(&n["params"]))
            {
                let found = self.notifications.remove(i);
                self.notifications.drain(..i);
                return found["params"].clone();
            }
            let message = self
                .receive(deadline)
                .unwrap_or_else(|| panic!("no {method} notification"));
            self.handle(message);
        }
    }

    /// Waits until the server sends a request `method` (answered like any other).
    pub fn wait_for_request(&mut self, method: &str) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self
                .receive(deadline)
                .unwrap_or_else(|| panic!("no {method} request"));
            let is_it = message["method"] == method && message.get("id").is_some();
            self.handle(message);
            if is_it {
                return;
            }
        }
    }

    /// Diagnostics published for `uri` at `version`.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let params = self.wait_for("textDocument/publishDiagnostics", |p| {
            p["uri"] == uri && p["version"] == version
        });
        params["diagnostics"].as_array().unwrap().clone()
    }

    pub fn initialize(&mut self, capabilities: Value) -> Value {
        let result = self.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": capabilities}),
        );
        self.notify("initialized", json!({}));
        result
    }

    pub fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}),
        );
    }

    pub fn shutdown_and_exit(mut self) -> std::process::ExitStatus {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "palint lsp did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// UTF-16 position of the first `needle` in `text` (after `nth` earlier matches).
pub fn position_of(text: &str, needle: &str) -> Value {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    let line = text[..offset].matches('\n').count();
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let character = text[line_start..offset].encode_utf16().count();
    json!({"line": line, "character": character})
}

/// A workspace with a `.palint.yaml` at the top and another in `team/`: the nearest one
/// applies to each file, and kind globs are relative to the folder of the file that has them.
/// The top one has an unknown key (`extra`), reported in the config file itself.
pub fn nested_config_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("team/layers")).unwrap();
    let write = |path: &str, text: &str| std::fs::write(root.join(path), text).unwrap();
    write(
        ".palint.yaml",
        "rules:\n  reserved-tag-prefix: off\nextra: 1\n",
    );
    write(
        "team/.palint.yaml",
        "rules:\n  reserved-tag-prefix: hint\nkinds:\n  - glob: \"layers/*.yaml\"\n    kind: kubernetes-aks-values\n",
    );
    let tags = "managedControlPlane:\n  additionalTags:\n    azure-team: a\n";
    write("tags.yaml", tags);
    write("team/tags.yaml", tags);
    // Recognized only through team/.palint.yaml's glob (no managedControlPlane mapping).
    write(
        "team/layers/k8s.yaml",
        "managedMachinePool:\n  maxPodPerNode: 5\n",
    );
    dir
}
