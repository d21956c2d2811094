//! The JavaScript API, as wasm-bindgen exports it:
//!
//! ```js
//! const facts = new Facts([{ name: "facts.yaml", text: yaml }]);  // parsed and indexed once
//! facts.errors();                        // {version, findings: [], errors: [...]}
//! facts.check(story, { path: "story.md", published: "2024-11-14", unsourced: false });
//! check(story, [{ name, text }], options);  // one story, facts loaded for it alone
//! ```
//!
//! Values cross as plain objects (JSON-shaped); arguments of the wrong shape come back as an
//! entry of `errors`, never as a thrown exception.

use crate::{FactsFile, LoadedFacts, Options};
use factlint_core::error::InputError;
use serde::Serialize;
use serde_wasm_bindgen::{from_value, Serializer};
use std::path::Path;
use wasm_bindgen::prelude::*;

/// Facts files loaded once for many stories.
#[wasm_bindgen(js_name = Facts)]
pub struct JsFacts(LoadedFacts);

#[wasm_bindgen(js_class = Facts)]
impl JsFacts {
    /// `files`: `[{name, text}, ...]`, merged in order.
    #[wasm_bindgen(constructor)]
    pub fn new(files: JsValue) -> JsFacts {
        JsFacts(match from_value::<Vec<FactsFile>>(files) {
            Ok(files) => LoadedFacts::load(&files),
            Err(e) => LoadedFacts::failed(argument_error("facts", "[{name, text}, ...]", e)),
        })
    }

    /// Why the facts did not load, in the shape `check` returns (no errors: they loaded).
    pub fn errors(&self) -> JsValue {
        to_js(&self.0.errors_json())
    }

    /// `options`: `{path, published, unsourced}`, each optional; `undefined` for none.
    pub fn check(&self, story: &str, options: JsValue) -> JsValue {
        let checked = match parse_options(options) {
            Ok(options) => self.0.check_json(story, &options),
            Err(error) => LoadedFacts::failed(error).errors_json(),
        };
        to_js(&checked)
    }
}

/// One story against facts loaded for it alone.
#[wasm_bindgen]
pub fn check(story: &str, facts: JsValue, options: JsValue) -> JsValue {
    JsFacts::new(facts).check(story, options)
}

fn parse_options(options: JsValue) -> Result<Options, InputError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    from_value(options).map_err(|e| argument_error("options", "{path, published, unsourced}", e))
}

fn argument_error(what: &str, expected: &str, e: serde_wasm_bindgen::Error) -> InputError {
    InputError::file(Path::new(what), format!("{what} of the wrong shape: {e}")).with_help(format!("pass {expected}"))
}

/// A JSON value as a plain JavaScript object (not a `Map`).
fn to_js(value: &serde_json::Value) -> JsValue {
    // serialising a JSON value has no failure but a JavaScript engine out of memory
    value.serialize(&Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}
