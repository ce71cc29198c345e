//! A guard in front of the LSP transport: only well-formed JSON-RPC messages reach it.
//!
//! tower-lsp-server trusts every `Content-Length` and stops reading after one body it cannot
//! decode, which would leave the editor with a server that is alive but deaf. The guard does
//! not trust the framing:
//!
//! - A body is accepted when it is one JSON value. A `Content-Length` that is too short (a
//!   client counting characters, not bytes), too long, missing or given twice with different
//!   values is repaired by reading the JSON value that follows the headers instead.
//! - Anything else (garbage, bytes that are not UTF-8 where a header belongs, a body that is
//!   not JSON) is skipped up to the next `Content-Length:` header, where reading resumes.
//! - A request with a usable `id` that is not a valid JSON-RPC request gets an error response
//!   (-32600), and a request for an unknown `$/` method gets MethodNotFound (-32601), as LSP
//!   3.17 asks; tower-lsp-server would otherwise leave it unanswered.
//!
//! Everything skipped is reported on stderr. The replies are written through [`Output`], the
//! one writer of stdout, so they never interleave with the server's own messages.

use serde::de::IgnoredAny;
use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tower_lsp_server::ls_types::DidChangeTextDocumentParams;

use crate::prepared::{self, PreparedChanges};
use crate::whole_text::ChangeReader;

/// The largest message accepted (a document of this size is already far past any profile).
const MAX_BODY: usize = 64 * 1024 * 1024;

/// The longest header block accepted.
const MAX_HEADER: usize = 8 * 1024;

const CONTENT_LENGTH: &[u8] = b"content-length:";

