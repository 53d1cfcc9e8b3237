//! localStorage, behind two functions that return `Result` instead of throwing. Private mode,
//! disabled storage and a full quota all become a `StorageError` the UI can show.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser gives no localStorage (disabled, sandboxed iframe, ...).
    Unavailable,
    /// The write was refused, usually because the quota is exceeded.
    WriteRefused(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("this browser does not let backprep use local storage"),
            StorageError::WriteRefused(why) => write!(f, "the browser refused to save ({why}); storage may be full"),
        }
    }
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

pub fn get(key: &str) -> Result<Option<String>, StorageError> {
    storage()?.get_item(key).map_err(|_| StorageError::Unavailable)
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(|e| {
        let why = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "unknown error".into());
        StorageError::WriteRefused(why)
    })
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    storage()?.remove_item(key).map_err(|_| StorageError::Unavailable)
}
