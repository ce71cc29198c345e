//! Writing a command's report to standard output without losing a failure.
//!
//! A report that cannot be written (a full disk, a broken device) is an error: a message on
//! stderr and exit status 2. A reader that closed the pipe early (`palint … | head`) only
//! wanted part of it: that ends quietly with the command's usual status.

use std::io::{ErrorKind, Write};
use std::process::ExitCode;

/// Writes `text` to stdout and flushes it; on failure, the status the command must end with.
/// A closed pipe is not a failure (`Ok`).
pub fn write(text: &str) -> Result<(), ExitCode> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            eprintln!("palint: cannot write the report to standard output: {e}");
            Err(ExitCode::from(2))
        }
    }
}