/// Frames a JSON-RPC body for the wire.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// What the framer found at the start of its buffer.
#[derive(Debug, PartialEq)]
enum Step {
    /// A body (`start..end` of the buffer); the message ends at `end`.
    Message {
        start: usize,
        end: usize,
        warning: Option<&'static str>,
        /// The verdict, when finding the message already read all of it (the usual case):
        /// a whole-text `didChange` is then read once here, not twice.
        verdict: Option<Verdict>,
    },
    /// Bytes to drop, and why.
    Skip(usize, &'static str),
    /// More input is needed to decide.
    NeedMore,
}

/// Splits a byte stream into message bodies, resynchronizing after anything malformed.
#[derive(Default)]
struct Framer {
    buf: Vec<u8>,
    /// How far the body being waited for has been searched for a next header.
    searched: usize,
    /// Reads changes, a whole text against the previous one.
    changes: ChangeReader,
    /// After [`Step::NeedMore`]: how many bytes of the message being read are still to come,
    /// as its header says (0 when no header is complete).
    missing: usize,
}

impl Framer {
    /// Appends what `input` has next, as much as the message being read still needs (within
    /// [`MIN_READ`]..[`READ_SIZE`]); false at the end of the input or on an error.
    fn read_from(&mut self, input: &mut impl std::io::Read) -> bool {
        let room = self.missing.clamp(MIN_READ, READ_SIZE);
        let filled = self.buf.len();
        self.buf.resize(filled + room, 0);
        let read = loop {
            match input.read(&mut self.buf[filled..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                read => break read,
            }
        };
        let n = read.unwrap_or(0);
        self.buf.truncate(filled + n);
        n > 0
    }

    fn consume(&mut self, n: usize) {
        self.buf.drain(..n.min(self.buf.len()));
        self.searched = 0;
    }

    /// The next step; `eof`: no more input will come.
    fn step(&mut self, eof: bool) -> Step {
        self.missing = 0;
        let buf = &self.buf;
        let leading = buf
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n' | b' ' | b'\t'))
            .count();
        if leading > 0 {
            return Step::Skip(leading, "");
        }
        if buf.is_empty() {
            return Step::NeedMore;
        }
        let (header_end, lengths) = match parse_headers(buf) {
            Headers::Complete { end, lengths } => (end, lengths),
            Headers::Partial if !eof => return Step::NeedMore,
            Headers::Partial | Headers::Invalid => return self.resync(1, eof, "not a header"),
        };
        let declared = match lengths.as_slice() {
            [first, rest @ ..] if rest.iter().all(|l| l == first) => Some(*first),
            _ => None,
        };
        let available = buf.len() - header_end;
        if let Some(length) = declared.filter(|&l| l <= MAX_BODY) {
            if available >= length {
                let body = &buf[header_end..header_end + length];
                // A change is read into its parameters (which checks it too), once.
                if let Some(params) = self.changes.read(body) {
                    return Step::Message {
                        start: header_end,
                        end: header_end + length,
                        warning: None,
                        verdict: Some(Verdict::Change(Box::new(params))),
                    };
                }
                // Whether the body is one JSON value, and what is in it, in one pass.
                if let Ok(message) = serde_json::from_slice::<Message>(body) {
                    return Step::Message {
                        start: header_end,
                        end: header_end + length,
                        warning: None,
                        verdict: Some(verdict(message)),
                    };
                }
                // Too short, or too long with the next message already here.
                return self.json_after(header_end, eof, "the Content-Length was wrong");
            }
            // Too long? When a next header has arrived in the meantime, or when what arrived
            // is already one whole JSON value (a real body is never a complete value followed
            // by more bytes), the value is the message; otherwise wait for the rest.
            let from = self.searched.max(header_end);
            let found = find_header(buf, from).is_some();
            let ends_like_json = buf.iter().rev().find(|b| !b.is_ascii_whitespace()) == Some(&b'}');
            self.searched = self.buf.len().saturating_sub(CONTENT_LENGTH.len());
            if found || ends_like_json {
                // A prefix of a real body that is invalid JSON stays invalid: resync then.
                return self.json_after(header_end, eof, "the Content-Length was too long");
            }
            if eof {
                return Step::Skip(self.buf.len(), "input ended inside a message");
            }
            self.missing = length - available;
            return Step::NeedMore;
        }
        let why = if lengths.is_empty() {
            "there was no Content-Length"
        } else {
            "the Content-Length was unusable or given twice"
        };
        self.json_after(header_end, eof, why)
    }

    /// The JSON value right after the headers, whatever the declared length.
    fn json_after(&mut self, start: usize, eof: bool, warning: &'static str) -> Step {
        let mut values =
            serde_json::Deserializer::from_slice(&self.buf[start..]).into_iter::<Value>();
        match values.next() {
            Some(Ok(_)) => Step::Message {
                start,
                end: start + values.byte_offset(),
                warning: Some(warning),
                verdict: None,
            },
            Some(Err(e)) if e.is_eof() && !eof && self.buf.len() - start <= MAX_BODY => {
                Step::NeedMore
            }
            None if !eof => Step::NeedMore,
            _ => self.resync(start, eof, "the body is not JSON"),
        }
    }

    /// Skips to the next `Content-Length:` header at or after `from`.
    fn resync(&mut self, from: usize, eof: bool, why: &'static str) -> Step {
        match find_header(&self.buf, from) {
            Some(at) => Step::Skip(at, why),
            None if eof => Step::Skip(self.buf.len(), why),
            // Keep a tail that could be the start of a header split across reads.
            None => match self.buf.len().saturating_sub(CONTENT_LENGTH.len()) {
                0 => Step::NeedMore,
                keep_from => Step::Skip(keep_from, why),
            },
        }
    }
}

enum Headers {
    Complete { end: usize, lengths: Vec<usize> },
    Partial,
    Invalid,
}

/// Reads `Name: value` lines up to a blank line. Every Content-Length value is collected
/// (`usize::MAX` for one that is not a number).
fn parse_headers(buf: &[u8]) -> Headers {
    let mut lengths = Vec::new();
    let mut at = 0;
    loop {
        let Some(newline) = buf[at..].iter().position(|&b| b == b'\n') else {
            // The partial line must still look like a header.
            let partial = &buf[at..];
            let plausible = partial.len() < MAX_HEADER
                && partial
                    .iter()
                    .all(|&b| b == b'\r' || (b' '..=b'~').contains(&b))
                && header_name_ok(partial.split(|&b| b == b':').next().unwrap_or(&[]));
            return if plausible {
                Headers::Partial
            } else {
                Headers::Invalid
            };
        };
        let line = &buf[at..at + newline];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        at += newline + 1;
        if line.is_empty() {
            return Headers::Complete { end: at, lengths };
        }
        if at > MAX_HEADER || !line.iter().all(|&b| (b' '..=b'~').contains(&b)) {
            return Headers::Invalid;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return Headers::Invalid;
        };
        let (name, value) = (&line[..colon], &line[colon + 1..]);
        if !header_name_ok(name) || name.is_empty() {
            return Headers::Invalid;
        }
        if name.eq_ignore_ascii_case(&CONTENT_LENGTH[..CONTENT_LENGTH.len() - 1]) {
            let value = std::str::from_utf8(value).unwrap_or("").trim();
            lengths.push(value.parse().unwrap_or(usize::MAX));
        }
    }
}

fn header_name_ok(name: &[u8]) -> bool {
    name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The next `Content-Length:` (any letter case) at or after `from`.
fn find_header(buf: &[u8], from: usize) -> Option<usize> {
    let n = CONTENT_LENGTH.len();
    (from..(buf.len() + 1).saturating_sub(n))
        .find(|&i| (buf[i] | 0x20) == b'c' && buf[i..i + n].eq_ignore_ascii_case(CONTENT_LENGTH))
}

/// What to do with a decoded body.
#[derive(Debug, PartialEq)]
enum Verdict {
    Forward,
    /// A `didChange` notification, already read (see `prepared`).
    Change(Box<DidChangeTextDocumentParams>),
    Drop(String),
    /// Answer with this error response instead of forwarding.
    Reply(Value),
}

/// The members of a message that [`judge`] looks at. The others, and what `params` holds (a
/// whole document's text, for some clients on every keystroke), are read past, not copied.
#[derive(Default)]
struct Envelope {
    jsonrpc: Option<Value>,
    id: Option<Value>,
    method: Option<Value>,
    result_or_error: bool,
    /// `params` is an object, an array or `null`.
    params_structured: Option<bool>,
}

/// A JSON value: an object's [`Envelope`], or `None` for any other value.
struct Message(Option<Envelope>);

impl<'de> serde::Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MessageVisitor)
    }
}

struct MessageVisitor;

impl<'de> serde::de::Visitor<'de> for MessageVisitor {
    type Value = Message;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Message, A::Error> {
        let mut envelope = Envelope::default();
        // A repeated member counts as its last value, as in a `serde_json::Value`.
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match &*key {
                "jsonrpc" => envelope.jsonrpc = Some(map.next_value()?),
                "id" => envelope.id = Some(map.next_value()?),
                "method" => envelope.method = Some(map.next_value()?),
                "result" | "error" => {
                    envelope.result_or_error = true;
                    map.next_value::<IgnoredAny>()?;
                }
                "params" => envelope.params_structured = Some(map.next_value::<Structured>()?.0),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Message(Some(envelope)))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Message, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Message(None))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Message, E> {
        Ok(Message(None))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Message, E> {
        Ok(Message(None))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Message, E> {
        Ok(Message(None))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Message, E> {
        Ok(Message(None))
    }

    fn visit_str<E>(self, _: &str) -> Result<Message, E> {
        Ok(Message(None))
    }

    fn visit_unit<E>(self) -> Result<Message, E> {
        Ok(Message(None))
    }
}

/// Whether a value is an object, an array or `null`, read without keeping it.
struct Structured(bool);

impl<'de> serde::Deserialize<'de> for Structured {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StructuredVisitor)
    }
}

struct StructuredVisitor;

impl<'de> serde::de::Visitor<'de> for StructuredVisitor {
    type Value = Structured;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Structured, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Structured(true))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Structured, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Structured(true))
    }

    fn visit_unit<E>(self) -> Result<Structured, E> {
        Ok(Structured(true))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Structured, E> {
        Ok(Structured(false))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Structured, E> {
        Ok(Structured(false))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Structured, E> {
        Ok(Structured(false))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Structured, E> {
        Ok(Structured(false))
    }

    fn visit_str<E>(self, _: &str) -> Result<Structured, E> {
        Ok(Structured(false))
    }
}

fn judge(body: &[u8]) -> Verdict {
    match serde_json::from_slice::<Message>(body) {
        Ok(message) => verdict(message),
        Err(e) => Verdict::Drop(format!("not JSON ({e})")),
    }
}

fn verdict(message: Message) -> Verdict {
    let Message(Some(object)) = message else {
        return Verdict::Drop("not a JSON object".into());
    };
    // An id the client can match a response to.
    let id = object
        .id
        .as_ref()
        .filter(|id| id.is_string() || id.is_i64() || id.is_u64());
    let is_response = object.id.is_some() && object.result_or_error && object.method.is_none();
    let problem = if object.jsonrpc.as_ref().and_then(Value::as_str) != Some("2.0") {
        Some("missing \"jsonrpc\": \"2.0\"")
    } else if is_response {
        None
    } else if !object.method.as_ref().is_some_and(Value::is_string) {
        Some("the method must be a string")
    } else if object.params_structured == Some(false) {
        Some("params must be an object or an array")
    } else if object
        .id
        .as_ref()
        .is_some_and(|i| id.is_none() && !i.is_null())
    {
        Some("the id must be a string or an integer")
    } else {
        None
    };
    if let Some(problem) = problem {
        return match id {
            Some(id) if !is_response => Verdict::Reply(error(id, -32600, problem)),
            _ => Verdict::Drop(problem.into()),
        };
    }
    let method = object.method.as_ref().and_then(Value::as_str).unwrap_or("");
    match id {
        // Every `$/` method of LSP 3.17 is a notification; as a request it is unknown.
        // palint's internal notification comes only from the guard itself.
        Some(id) if method.starts_with("$/") || method == prepared::METHOD => {
            Verdict::Reply(error(id, -32601, &format!("Method not found: {method}")))
        }
        None if method == prepared::METHOD => {
            Verdict::Drop(format!("{method} is palint's own notification"))
        }
        _ => Verdict::Forward,
    }
}

fn error(id: &Value, code: i64, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
}

/// The most read from the input at a time: a whole-text change of a 30,000-line file in one
/// read (the pipe is as wide, see `pipes`), when a header has announced it.
const READ_SIZE: usize = 1 << 20;

/// The least: a keystroke's change is a few hundred bytes, and the room read into is zeroed
/// first (std cannot read into memory that is not).
const MIN_READ: usize = 64 * 1024;

/// Reads `input` until it ends and hands each valid message, framed afresh, to `forward` (until
/// it returns false), answering invalid requests through `replies` (frames for stdout).
///
/// Runs on a thread of its own, reading with blocking calls straight into the framer's buffer:
/// a megabyte-long change is copied once on its way in, and read while the server checks the
/// previous one.
pub fn guard_messages(
    mut input: impl std::io::Read,
    mut forward: impl FnMut(Vec<u8>) -> bool,
    replies: &UnboundedSender<Vec<u8>>,
    prepared: &PreparedChanges,
) {
    let mut framer = Framer::default();
    let mut eof = false;
    loop {
        match framer.step(eof) {
            Step::NeedMore if eof => break,
            Step::NeedMore => eof = !framer.read_from(&mut input),
            Step::Skip(n, why) => {
                if !why.is_empty() {
                    eprintln!("palint lsp: skipped {n} bytes of input ({why}); resynchronizing at the next Content-Length header");
                }
                framer.consume(n);
            }
            Step::Message {
                start,
                end,
                warning,
                verdict,
            } => {
                if let Some(warning) = warning {
                    eprintln!("palint lsp: repaired a message's framing ({warning})");
                }
                let body = &framer.buf[start..end];
                let verdict = verdict.unwrap_or_else(|| judge(body));
                let forwarded = match verdict {
                    Verdict::Forward => Some(frame(body)),
                    Verdict::Change(params) => Some(frame(&prepared.put(*params))),
                    Verdict::Drop(problem) => {
                        eprintln!("palint lsp: dropped a malformed message: {problem}");
                        None
                    }
                    Verdict::Reply(response) => {
                        eprintln!(
                            "palint lsp: answered an invalid request with an error: {}",
                            response["error"]["message"]
                        );
                        let _ = replies.send(frame(response.to_string().as_bytes()));
                        None
                    }
                };
                if forwarded.is_some_and(|message| !forward(message)) {
                    break;
                }
                framer.consume(end);
            }
        }
    }
}

/// Writes the guard's messages to the server's input until they end, then closes it.
pub async fn write_messages(
    mut messages: tokio::sync::mpsc::Receiver<Vec<u8>>,
    mut output: impl AsyncWrite + Unpin,
) {
    while let Some(message) = messages.recv().await {
        if output.write_all(&message).await.is_err() {
            break;
        }
        let _ = output.flush().await;
    }
    let _ = output.shutdown().await;
}

/// The one writer of stdout: the server's messages and the guard's replies, whole frames
/// at a time.
pub struct Output {
    sender: UnboundedSender<Vec<u8>>,
    receiver: UnboundedReceiver<Vec<u8>>,
}

impl Output {
    pub fn new() -> Output {
        let (sender, receiver) = unbounded_channel();
        Output { sender, receiver }
    }

    /// Where to send whole frames.
    pub fn sender(&self) -> UnboundedSender<Vec<u8>> {
        self.sender.clone()
    }

    /// Writes frames until an empty one (the end marker) or a write error. Blocking: it runs
    /// on a thread of its own, so a frame goes out as soon as it is sent, in one write.
    pub fn run(self, mut stdout: impl std::io::Write) {
        let Output {
            sender,
            mut receiver,
        } = self;
        drop(sender);
        while let Some(frame) = receiver.blocking_recv() {
            if frame.is_empty() || stdout.write_all(&frame).is_err() || stdout.flush().is_err() {
                break;
            }
        }
    }
}

/// Standard output without std's line buffering, which would write a frame's header apart
/// from its body; std's own where the descriptor cannot be shared.
pub fn unbuffered_stdout() -> Box<dyn std::io::Write + Send> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(std::io::stdout())
}

/// Splits the server's own (well-formed) output into frames for [`Output`].
pub async fn server_frames(
    server_output: impl AsyncRead + Unpin,
    frames: UnboundedSender<Vec<u8>>,
) {
    let mut reader = BufReader::new(server_output);
    loop {
        let mut headers = Vec::new();
        let mut length = None;
        loop {
            let mut line = Vec::new();
            match reader.read_until(b'\n', &mut line).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            headers.extend_from_slice(&line);
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse::<usize>().ok();
                }
            }
        }
        let mut body = vec![0; length.unwrap_or(0)];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        headers.extend_from_slice(&body);
        if frames.send(headers).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bodies the guard forwards for `input`, and its replies.
    fn run(input: impl std::io::Read) -> (Vec<String>, Vec<Value>) {
        let (sender, mut receiver) = unbounded_channel();
        let mut output = Vec::new();
        guard_messages(
            input,
            |message| {
                output.extend_from_slice(&message);
                true
            },
            &sender,
            &PreparedChanges::default(),
        );
        let mut bodies = Vec::new();
        let mut framer = Framer {
            buf: output,
            ..Framer::default()
        };
        while let Step::Message { start, end, .. } = framer.step(true) {
            bodies.push(String::from_utf8(framer.buf[start..end].to_vec()).unwrap());
            framer.consume(end);
        }
        let mut replies = Vec::new();
        while let Ok(frame) = receiver.try_recv() {
            let text = String::from_utf8(frame).unwrap();
            replies.push(serde_json::from_str(text.split("\r\n\r\n").nth(1).unwrap()).unwrap());
        }
        (bodies, replies)
    }

    const GOOD: &str = r#"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#;

    fn framed(length: usize, body: &str) -> Vec<u8> {
        format!("Content-Length: {length}\r\n\r\n{body}").into_bytes()
    }

    #[test]
    fn a_change_reaches_the_server_as_a_handle_and_clients_cannot_send_one() {
        let change = r#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.yaml","version":2},"contentChanges":[{"text":"a: 1\n"}]}}"#;
        let forged = format!(
            r#"{{"jsonrpc":"2.0","method":"{}","params":{{"handle":0}}}}"#,
            prepared::METHOD
        );
        let forged_request = forged.replace(r#""jsonrpc":"2.0","#, r#""jsonrpc":"2.0","id":9,"#);
        let input = [
            framed(change.len(), change),
            framed(forged.len(), &forged),
            framed(forged_request.len(), &forged_request),
            framed(GOOD.len(), GOOD),
        ]
        .concat();
        let (bodies, replies) = run(input.as_slice());
        assert_eq!(bodies.len(), 2, "{bodies:?}");
        let handle: Value = serde_json::from_str(&bodies[0]).unwrap();
        assert_eq!(handle["method"], prepared::METHOD);
        assert!(handle["params"]["handle"].is_u64());
        assert!(!bodies[0].contains("contentChanges"));
        assert_eq!(bodies[1], GOOD);
        assert_eq!(replies.len(), 1);
        assert_eq!(replies[0]["id"], 9);
        assert_eq!(replies[0]["error"]["code"], -32601);
    }

    #[test]
    fn accepts_json_rpc_and_answers_invalid_requests() {
        assert_eq!(
            judge(br#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#),
            Verdict::Forward
        );
        assert_eq!(
            judge(br#"{"jsonrpc":"2.0","method":"exit"}"#),
            Verdict::Forward
        );
        assert_eq!(
            judge(br#"{"jsonrpc":"2.0","id":3,"result":null}"#),
            Verdict::Forward
        );
        assert!(matches!(
            judge(br#"{"jsonrpc": "2.0", "id": 99, "method": "#),
            Verdict::Drop(_)
        ));
        assert!(matches!(judge(b"[1, 2]"), Verdict::Drop(_)));
        assert!(matches!(
            judge(br#"{"jsonrpc":"2.0","id":{"x":1},"method":"a"}"#),
            Verdict::Drop(_)
        ));
        let Verdict::Reply(reply) = judge(br#"{"id":1,"method":"a"}"#) else {
            panic!()
        };
        assert_eq!(reply["error"]["code"], -32600);
        let Verdict::Reply(reply) = judge(br#"{"jsonrpc":"2.0","id":"x","method":"a","params":5}"#)
        else {
            panic!()
        };
        assert_eq!(
            (reply["id"].clone(), reply["error"]["code"].clone()),
            (json!("x"), json!(-32600))
        );
        let Verdict::Reply(reply) = judge(br#"{"jsonrpc":"2.0","id":2,"method":"$/unknown"}"#)
        else {
            panic!()
        };
        assert_eq!(reply["error"]["code"], -32601);
        assert_eq!(
            judge(br#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":1}}"#),
            Verdict::Forward
        );
        for params in [
            "null",
            "[1]",
            r#"{"textDocument":{"text":"a\nb"},"params":3}"#,
        ] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":4,"method":"a","params":{params}}}"#);
            assert_eq!(judge(body.as_bytes()), Verdict::Forward, "{params}");
        }
        for params in ["3", r#""text""#, "true", "-1.5"] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":4,"method":"a","params":{params}}}"#);
            assert!(
                matches!(judge(body.as_bytes()), Verdict::Reply(_)),
                "{params}"
            );
        }
        // A repeated member counts as its last value; `"method": null` is still a method.
        assert_eq!(
            judge(br#"{"jsonrpc":"1.0","jsonrpc":"2.0","method":"a"}"#),
            Verdict::Forward
        );
        assert!(matches!(
            judge(br#"{"jsonrpc":"2.0","id":5,"method":null,"result":1}"#),
            Verdict::Reply(_)
        ));
        for not_object in ["1", "\"x\"", "null", "true", "[{}]", "-2.5"] {
            assert_eq!(
                judge(not_object.as_bytes()),
                Verdict::Drop("not a JSON object".into())
            );
        }
    }

    /// Input that arrives at most `step` bytes per read, as from a slow pipe.
    struct Trickle<'a> {
        rest: &'a [u8],
        step: usize,
    }

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.rest.len().min(self.step).min(buf.len());
            buf[..n].copy_from_slice(&self.rest[..n]);
            self.rest = &self.rest[n..];
            Ok(n)
        }
    }

    /// Messages larger than the first read, arriving whole or in pieces (the guard reads
    /// what their headers announce), come through intact and in order.
    #[test]
    fn large_messages_read_in_pieces_come_through_whole() {
        let large = |size: usize| {
            let value = "x".repeat(size);
            format!(r#"{{"jsonrpc":"2.0","method":"palint/test","params":{{"text":"{value}"}}}}"#)
        };
        let (big, bigger) = (large(MIN_READ * 3), large(READ_SIZE + 100));
        let input = [
            framed(big.len(), &big),
            framed(GOOD.len(), GOOD),
            framed(bigger.len(), &bigger),
            framed(GOOD.len(), GOOD),
        ]
        .concat();
        for step in [input.len(), 7_000, 65_537] {
            let (bodies, _) = run(Trickle { rest: &input, step });
            assert_eq!(bodies, [&big, GOOD, &bigger, GOOD], "{step} bytes per read");
        }
    }

    #[test]
    fn good_messages_pass_unchanged() {
        let mut input = framed(GOOD.len(), GOOD);
        input.extend(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n");
        input.extend(framed(GOOD.len(), GOOD));
        assert_eq!(run(input.as_slice()).0, [GOOD, GOOD]);
    }

    #[test]
    fn resynchronizes_after_wrong_lengths() {
        let cases: Vec<Vec<u8>> = vec![
            framed(5, "{bad}"),
            framed(GOOD.len() - 3, GOOD),                  // too short
            framed(GOOD.len() + 40, GOOD),                 // too long
            b"Content-Type: x\r\n\r\n{\"a\": 1}".to_vec(), // missing: the JSON value is read
            format!("Content-Length: 3\r\nContent-Length: 9\r\n\r\n{GOOD}").into_bytes(),
            framed(9999, "not json"),              // garbage body, too long
            vec![0xff, 0xfe, b'\n', b'\r', b'\n'], // not UTF-8 where a header belongs
            b"Content-Length: x\r\n\r\n[1,".to_vec(),
        ];
        for case in cases {
            let mut input = case.clone();
            input.extend(framed(GOOD.len(), GOOD));
            let (bodies, _) = run(input.as_slice());
            assert_eq!(
                bodies.last().map(String::as_str),
                Some(GOOD),
                "{:?}",
                String::from_utf8_lossy(&case)
            );
        }
    }

    #[test]
    fn a_length_counted_in_characters_is_repaired() {
        let body = r#"{"jsonrpc":"2.0","method":"initialized","params":{"é":"😀"}}"#;
        let mut input = framed(body.chars().count(), body);
        input.extend(framed(GOOD.len(), GOOD));
        assert_eq!(run(input.as_slice()).0, [body, GOOD]);
    }

    #[test]
    fn random_bytes_then_a_good_request() {
        // A simple generator: no dependency, same bytes every run.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut input: Vec<u8> = (0..1 << 20)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        input.extend(framed(GOOD.len(), GOOD));
        let (bodies, _) = run(input.as_slice());
        assert_eq!(bodies.last().map(String::as_str), Some(GOOD));
    }

    #[test]
    fn a_split_header_is_still_found() {
        let mut framer = Framer::default();
        framer.buf.extend_from_slice(b"garbage garbage Content-Le");
        let Step::Skip(n, _) = framer.step(false) else {
            panic!()
        };
        framer.consume(n);
        assert!(framer.buf.ends_with(b"Content-Le"));
        framer
            .buf
            .extend_from_slice(&framed(GOOD.len(), GOOD)[10..]);
        assert!(matches!(
            framer.step(false),
            Step::Skip(..) | Step::Message { .. }
        ));
    }
}
