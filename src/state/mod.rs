//! The state every page shares: the content index and the user's data. It lives below the pages
//! (pages take it with `use_app`), so no page needs the root component and no circle forms.
//! Saving goes through the core's persistence service (`journal`), never through pages.

mod journal;
mod provider;

pub use journal::Journal;
pub use provider::{AppProvider, StorageBanners};

use backprep_core::content::CatalogIndex;
use backprep_core::store::persist::Backup;
use backprep_core::store::{DataAction, UserData};
use std::rc::Rc;
use yew::prelude::*;

/// User data plus a revision number, so saving runs once per change.
#[derive(Debug, Clone, PartialEq)]
pub struct DataState {
    pub data: UserData,
    pub revision: u64,
    /// A Replace has not been saved yet: the next save writes exactly `data`.
    pub replace_pending: bool,
    /// Why the last change was refused (shown as a banner), if it was.
    pub refused: Option<String>,
    /// Where the latest state is noted for saving.
    pub journal: Journal,
}

impl DataState {
    pub fn new(data: UserData, journal: Journal) -> DataState {
        DataState { data, revision: 0, replace_pending: false, refused: None, journal }
    }
}

impl Reducible for DataState {
    type Action = DataAction;
    /// Delegates to the core. A change that changes nothing keeps the same state (no render,
    /// no save), which is what ends the exchange of storage events between two tabs.
    fn reduce(self: Rc<Self>, action: DataAction) -> Rc<Self> {
        let replace = matches!(action, DataAction::Replace { .. });
        let (data, refused) = self.data.clone().apply_checked(action);
        if data == self.data && refused.is_empty() {
            return self;
        }
        let refused = (!refused.is_empty()).then(|| {
            let list: Vec<String> = refused.iter().take(3).map(ToString::to_string).collect();
            format!("Not saved: {}.", list.join("; "))
        });
        let next = Rc::new(DataState {
            data,
            revision: self.revision + 1,
            replace_pending: replace || (self.replace_pending && !self.journal.saved(self.revision)),
            refused,
            journal: self.journal.clone(),
        });
        self.journal.note(&next);
        next
    }
}

/// What every page can reach.
#[derive(Clone)]
pub struct AppContext {
    /// The content index (banks and exercises load on demand).
    pub index: Rc<CatalogIndex>,
    pub data: UseReducerHandle<DataState>,
}

/// The index is parsed once and never changes: the same pointer is the same index (instead of
/// comparing the whole index each time a consumer of the context renders).
impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.index, &other.index) && self.data == other.data
    }
}

impl AppContext {
    /// Saves the latest change now, synchronously (one read, at most one write), e.g. from a
    /// `pagehide` handler right after a dispatch. The save effect calls it after every change
    /// too; each revision is written once. `Err` is the message to show.
    pub fn flush(&self) -> Result<(), String> {
        let dispatcher = self.data.dispatcher();
        self.data.journal.flush(move |a| dispatcher.dispatch(a))
    }

    /// Whether some change is only in memory: its save failed (storage full) or was held.
    pub fn unsaved(&self) -> bool {
        self.data.journal.unsaved()
    }

    /// The user exported or dismissed the storage notice: saves may resume (see
    /// `Persistence::release`), starting now.
    pub fn release(&self) -> Result<(), String> {
        self.data.journal.release();
        self.flush()
    }

    /// Backups of unreadable data.
    pub fn backups(&self) -> Vec<Backup> {
        self.data.journal.backups()
    }

    pub fn backup_text(&self, key: &str) -> Option<String> {
        self.data.journal.backup_text(key)
    }

    pub fn delete_backup(&self, key: &str) -> Result<(), String> {
        self.data.journal.delete_backup(key)
    }

    /// Records a review of item `key` rated `rating` today (FSRS runs in the area that calls
    /// this; the store only checks and keeps the result).
    pub fn review(&self, key: String, rating: backprep_core::srs::fsrs::Rating) {
        use backprep_core::srs::schedule;
        let d = &self.data.data;
        let now = crate::adapters::clock::now_ms();
        let reviews = schedule::review_all(&schedule::scheduler(d.settings.retention), &d.cards, &[(key, rating, None)], crate::adapters::clock::today(), now.max(0.0) as u64);
        self.data.dispatch(DataAction::Review { reviews });
    }

    /// Size of the saved document in bytes.
    pub fn stored_bytes(&self) -> usize {
        self.data.journal.stored_bytes()
    }
}

/// The app context; every page is rendered inside `AppProvider`.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().unwrap_or_else(|| panic!("page rendered outside <AppProvider>"))
}
