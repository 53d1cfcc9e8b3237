//! The persistence service's policy, natively, over an in-memory store that can refuse writes
//! (a full quota) and is shared by two "tabs".

use backprep_core::quiz::{Attempt, AttemptItem, FinishReason, Preset, Response};
use backprep_core::store::persist::{backup_key, KeyValue, Persistence, SaveError, SaveMode, Saved, StorageError, BACKUP_PREFIX};
use backprep_core::store::{DataAction, UserData, STORAGE_KEY};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Default)]
struct Inner {
    map: BTreeMap<String, String>,
    /// Keys written, in order.
    writes: Vec<String>,
    /// Writes to keys starting with this are refused (QuotaExceededError).
    refuse: Option<String>,
}

/// localStorage as a map; clones share it, like two tabs of one origin.
#[derive(Clone, Default)]
struct Kv(Rc<RefCell<Inner>>);

impl KeyValue for Kv {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.0.borrow().map.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        let mut i = self.0.borrow_mut();
        if i.refuse.as_deref().is_some_and(|p| key.starts_with(p)) {
            return Err(StorageError::WriteRefused("QuotaExceededError".into()));
        }
        i.writes.push(key.to_string());
        i.map.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.0.borrow_mut().map.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.0.borrow().map.keys().cloned().collect())
    }
}

impl Kv {
    fn with(raw: &str) -> Kv {
        let kv = Kv::default();
        kv.0.borrow_mut().map.insert(STORAGE_KEY.into(), raw.into());
        kv
    }
    fn stored(&self) -> Option<String> {
        self.0.borrow().map.get(STORAGE_KEY).cloned()
    }
    fn writes(&self) -> usize {
        self.0.borrow().writes.len()
    }
    fn backups(&self) -> Vec<(String, String)> {
        self.0.borrow().map.iter().filter(|(k, _)| k.starts_with(BACKUP_PREFIX)).map(|(k, v)| (k.clone(), v.clone())).collect()
    }
    fn refuse(&self, prefix: &str) {
        self.0.borrow_mut().refuse = Some(prefix.into());
    }
}

fn attempt(id: &str, started_at: f64) -> Attempt {
    Attempt {
        id: id.into(),
        started_at,
        ended_at: started_at + 60_000.0,
        settings: Preset::Quick10.settings(1),
        reason: FinishReason::Completed,
        items: vec![AttemptItem { question_id: format!("q-{id}"), topic: "auth".into(), order: vec![1, 0], response: Some(Response::Choices(vec![0])), correct: true, credit: None, time_ms: 5, confidence: None }],
    }
}

fn with_attempts(ids: &[&str]) -> UserData {
    ids.iter().enumerate().fold(UserData::default(), |d, (i, id)| {
        d.apply(DataAction::RecordAttempt { attempt: attempt(id, 1_000_000.0 * (i as f64 + 1.0)), reviews: vec![] })
    })
}

fn ids(d: &UserData) -> Vec<&str> {
    d.attempts.iter().map(|a| a.id.as_str()).collect()
}

fn stored(kv: &Kv) -> UserData {
    let (d, p) = UserData::load(kv.stored().as_deref());
    assert_eq!(p, None);
    d
}

/// Two stored attempts, one imported: Replace writes exactly the import, Merge the union.
#[test]
fn replace_writes_exactly_the_import_and_merge_the_union() {
    let import = with_attempts(&["imported"]);
    for (mode, want) in [(SaveMode::Replace, vec!["imported"]), (SaveMode::Merge, vec!["mine1", "mine2", "imported"])] {
        let kv = Kv::with(&with_attempts(&["mine1", "mine2"]).to_json());
        let mut p = Persistence::new(kv.clone());
        let state = p.load().data;
        assert_eq!(ids(&state), vec!["mine1", "mine2"]);
        let action = match mode {
            SaveMode::Replace => DataAction::Replace { data: import.clone(), at: 9e9 },
            SaveMode::Merge => DataAction::Merge(import.clone()),
        };
        let state = state.apply(action);
        assert_eq!(p.save(&state, mode), Ok(Saved::Written { theirs: None }), "{mode:?}");
        let now = stored(&kv);
        let mut got = ids(&now);
        got.sort();
        let mut want = want.clone();
        want.sort();
        assert_eq!(got, want, "{mode:?}");
        assert_eq!(stored(&kv), state, "{mode:?}: what is stored is the state");
    }
}

