//! Watching the client process (`processId` of `initialize`): when it is gone, the server
//! exits instead of living on as an orphan (LSP 3.17).

use std::time::Duration;

/// How often the client is looked for.
const INTERVAL: Duration = Duration::from_secs(1);

/// Exits the process (status 1) once process `pid` no longer exists.
pub fn watch(pid: u32) {
    if !alive(pid) {
        // A wrong id (a client in a container, say) must not stop a working server.
        eprintln!(
            "palint lsp: the client's processId {pid} is not a running process; not watching it"
        );
        return;
    }
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(INTERVAL).await;
            if !alive(pid) {
                eprintln!("palint lsp: the client (process {pid}) is gone; exiting");
                std::process::exit(1);
            }
        }
    });
}

#[cfg(unix)]
fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    if pid <= 0 {
        return true;
    }
    // Signal 0 checks existence; EPERM means it exists but belongs to someone else.
    // SAFETY: kill with signal 0 sends nothing; it has no memory effects.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Elsewhere the client is assumed alive (end of input still ends the server).
#[cfg(not(unix))]
fn alive(_pid: u32) -> bool {
    true
}
