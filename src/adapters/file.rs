//! A chosen file, read as text (or refused when too large to be code).

use backprep_core::exercise::attempt::{FileRead, MAX_FILE_BYTES};
use wasm_bindgen_futures::JsFuture;
use web_sys::File;

pub async fn read(file: File) -> FileRead {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        return FileRead::TooLarge { name, bytes: file.size() };
    }
    match JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
        Some(text) => FileRead::Loaded { name, text },
        None => FileRead::Unreadable { name },
    }
}
