//! A real editor as the client: Neovim (Debian's, 0.7+) runs headless, opens a profile,
//! and must receive palint's diagnostics and completion items. `.ci/run` installs Neovim.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

#[test]
fn neovim_receives_diagnostics_and_completions() {
    let nvim = which("nvim")
        .expect("Neovim is needed for this test: `apt-get install neovim` (.ci/run installs it)");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("aks-values.yaml");
    std::fs::write(
        &file,
        "managedControlPlane:\n  sku: \n  additionalTags:\n    azure: platform\n",
    )
    .unwrap();
    let out = dir.path().join("result.txt");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/neovim/lsp_client.lua");

    let mut child = Command::new(nvim)
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c"])
        .arg(format!("luafile {}", script.display()))
        .env("PALINT_BIN", env!("CARGO_BIN_EXE_palint"))
        .env("PALINT_FILE", &file)
        .env("PALINT_OUT", &out)
        .env("PALINT_LINE", "1")
        .env("PALINT_CHARACTER", "7")
        .current_dir(dir.path())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("Neovim did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let result = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(status.success(), "nvim failed ({status}):\n{result}");
    let lines: Vec<&str> = result.lines().collect();
    assert!(lines.contains(&"DIAG reserved-tag 3:4"), "{result}");
    assert!(
        lines.contains(&"COMPLETION Standard") && lines.contains(&"COMPLETION Free"),
        "{result}"
    );
}

fn which(program: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| Path::new(dir).join(program))
        .find(|candidate| candidate.is_file())
}
