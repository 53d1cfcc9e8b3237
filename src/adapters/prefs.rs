//! Layout preferences of this browser (not user data: never exported or merged), kept in
//! localStorage under their own key. A missing or unreadable value gives the default.

use crate::adapters::storage;

const SPLIT_KEY: &str = "backprep.ui.split";
/// The statement pane's share of the width, in percent, and its bounds.
pub const SPLIT_DEFAULT: u8 = 42;
pub const SPLIT_MIN: u8 = 25;
pub const SPLIT_MAX: u8 = 70;

/// The remembered split, clamped to the bounds.
pub fn split() -> u8 {
    storage::get(SPLIT_KEY).ok().flatten().and_then(|v| v.trim().parse::<u8>().ok()).map_or(SPLIT_DEFAULT, |v| v.clamp(SPLIT_MIN, SPLIT_MAX))
}

/// Remembers the split; a refused write only means it is not remembered.
pub fn set_split(percent: u8) {
    let _ = storage::set(SPLIT_KEY, &percent.clamp(SPLIT_MIN, SPLIT_MAX).to_string());
}
