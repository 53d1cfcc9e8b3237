//! The one persistence service: load, validation, backups of unreadable data, merge or replace,
//! and save, over any `KeyValue` store (localStorage in the app, a map in tests). Pages and
//! components never touch storage; they go through this. Everything is synchronous and does one
//! read and at most one write per save, so it can run from a `pagehide` handler.

use super::{merge, LoadProblem, UserData, STORAGE_KEY};
use std::fmt;

/// Where unreadable documents are kept: `backprep.backup.<hash of the content>`.
pub const BACKUP_PREFIX: &str = "backprep.backup.";

/// Why a storage call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser gives no storage (disabled, sandboxed iframe, ...).
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

/// A string key-value store with fallible calls (localStorage's shape).
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// FNV-1a, 64 bits: a stable name for a document's content (not a security hash).
pub fn fnv1a(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The backup key of an unreadable document: the same content always gets the same key, so
/// reloading never piles up copies.
pub fn backup_key(raw: &str) -> String {
    format!("{BACKUP_PREFIX}{:016x}", fnv1a(raw))
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub data: UserData,
    /// A problem to show until dismissed.
    pub notice: Option<String>,
    /// Nothing may be written: the unreadable original could not be copied.
    pub held: bool,
}

/// How a save treats the stored copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveMode {
    /// Keep the newer of each record of mine and the stored copy (another tab may have saved).
    Merge,
    /// Write exactly my data ("Replace my progress").
    Replace,
}

/// What a save did.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    /// The stored copy already equals what would be written: nothing written.
    Unchanged,
    /// Written. `theirs` is the stored copy when it held something mine lacked: merge it into
    /// the state (`DataAction::Sync`) so the state equals what was written.
    Written { theirs: Option<UserData> },
    /// Not written: the tab keeps its data in memory until the user exports or dismisses.
    Held,
}

/// Why a save wrote nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    Storage(StorageError),
    /// Another tab runs a newer backprep; its document is never overwritten.
    NewerVersion(u32),
    /// The stored document is unreadable and no copy of it could be kept.
    NoCopy(StorageError),
}

impl SaveError {
    pub fn message(&self) -> String {
        match self {
            SaveError::Storage(e) => format!("Could not save your progress: {e}. It is kept in this tab; export it from Your data before closing the tab."),
            SaveError::NewerVersion(v) => format!("Another tab runs a newer backprep (schema {v}); reload this tab to update. Nothing was saved from this tab."),
            SaveError::NoCopy(e) => format!("The saved progress is unreadable and no copy of it could be kept ({e}), so nothing was saved over it. Your progress is kept in this tab; export it from Your data before closing the tab."),
        }
    }
}

/// A backup of unreadable data.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    pub key: String,
    pub bytes: usize,
}

/// The service; `K` is the store.
pub struct Persistence<K> {
    kv: K,
    /// Loading found an unreadable document and could not copy it: write nothing.
    held: bool,
    /// The unreadable document (by hash) the user agreed to lose by exporting or dismissing.
    released: Option<u64>,
}

impl<K: KeyValue> Persistence<K> {
    pub fn new(kv: K) -> Self {
        Persistence { kv, held: false, released: None }
    }

    pub fn kv(&self) -> &K {
        &self.kv
    }

    /// Whether saves are held (see `Loaded::held`).
    pub fn is_held(&self) -> bool {
        self.held
    }

    /// Keeps `raw` under its content key unless that copy already exists. Never overwrites a
    /// different backup.
    fn keep_copy(&mut self, raw: &str) -> Result<String, StorageError> {
        let base = backup_key(raw);
        for n in 0..8 {
            let key = if n == 0 { base.clone() } else { format!("{base}.{n}") };
            match self.kv.get(&key)? {
                Some(v) if v == raw => return Ok(key),
                Some(_) => continue,
                None => return self.kv.set(&key, raw).map(|_| key),
            }
        }
        Err(StorageError::WriteRefused("too many backups with the same name".into()))
    }

