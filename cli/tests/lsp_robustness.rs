//! `palint lsp` under hostile or broken clients, over real stdio: the server answers what it
//! can, resynchronizes after bad framing, and never lives on alive-and-deaf or orphaned.

mod common;

use common::Client;
use serde_json::{json, Value};
use std::time::Duration;

const EXIT_TIMEOUT: Duration = Duration::from_secs(10);

fn framed(length: usize, body: &str) -> Vec<u8> {
    let mut out = format!("Content-Length: {length}\r\n\r\n").into_bytes();
    out.extend_from_slice(body.as_bytes());
    out
}

/// A request the server answers with data (not `null`), to tell "answered" from "silent".
fn explain(id: i64) -> String {
    json!({"jsonrpc": "2.0", "id": id, "method": "palint/explainRule", "params": {"code": "invalid-sku"}})
        .to_string()
}

/// The response to request `id`, skipping anything else.
fn response(client: &mut Client, id: i64) -> Value {
    loop {
        let message = client
            .next_message(common::TIMEOUT)
            .unwrap_or_else(|| panic!("no response to request {id}"));
        if message["id"] == json!(id) && message.get("method").is_none() {
            return message;
        }
    }
}

#[test]
fn exit_without_shutdown_is_status_1() {
    let mut client = Client::start();
    client.initialize(json!({}));
    client.notify("exit", Value::Null);
    let status = client.wait_exit(EXIT_TIMEOUT).expect("palint lsp exits");
    assert_eq!(status.code(), Some(1));
}

#[test]
fn end_of_input_ends_the_server() {
    // Without shutdown: an abnormal end, status 1.
    let mut client = Client::start();
    client.initialize(json!({}));
    client.close_stdin();
    let status = client.wait_exit(EXIT_TIMEOUT).expect("palint lsp exits");
    assert_eq!(status.code(), Some(1));
    // After shutdown: status 0.
    let mut client = Client::start();
    client.initialize(json!({}));
    client.request("shutdown", Value::Null);
    client.close_stdin();
    let status = client.wait_exit(EXIT_TIMEOUT).expect("palint lsp exits");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn client_dying_while_the_server_waits_for_configuration_is_no_orphan() {
    let mut client = Client::start();
    client.answer_requests = false;
    client.initialize(json!({"workspace": {"configuration": true}}));
    client.wait_for_request("workspace/configuration");
    // The client dies without answering.
    client.close_stdin();
    let status = client.wait_exit(EXIT_TIMEOUT);
    assert!(
        status.is_some(),
        "palint lsp still runs after its input closed"
    );
}

#[cfg(unix)]
#[test]
fn server_exits_when_the_client_process_is_gone() {
    let mut parent = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .unwrap();
    let mut client = Client::start();
    client.request(
        "initialize",
        json!({"processId": parent.id(), "rootUri": null, "capabilities": {}}),
    );
    client.notify("initialized", json!({}));
    assert!(client.wait_exit(Duration::from_millis(1500)).is_none());
    parent.kill().unwrap();
    parent.wait().unwrap();
    // stdin stays open: only the process watch can end the server.
    let status = client
        .wait_exit(EXIT_TIMEOUT)
        .expect("palint lsp exits once its client process is gone");
    assert_eq!(status.code(), Some(1));
}

#[test]
fn invalid_requests_get_error_responses() {
    let mut client = Client::start();
    client.initialize(json!({}));
    let cases = [
        (
            json!({"jsonrpc": "2.0", "id": 101, "method": "textDocument/hover", "params": 5}),
            -32600,
        ),
        (json!({"jsonrpc": "2.0", "id": 102, "method": 7}), -32600),
        (
            json!({"jsonrpc": "2.0", "id": "x", "method": "textDocument/hover"}),
            -32602,
        ),
        (
            json!({"jsonrpc": "2.0", "id": 104, "method": "textDocument/hover", "params": {"bad": 1}}),
            -32602,
        ),
        (
            json!({"jsonrpc": "2.0", "id": 105, "method": "$/unknownRequest", "params": {}}),
            -32601,
        ),
        (
            json!({"jsonrpc": "2.0", "id": 106, "method": "no/suchMethod"}),
            -32601,
        ),
    ];
    for (request, code) in cases {
        client.send_raw(&request.to_string());
        let id = request["id"].clone();
        let answer = loop {
            let message = client
                .next_message(common::TIMEOUT)
                .unwrap_or_else(|| panic!("no answer to {request}"));
            if message["id"] == id {
                break message;
            }
        };
        assert_eq!(answer["error"]["code"], code, "{request} → {answer}");
    }
    // And the server still works.
    client.send_raw(&explain(200));
    assert_eq!(response(&mut client, 200)["result"]["code"], "invalid-sku");
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}

#[test]
fn bad_framing_is_survived_and_the_next_request_answered() {
    let mut client = Client::start();
    client.initialize(json!({}));
    let body = |id: i64| explain(id);
    let mut id = 300;
    let mut next = || {
        id += 1;
        id
    };
    let mut cases: Vec<(&str, Vec<u8>, i64)> = Vec::new();
    let i = next();
    cases.push(("too short", framed(body(i).len() - 10, &body(i)), i));
    let i = next();
    cases.push(("too long", framed(body(i).len() + 100, &body(i)), i));
    let i = next();
    let mut missing = b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n".to_vec();
    missing.extend_from_slice(body(i).as_bytes());
    cases.push(("missing", missing, i));
    let i = next();
    let two = format!(
        "Content-Length: 3\r\nContent-Length: {}\r\n\r\n{}",
        body(i).len(),
        body(i)
    );
    cases.push(("two lengths", two.into_bytes(), i));
    let i = next();
    let unicode = json!({"jsonrpc": "2.0", "id": i, "method": "palint/explainRule", "params": {"code": "invalid-sku", "é": "😀😀"}}).to_string();
    cases.push((
        "length in characters",
        framed(unicode.chars().count(), &unicode),
        i,
    ));
    let i = next();
    let mut not_utf8 = vec![0xc3, 0x28, 0xff, b'\r', b'\n', b'\r', b'\n'];
    not_utf8.extend(framed(body(i).len(), &body(i)));
    cases.push(("not UTF-8 where a header belongs", not_utf8, i));
    let i = next();
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut random: Vec<u8> = (0..1 << 20)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .collect();
    random.extend(framed(body(i).len(), &body(i)));
    cases.push(("1 MiB of random bytes", random, i));
    for (name, bytes, id) in cases {
        client.send_bytes(&bytes);
        let answer = response(&mut client, id);
        assert_eq!(answer["result"]["code"], "invalid-sku", "{name}: {answer}");
        // A well-framed request right after is answered too.
        client.send_raw(&explain(id + 1000));
        let answer = response(&mut client, id + 1000);
        assert_eq!(
            answer["result"]["code"], "invalid-sku",
            "{name}, then: {answer}"
        );
    }
    assert_eq!(client.shutdown_and_exit().code(), Some(0));
}
