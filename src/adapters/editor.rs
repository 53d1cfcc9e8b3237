//! The lazy CodeMirror editor (`editor/<language>.js`, bundled at build time). Loaded only when
//! a page with code opens; if it fails to load, the page keeps its plain textarea.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The language of an editor, and what its bundle needs to know.
#[derive(Debug, Clone, PartialEq)]
pub enum Language {
    JavaScript,
    /// SQL (SQLite), completing these tables and their columns.
    Sql { schema: Vec<(String, Vec<String>)> },
}

impl Language {
    /// The editor bundle, relative to the page.
    pub fn path(&self) -> &'static str {
        match self {
            Language::JavaScript => "editor/javascript.js",
            Language::Sql { .. } => "editor/sql.js",
        }
    }

    fn options(&self) -> JsValue {
        let options = js_sys::Object::new();
        if let Language::Sql { schema } = self {
            let tables = js_sys::Object::new();
            for (table, columns) in schema {
                let cols: js_sys::Array = columns.iter().map(|c| JsValue::from_str(c)).collect();
                let _ = Reflect::set(&tables, &table.into(), &cols);
            }
            let _ = Reflect::set(&options, &"schema".into(), &tables);
        }
        options.into()
    }
}

#[wasm_bindgen(inline_js = "export function import_relative(path) { return import(new URL(path, document.baseURI).href); }")]
extern "C" {
    /// `import()` is syntax, so it lives in a tiny JS snippet; the URL resolves against the page,
    /// not against the snippet's own folder.
    fn import_relative(path: &str) -> Promise;
}

/// A mounted editor. Dropping it destroys the view.
pub struct Editor {
    handle: JsValue,
    _on_change: Closure<dyn FnMut(String)>,
    _on_run: Closure<dyn FnMut(bool)>,
}

fn method(obj: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(obj, &name.into()).ok().and_then(|f| f.dyn_into::<Function>().ok())
}

impl Editor {
    /// Loads the bundle and mounts an editor into `parent`.
    pub async fn load(
        language: &Language,
        parent: &web_sys::Element,
        doc: &str,
        label: &str,
        dark: bool,
        on_change: impl FnMut(String) + 'static,
        on_run: impl FnMut(bool) + 'static,
    ) -> Result<Editor, String> {
        let module = JsFuture::from(import_relative(language.path())).await.map_err(|e| format!("the editor did not load: {e:?}"))?;
        // The bundle's evaluation was one long task; creating the view is another, not the same
        // one (input and paint can run between them).
        crate::adapters::clock::next_task().await;
        let create = method(&module, "createEditor").ok_or("the editor bundle has no createEditor")?;
        let on_change = Closure::<dyn FnMut(String)>::new(on_change);
        let on_run = Closure::<dyn FnMut(bool)>::new(on_run);
        let args = js_sys::Array::new();
        for a in [parent.as_ref(), &doc.into(), on_change.as_ref(), on_run.as_ref(), &label.into(), &dark.into(), &language.options()] {
            args.push(a);
        }
        let handle = create.apply(&JsValue::NULL, &args).map_err(|e| format!("the editor failed to start: {e:?}"))?;
        Ok(Editor { handle, _on_change: on_change, _on_run: on_run })
    }

    fn call(&self, name: &str, arg: Option<&JsValue>) -> Option<JsValue> {
        let f = method(&self.handle, name)?;
        match arg {
            Some(a) => f.call1(&self.handle, a).ok(),
            None => f.call0(&self.handle).ok(),
        }
    }

    pub fn doc(&self) -> Option<String> {
        self.call("getDoc", None).and_then(|v| v.as_string())
    }

    pub fn set_doc(&self, text: &str) {
        self.call("setDoc", Some(&text.into()));
    }

    /// Focuses the editor with the selection from `anchor` to `head` (UTF-16 offsets, as a
    /// text box counts them).
    pub fn focus_at(&self, anchor: u32, head: u32) {
        if let Some(f) = method(&self.handle, "focusAt") {
            let _ = f.call2(&self.handle, &anchor.into(), &head.into());
        }
    }

    pub fn set_dark(&self, dark: bool) {
        self.call("setDark", Some(&dark.into()));
    }
}

impl Drop for Editor {
    fn drop(&mut self) {
        self.call("destroy", None);
    }
}