    /// Reads the stored document. Unreadable content (corrupt, partly readable, or from a newer
    /// version) is copied aside first; if the copy cannot be written, the notice says so and the
    /// service holds every save so the original is never overwritten.
    pub fn load(&mut self) -> Loaded {
        let raw = match self.kv.get(STORAGE_KEY) {
            Ok(raw) => raw,
            Err(e) => return Loaded { data: UserData::default(), notice: Some(format!("Your progress could not be read and will not be saved: {e}.")), held: false },
        };
        let (data, problem) = UserData::load(raw.as_deref());
        let (Some(problem), Some(raw)) = (problem, raw) else { return Loaded { data, notice: None, held: false } };
        let notice = match self.keep_copy(&raw) {
            Ok(key) => format!("{} A copy of the original was kept aside (`{key}`, under Your data).", problem.message()),
            Err(e) => {
                self.held = true;
                format!(
                    "{} No copy of the original could be kept ({e}), so backprep will not save over it: your changes stay in this tab only, until you export your progress (Your data) or dismiss this message.",
                    problem.message()
                )
            }
        };
        Loaded { data, notice: Some(notice), held: self.held }
    }

    /// The user exported or dismissed the notice: saves may now overwrite the unreadable
    /// original that could not be copied.
    pub fn release(&mut self) {
        if self.held {
            self.held = false;
            self.released = self.kv.get(STORAGE_KEY).ok().flatten().map(|raw| fnv1a(&raw));
        }
    }

    /// Saves `data`: exactly (`Replace`) or merged with the stored copy (`Merge`). Writes
    /// nothing when the stored copy already equals the result, when a newer version wrote it,
    /// or when it is unreadable and cannot be copied aside first.
    pub fn save(&mut self, data: &UserData, mode: SaveMode) -> Result<Saved, SaveError> {
        if self.held {
            return Ok(Saved::Held);
        }
        let raw = self.kv.get(STORAGE_KEY).map_err(SaveError::Storage)?;
        let (theirs, problem) = UserData::load(raw.as_deref());
        match (&problem, &raw) {
            (Some(LoadProblem::FutureVersion(v)), _) => return Err(SaveError::NewerVersion(*v)),
            (Some(_), Some(raw)) if self.released != Some(fnv1a(raw)) => {
                self.keep_copy(raw).map_err(SaveError::NoCopy)?;
            }
            _ => {}
        }
        let next = match mode {
            SaveMode::Replace => data.clone(),
            SaveMode::Merge => merge::merge(data.clone(), theirs.clone()),
        };
        if problem.is_none() && next == theirs {
            return Ok(Saved::Unchanged);
        }
        self.kv.set(STORAGE_KEY, &next.to_json()).map_err(SaveError::Storage)?;
        Ok(Saved::Written { theirs: (next != *data).then_some(theirs) })
    }

    /// Every backup of unreadable data, by key.
    pub fn backups(&self) -> Vec<Backup> {
        let mut out: Vec<Backup> = self
            .kv
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(BACKUP_PREFIX))
            .map(|key| Backup { bytes: self.kv.get(&key).ok().flatten().map_or(0, |v| v.len()), key })
            .collect();
        out.sort_by(|a, b| a.key.cmp(&b.key));
        out
    }

    /// The text of a backup (only keys under `BACKUP_PREFIX`).
    pub fn backup_text(&self, key: &str) -> Option<String> {
        key.starts_with(BACKUP_PREFIX).then(|| self.kv.get(key).ok().flatten()).flatten()
    }

    /// Deletes a backup; refuses any other key.
    pub fn delete_backup(&mut self, key: &str) -> Result<(), StorageError> {
        if !key.starts_with(BACKUP_PREFIX) {
            return Err(StorageError::WriteRefused(format!("`{key}` is not a backup")));
        }
        self.kv.remove(key)
    }

    /// Size of the stored document, for "Your data".
    pub fn stored_bytes(&self) -> usize {
        self.kv.get(STORAGE_KEY).ok().flatten().map_or(0, |s| s.len())
    }
}
