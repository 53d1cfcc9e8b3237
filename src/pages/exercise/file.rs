//! A chosen file, read as text into the attempt (or refused when too large to be code).

use backprep_core::exercise::attempt::{AttemptAction, MAX_FILE_BYTES};
use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// What choosing `file` does to the attempt: its text, or a note saying why not.
pub async fn read(file: File) -> AttemptAction {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        return AttemptAction::FileTooLarge { name, bytes: file.size() };
    }
    match JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
        Some(text) => AttemptAction::FileLoaded { name, text },
        None => AttemptAction::FileUnreadable { name },
    }
}
