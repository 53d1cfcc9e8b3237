//! The state every page shares: the content index and the user's data. It lives below the pages
//! (pages take it with `use_app`), so no page needs the root component and no circle forms.

mod provider;

pub use provider::{AppProvider, StorageBanners};

use backprep_core::content::CatalogIndex;
use backprep_core::store::{DataAction, UserData};
use std::rc::Rc;
use yew::prelude::*;

/// User data plus a revision number, so saving runs once per change.
#[derive(Debug, Clone, PartialEq)]
pub struct DataState {
    pub data: UserData,
    pub revision: u64,
}

impl Reducible for DataState {
    type Action = DataAction;
    fn reduce(self: Rc<Self>, action: DataAction) -> Rc<Self> {
        Rc::new(DataState { data: self.data.clone().apply(action), revision: self.revision + 1 })
    }
}

/// What every page can reach.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    /// The content index (banks and exercises load on demand).
    pub index: Rc<CatalogIndex>,
    pub data: UseReducerHandle<DataState>,
}

/// The app context; every page is rendered inside `AppProvider`.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().unwrap_or_else(|| panic!("page rendered outside <AppProvider>"))
}
