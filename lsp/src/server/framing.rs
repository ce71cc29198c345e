//! A guard in front of the LSP transport: only well-formed JSON-RPC messages reach it.
//!
//! tower-lsp-server stops reading input after one body it cannot decode, which would leave
//! the editor with a silent server. Here a malformed message is logged and dropped instead.

use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

/// The largest message accepted (a document of this size is already far past any profile).
const MAX_BODY: usize = 64 * 1024 * 1024;

/// Copies framed messages from `input` to `output`, dropping malformed ones, until EOF.
pub async fn forward_valid_messages(
    input: impl AsyncRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
) {
    let mut reader = BufReader::new(input);
    loop {
        let Some(length) = read_headers(&mut reader).await else {
            break;
        };
        let Some(length) = length.filter(|&l| l <= MAX_BODY) else {
            eprintln!("palint lsp: dropped a message without a usable Content-Length header");
            continue;
        };
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).await.is_err() {
            break;
        }
        if let Err(problem) = validate(&body) {
            eprintln!("palint lsp: dropped a malformed message: {problem}");
            continue;
        }
        let header = format!("Content-Length: {length}\r\n\r\n");
        if output.write_all(header.as_bytes()).await.is_err()
            || output.write_all(&body).await.is_err()
        {
            break;
        }
        let _ = output.flush().await;
    }
    let _ = output.shutdown().await;
}

/// Reads one header block; `None` at end of input, `Some(None)` without a valid length.
async fn read_headers(reader: &mut (impl AsyncBufReadExt + Unpin)) -> Option<Option<usize>> {
    let mut length = None;
    let mut saw_header = false;
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line).await {
            Ok(0) | Err(_) => return None,
            Ok(_) => {}
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                return Some(length);
            }
            continue; // stray blank line between messages
        }
        saw_header = true;
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().ok();
            }
        }
    }
}

/// A JSON-RPC 2.0 request, notification or response.
fn validate(body: &[u8]) -> Result<(), String> {
    let value: Value = serde_json::from_slice(body).map_err(|e| format!("not JSON ({e})"))?;
    let object = value.as_object().ok_or("not a JSON object")?;
    if object.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return Err("missing \"jsonrpc\": \"2.0\"".into());
    }
    let is_request = object.get("method").is_some_and(Value::is_string);
    let is_response = object.contains_key("id")
        && (object.contains_key("result") || object.contains_key("error"));
    if !(is_request || is_response) {
        return Err("neither a request nor a response".into());
    }
    if let Some(id) = object.get("id") {
        if !(id.is_string() || id.is_i64() || id.is_u64() || id.is_null()) {
            return Err("the id must be a string or an integer".into());
        }
    }
    if let Some(params) = object.get("params") {
        if !(params.is_object() || params.is_array() || params.is_null()) {
            return Err("params must be an object or an array".into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_json_rpc_and_rejects_the_rest() {
        assert!(validate(br#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#).is_ok());
        assert!(validate(br#"{"jsonrpc":"2.0","method":"exit"}"#).is_ok());
        assert!(validate(br#"{"jsonrpc":"2.0","id":3,"result":null}"#).is_ok());
        assert!(validate(br#"{"jsonrpc": "2.0", "id": 99, "method": "#).is_err());
        assert!(validate(br#"[1, 2]"#).is_err());
        assert!(validate(br#"{"jsonrpc":"2.0","id":{"x":1},"method":"a"}"#).is_err());
        assert!(validate(br#"{"id":1,"method":"a"}"#).is_err());
    }

    #[tokio::test]
    async fn forwards_good_messages_around_bad_ones() {
        let good = r#"{"jsonrpc":"2.0","method":"exit"}"#;
        let input = format!(
            "Content-Length: 5\r\n\r\n{{bad}}Content-Length: {}\r\n\r\n{good}",
            good.len()
        );
        let mut output = Vec::new();
        forward_valid_messages(input.as_bytes(), &mut output).await;
        assert_eq!(
            String::from_utf8(output).unwrap(),
            format!("Content-Length: {}\r\n\r\n{good}", good.len())
        );
    }
}
