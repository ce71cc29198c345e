#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| palint_fuzz::check(data));
