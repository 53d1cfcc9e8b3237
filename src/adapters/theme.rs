//! Applies the colour theme to `<html data-theme>`; without an explicit choice the CSS follows
//! `prefers-color-scheme`.

use backprep_core::store::Theme;

/// Whether the page shows dark: the user's choice, else the system's.
pub fn is_dark(choice: Option<Theme>) -> bool {
    match choice {
        Some(t) => t == Theme::Dark,
        None => system_prefers_dark(),
    }
}

fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

pub fn apply(theme: Option<Theme>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Some(t) => root.set_attribute("data-theme", t.as_str()),
        None => root.remove_attribute("data-theme"),
    };
}
