//! Passing plain JS objects to the bindings and reading their results back, for the tests run
//! under Node (through serde_wasm_bindgen, so no extra JS crates).
#![allow(dead_code)] // each test file uses what it needs

use wasm_bindgen::JsValue;

/// A plain JS object, as a page would pass it.
pub fn options(value: serde_json::Value) -> JsValue {
    use serde::Serialize;
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap()
}

/// A result as JSON.
pub fn read(value: JsValue) -> serde_json::Value {
    serde_wasm_bindgen::from_value(value).expect("a JSON-compatible result")
}