#[test]
fn a_save_that_changes_nothing_writes_nothing() {
    let kv = Kv::with(&with_attempts(&["a", "b"]).to_json());
    let mut p = Persistence::new(kv.clone());
    let state = p.load().data;
    assert_eq!(p.save(&state, SaveMode::Merge), Ok(Saved::Unchanged));
    assert_eq!(kv.writes(), 0);
    // First visit, nothing changed: nothing to write either.
    let empty = Kv::default();
    let mut p = Persistence::new(empty.clone());
    let state = p.load().data;
    assert_eq!(p.save(&state, SaveMode::Merge), Ok(Saved::Unchanged));
    assert_eq!(empty.writes(), 0);
}

/// Tab A records an attempt; tab B hears the storage event, merges, saves. The exchange ends
/// after one write per real change (no endless rewrites between the tabs).
#[test]
fn two_tabs_settle_after_one_write_per_change() {
    let kv = Kv::with(&with_attempts(&["old"]).to_json());
    let (mut pa, mut pb) = (Persistence::new(kv.clone()), Persistence::new(kv.clone()));
    let mut a = pa.load().data;
    let mut b = pb.load().data;
    b = b.apply(DataAction::SaveDraft { slug: "hash-map".into(), code: "b's code".into(), at: 5e6 });
    assert!(matches!(pb.save(&b, SaveMode::Merge), Ok(Saved::Written { .. })));
    a = a.apply(DataAction::RecordAttempt { attempt: attempt("new", 9e6), reviews: vec![] });
    let before = kv.writes();
    // A saves (merging B's draft back), then both follow storage events until quiet.
    let mut rounds = 0;
    let mut turn_a = true;
    let mut last_event: Option<String> = None;
    loop {
        let (p, me) = if turn_a { (&mut pa, &mut a) } else { (&mut pb, &mut b) };
        if let Some(doc) = last_event.take() {
            let (other, _) = UserData::load(Some(&doc));
            let next = me.clone().apply(DataAction::Sync(other));
            if next == *me {
                break; // the reducer keeps the state: no new revision, no save
            }
            *me = next;
        }
        match p.save(me, SaveMode::Merge) {
            Ok(Saved::Written { theirs }) => {
                if let Some(t) = theirs {
                    *me = me.clone().apply(DataAction::Sync(t));
                }
                last_event = kv.stored();
            }
            Ok(Saved::Unchanged) => break,
            other => panic!("{other:?}"),
        }
        turn_a = !turn_a;
        rounds += 1;
        assert!(rounds < 6, "the tabs keep rewriting");
    }
    assert_eq!(a, b, "both tabs hold the same data");
    assert_eq!(stored(&kv), a);
    assert_eq!(kv.writes() - before, 1, "one write for A's change; B only takes it in");
}

#[test]
fn a_stale_tab_does_not_undo_a_replace() {
    let kv = Kv::with(&with_attempts(&["mine1", "mine2"]).to_json());
    let (mut pa, mut pb) = (Persistence::new(kv.clone()), Persistence::new(kv.clone()));
    let a = pa.load().data;
    let b = pb.load().data;
    let a = a.apply(DataAction::Replace { data: with_attempts(&["imported"]), at: 9e9 });
    pa.save(&a, SaveMode::Replace).expect("saved");
    // B hears the event and merges it in, then saves.
    let (event, _) = UserData::load(kv.stored().as_deref());
    let b = b.apply(DataAction::Sync(event));
    assert_eq!(ids(&b), vec!["imported"]);
    let _ = pb.save(&b, SaveMode::Merge);
    assert_eq!(ids(&stored(&kv)), vec!["imported"]);
}

#[test]
fn unreadable_data_is_kept_aside_once_per_distinct_content() {
    let kv = Kv::with("{\"version\":2,\"attempts\":[{\"id\":");
    for _reload in 0..3 {
        let loaded = Persistence::new(kv.clone()).load();
        assert!(loaded.notice.as_deref().is_some_and(|n| n.contains("could not be read") && n.contains("A copy")), "{:?}", loaded.notice);
        assert!(!loaded.held);
    }
    assert_eq!(kv.backups(), vec![(backup_key("{\"version\":2,\"attempts\":[{\"id\":"), "{\"version\":2,\"attempts\":[{\"id\":".into())]);
    assert_eq!(kv.writes(), 1, "one copy, written once");
    // Another unreadable document gets its own copy.
    kv.0.borrow_mut().map.insert(STORAGE_KEY.into(), "garbage".into());
    Persistence::new(kv.clone()).load();
    assert_eq!(kv.backups().len(), 2);
}

