//! Runs every file of the given folders through both fuzz targets (stable Rust, no libFuzzer):
//! the seed corpus, or a corpus a fuzzing run left, as a regression check.

fn main() {
    let mut count = 0;
    for folder in std::env::args().skip(1) {
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{folder}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for file in files {
            let data = std::fs::read(&file).unwrap();
            palint_fuzz::check(&data);
            palint_fuzz::lsp_edits(&data);
            count += 1;
        }
    }
    println!("replayed {count} inputs through check and lsp_edits");
}
