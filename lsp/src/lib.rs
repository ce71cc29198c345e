//! palint-lsp: the language server that `palint lsp` runs. An adapter only: it keeps documents, converts
//! positions and formats, and asks palint-core for everything else.
//!
//! The process ends on `exit` (status 0 after `shutdown`, 1 without, as LSP 3.17 says), at
//! the end of its input in any state (a client that died cannot answer the server's
//! requests), and when the client process named in `initialize` (`processId`) is gone.

mod backend;
pub mod convert;
mod custom;
pub mod documents;
mod framing;
mod parent;
mod pipes;
mod prepared;
mod settings;
mod whole_text;
pub mod wire;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tower_lsp_server::{LspService, Server};

/// How many messages the guard may read ahead of the server.
const GUARDED_MESSAGES: usize = 16;

/// How long requests already read may still be answered after the input ends.
const GRACE: Duration = Duration::from_millis(500);

/// Serves LSP over stdin/stdout until `exit`, the end of input, or the client's death.
pub fn run() -> std::process::ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("palint lsp: cannot start the async runtime: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    pipes::widen_stdio_pipes();
    let shutdown = Arc::new(AtomicBool::new(false));
    let received_shutdown = shutdown.clone();
    runtime.block_on(async move {
        // stdin → framing guard → the server → frames → the one stdout writer (which also
        // carries the guard's error replies and the published diagnostics, see `wire`).
        let output = framing::Output::new();
        let published = output.sender();
        let prepared = prepared::PreparedChanges::default();
        let changes = prepared.clone();
        let (service, socket) = LspService::build(move |client| {
            backend::Backend::new(
                client,
                received_shutdown.clone(),
                published.clone(),
                changes.clone(),
            )
        })
        .custom_method("palint/documentInfo", backend::Backend::document_info)
        .custom_method("palint/explainRule", backend::Backend::explain_rule)
        .custom_method(prepared::METHOD, backend::Backend::prepared_change)
        .finish();
        let frames = output.sender();
        let (guard_end, server_in) = tokio::io::duplex(1 << 20);
        let (server_out, frames_in) = tokio::io::duplex(1 << 20);
        // The guard reads stdin on a thread of its own (blocking reads, no copy through
        // tokio's stdin); a few messages may wait for the server, then the guard waits.
        let (messages, guarded) = tokio::sync::mpsc::channel(GUARDED_MESSAGES);
        let replies = output.sender();
        let spawned = std::thread::Builder::new()
            .name("palint-lsp-stdin".into())
            .spawn(move || {
                framing::guard_messages(
                    std::io::stdin().lock(),
                    |message| messages.blocking_send(message).is_ok(),
                    &replies,
                    &prepared,
                )
            });
        if let Err(e) = spawned {
            eprintln!("palint lsp: cannot start the input thread: {e}");
            return;
        }
        let mut input_ended = tokio::spawn(framing::write_messages(guarded, guard_end));
        let server_output = tokio::spawn(framing::server_frames(frames_in, output.sender()));
        let stdout = framing::unbuffered_stdout();
        let writer = tokio::task::spawn_blocking(move || output.run(stdout));
        let mut serve = Box::pin(Server::new(server_in, server_out, socket).serve(service));
        tokio::select! {
            () = &mut serve => {}
            _ = &mut input_ended => {
                // The client is gone or done: answer what was already read, then stop even
                // if a handler still waits for the client.
                let _ = tokio::time::timeout(GRACE, &mut serve).await;
            }
        }
        // Everything the server wrote reaches stdout before the process ends.
        drop(serve);
        let _ = tokio::time::timeout(GRACE, server_output).await;
        let _ = frames.send(Vec::new());
        let _ = tokio::time::timeout(GRACE, writer).await;
    });
    // Do not wait for the blocking stdin reader: the process ends now.
    runtime.shutdown_background();
    if shutdown.load(Ordering::SeqCst) {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::from(1)
    }
}

/// How the framing guard reads `didChange`s (for `examples/latency_split.rs`).
#[doc(hidden)]
pub use whole_text::ChangeReader;
