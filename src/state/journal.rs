//! The bridge between Yew's reducer and the persistence service: the reducer notes each new
//! state here (synchronously, on dispatch), and `flush` saves the latest one — from the save
//! effect after a render, or at once from a `pagehide` handler.

use super::DataState;
use crate::adapters::storage::LocalStorage;
use backprep_core::store::persist::{Backup, Loaded, Persistence, SaveMode, Saved};
use backprep_core::store::DataAction;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::{Rc, Weak};

struct Inner {
    service: RefCell<Persistence<LocalStorage>>,
    /// The newest state the reducer produced (weak: Yew owns it).
    latest: RefCell<Weak<DataState>>,
    /// The newest revision handed to the service.
    saved: Cell<u64>,
}

/// Shared by every `DataState` of one provider; equal only to itself.
#[derive(Clone)]
pub struct Journal(Rc<Inner>);

impl PartialEq for Journal {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Journal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Journal(saved: {})", self.0.saved.get())
    }
}

impl Journal {
    /// Loads the stored data through a new service (once per app).
    pub fn open() -> (Journal, Loaded) {
        let mut service = Persistence::new(LocalStorage);
        let loaded = service.load();
        let inner = Inner { service: RefCell::new(service), latest: RefCell::new(Weak::new()), saved: Cell::new(0) };
        (Journal(Rc::new(inner)), loaded)
    }

    pub(super) fn note(&self, state: &Rc<DataState>) {
        *self.0.latest.borrow_mut() = Rc::downgrade(state);
    }

    /// Whether `revision` has been handed to the service.
    pub(super) fn saved(&self, revision: u64) -> bool {
        self.0.saved.get() >= revision
    }

    /// Whether the latest state has not been written (a save failed, or is still to come).
    pub fn unsaved(&self) -> bool {
        self.0.latest.borrow().upgrade().is_some_and(|latest| !self.saved(latest.revision))
    }

    /// Saves the latest state unless it was already saved. `dispatch` receives the merge-back
    /// (`Sync`) when another tab had saved something this one lacked.
    pub fn flush(&self, dispatch: impl Fn(DataAction)) -> Result<(), String> {
        let Some(latest) = self.0.latest.borrow().upgrade() else { return Ok(()) };
        if self.saved(latest.revision) {
            return Ok(());
        }
        let mode = if latest.replace_pending { SaveMode::Replace } else { SaveMode::Merge };
        let result = self.0.service.borrow_mut().save(&latest.data, mode);
        match result {
            Ok(Saved::Held) => Ok(()),
            Ok(Saved::Unchanged) | Ok(Saved::Written { theirs: None }) => {
                self.0.saved.set(latest.revision);
                Ok(())
            }
            Ok(Saved::Written { theirs: Some(theirs) }) => {
                self.0.saved.set(latest.revision);
                dispatch(DataAction::Sync(theirs));
                Ok(())
            }
            // Not marked saved: the next flush (the next change, or `pagehide`) tries again,
            // and keeps reporting the failure until a write succeeds.
            Err(e) => Err(e.message()),
        }
    }

    pub fn release(&self) {
        self.0.service.borrow_mut().release();
    }

    pub fn backups(&self) -> Vec<Backup> {
        self.0.service.borrow().backups()
    }

    pub fn backup_text(&self, key: &str) -> Option<String> {
        self.0.service.borrow().backup_text(key)
    }

    pub fn delete_backup(&self, key: &str) -> Result<(), String> {
        self.0.service.borrow_mut().delete_backup(key).map_err(|e| format!("Could not delete the backup: {e}."))
    }

    pub fn stored_bytes(&self) -> usize {
        self.0.service.borrow().stored_bytes()
    }
}
