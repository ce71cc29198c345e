//! Wider pipes for stdin and stdout. A whole-text `didChange` of a large file (1 MB) or the
//! diagnostics of a file with thousands of problems (500 KB) do not fit Linux's default
//! 64 KB pipe: the writer then waits for the reader 16 times per message, a thread switch
//! each. With pipes as large as the system allows (`/proc/sys/fs/pipe-max-size`, 1 MB by
//! default), such a message is written in one go.

/// Grows stdin's and stdout's pipe buffers to 1 MB, where they are pipes; else does nothing.
pub fn widen_stdio_pipes() {
    #[cfg(target_os = "linux")]
    for fd in [0, 1] {
        // SAFETY: fcntl on the process's own standard descriptors, with integer arguments only;
        // it fails harmlessly (EBADF, EINVAL, EPERM) when a descriptor is not a pipe or the
        // size is over the user's limit, and the pipe then keeps its size.
        unsafe {
            libc::fcntl(fd, libc::F_SETPIPE_SZ, 1 << 20);
        }
    }
}