/// No room for the copy: say so, never overwrite the original, hold until the user releases.
#[test]
fn without_a_copy_the_original_is_never_overwritten() {
    let raw = "{\"version\":2,\"attempts\":7,\"settings\":{\"theme\":\"dark\"}}";
    let kv = Kv::with(raw);
    kv.refuse(BACKUP_PREFIX);
    let mut p = Persistence::new(kv.clone());
    let loaded = p.load();
    let notice = loaded.notice.unwrap_or_default();
    assert!(!notice.contains("kept aside"), "claims a copy that does not exist: {notice}");
    assert!(notice.contains("No copy"), "{notice}");
    assert!(loaded.held);
    let state = loaded.data.apply(DataAction::SetTheme { theme: None, at: 10.0 });
    assert_eq!(p.save(&state, SaveMode::Merge), Ok(Saved::Held));
    assert_eq!(p.save(&state, SaveMode::Replace), Ok(Saved::Held));
    assert_eq!(kv.stored().as_deref(), Some(raw), "original untouched");
    // Another tab that never loaded it also refuses to write over it without a copy.
    let mut other = Persistence::new(kv.clone());
    assert!(matches!(other.save(&state, SaveMode::Merge), Err(SaveError::NoCopy(_))));
    assert_eq!(kv.stored().as_deref(), Some(raw));
    // The user exported or dismissed: now the tab saves.
    p.release();
    assert!(matches!(p.save(&state, SaveMode::Merge), Ok(Saved::Written { .. })));
    assert_eq!(stored(&kv).settings.theme, None);
}

#[test]
fn partial_documents_are_copied_before_the_first_save_overwrites_them() {
    let raw = "{\"version\":2,\"attempts\":7,\"settings\":{\"theme\":\"dark\"}}";
    let kv = Kv::with(raw);
    let mut other_tab = Persistence::new(kv.clone());
    // A tab that never loaded (so never made the copy) saves over it: the copy comes first.
    let d = UserData::default().apply(DataAction::SetTheme { theme: None, at: 10.0 });
    assert!(matches!(other_tab.save(&d, SaveMode::Merge), Ok(Saved::Written { .. })));
    assert_eq!(kv.backups(), vec![(backup_key(raw), raw.to_string())]);
}

#[test]
fn a_newer_version_is_never_overwritten() {
    let raw = "{\"version\":99,\"future\":true}";
    let kv = Kv::with(raw);
    let mut p = Persistence::new(kv.clone());
    let loaded = p.load();
    assert!(loaded.notice.unwrap_or_default().contains("newer version"));
    let d = loaded.data.apply(DataAction::SetTheme { theme: None, at: 10.0 });
    for mode in [SaveMode::Merge, SaveMode::Replace] {
        assert_eq!(p.save(&d, mode), Err(SaveError::NewerVersion(99)));
    }
    assert_eq!(kv.stored().as_deref(), Some(raw));
    assert_eq!(kv.backups().len(), 1);
}

#[test]
fn a_full_quota_is_reported_and_nothing_is_lost() {
    let kv = Kv::default();
    kv.refuse(STORAGE_KEY);
    let mut p = Persistence::new(kv.clone());
    let d = p.load().data.apply(DataAction::RecordAttempt { attempt: attempt("x", 5.0), reviews: vec![] });
    let err = p.save(&d, SaveMode::Merge).expect_err("refused");
    assert!(err.message().contains("QuotaExceededError") && err.message().contains("export"), "{}", err.message());
    assert_eq!(kv.stored(), None);
}

#[test]
fn backups_are_listed_read_and_deleted_through_the_service() {
    let kv = Kv::with("{broken");
    let mut p = Persistence::new(kv.clone());
    p.load();
    let list = p.backups();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].bytes, "{broken".len());
    assert_eq!(p.backup_text(&list[0].key).as_deref(), Some("{broken"));
    assert_eq!(p.backup_text(STORAGE_KEY), None, "only backups can be read this way");
    p.delete_backup(&list[0].key).expect("deleted");
    assert!(p.backups().is_empty());
    assert!(p.delete_backup(STORAGE_KEY).is_err(), "the document itself is not a backup");
    assert_eq!(p.stored_bytes(), "{broken".len());
}
