//! localStorage, behind functions that return `Result` instead of throwing, and as the
//! `KeyValue` store of the core's persistence service. Private mode, disabled storage and a full
//! quota all become a `StorageError` the UI can show. Only `state` (through the service) and
//! tests use it; pages never do.

pub use backprep_core::store::persist::StorageError;
use backprep_core::store::persist::KeyValue;

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

/// Every key, in the browser's order.
pub fn keys() -> Result<Vec<String>, StorageError> {
    let s = storage()?;
    let n = s.length().map_err(|_| StorageError::Unavailable)?;
    Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
}

/// The origin's localStorage as the persistence service's store.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStorage;

impl KeyValue for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        keys()
    }
}
