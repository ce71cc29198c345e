//! `palint lsp`: the language server. An adapter only: it keeps documents, converts
//! positions and formats, and asks palint-core for everything else.

mod backend;
mod convert;
mod custom;
mod documents;
mod framing;
mod settings;

use tower_lsp_server::{LspService, Server};

/// Serves LSP over stdin/stdout until the client sends `exit`.
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
    runtime.block_on(async {
        let (service, socket) = LspService::build(backend::Backend::new)
            .custom_method("palint/documentInfo", backend::Backend::document_info)
            .custom_method("palint/explainRule", backend::Backend::explain_rule)
            .finish();
        // stdin → framing guard → the server, so one malformed message cannot stop it.
        let (guard_end, server_end) = tokio::io::duplex(1 << 20);
        tokio::spawn(framing::forward_valid_messages(
            tokio::io::stdin(),
            guard_end,
        ));
        Server::new(server_end, tokio::io::stdout(), socket)
            .serve(service)
            .await;
    });
    // Do not wait for the blocking stdin reader: after `exit` the process ends now.
    runtime.shutdown_background();
    std::process::ExitCode::SUCCESS
}
