//! What a mock is made of: presets that mirror real interview loops, custom mocks, and the link
//! form (`preset`, `seed`, and for a custom mock `parts`), so a mock can be shared and retaken.

/// One round of a mock. Serialized as its `id` (the record and the debrief's JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PartKind {
    Quiz,
    Code,
    Sql,
    Estimation,
    Design,
    Behavioural,
}

impl PartKind {
    pub const ALL: [PartKind; 6] = [PartKind::Quiz, PartKind::Code, PartKind::Sql, PartKind::Estimation, PartKind::Design, PartKind::Behavioural];

    /// The kind's name in links and stored records.
    pub fn id(self) -> &'static str {
        match self {
            PartKind::Quiz => "quiz",
            PartKind::Code => "code",
            PartKind::Sql => "sql",
            PartKind::Estimation => "estimation",
            PartKind::Design => "design",
            PartKind::Behavioural => "behavioural",
        }
    }

    pub fn parse(s: &str) -> Option<PartKind> {
        PartKind::ALL.into_iter().find(|k| k.id() == s)
    }

    /// What the learner sees (topic and difficulty stay hidden, as in a real loop).
    pub fn label(self) -> &'static str {
        match self {
            PartKind::Quiz => "Concept questions",
            PartKind::Code => "Coding",
            PartKind::Sql => "SQL",
            PartKind::Estimation => "Estimation",
            PartKind::Design => "System design",
            PartKind::Behavioural => "Behavioural",
        }
    }

    /// Most items a part of this kind may hold: a quiz round is many short questions, every
    /// other round a few long ones.
    pub fn max_count(self) -> u32 {
        if self == PartKind::Quiz { 20 } else { 3 }
    }
}

/// One round: how many items, on its own clock of `minutes`.
#[derive(Debug, Clone, PartialEq)]
pub struct PartSpec {
    pub kind: PartKind,
    pub count: u32,
    pub minutes: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Preset {
    /// `phone-screen`, `onsite-backend` or `custom`.
    pub id: String,
    pub title: String,
    pub summary: String,
    /// In the order they are taken.
    pub parts: Vec<PartSpec>,
}

impl Preset {
    /// The whole mock's clock: the sum of its parts'.
    pub fn minutes(&self) -> u32 {
        self.parts.iter().map(|p| p.minutes).sum()
    }
}

/// Most parts in a custom mock.
pub const MAX_PARTS: usize = 8;
/// Longest part, and longest mock, in minutes.
pub const MAX_PART_MINUTES: u32 = 90;
pub const MAX_TOTAL_MINUTES: u32 = 180;

fn spec(kind: PartKind, count: u32, minutes: u32) -> PartSpec {
    PartSpec { kind, count, minutes }
}

/// The built-in loops: a 30-minute phone screen and a 60-minute backend onsite.
pub fn presets() -> Vec<Preset> {
    use PartKind::*;
    vec![
        Preset {
            id: "phone-screen".into(),
            title: "Phone screen".into(),
            summary: "30 minutes: six concept questions, one coding problem, two behavioural questions.".into(),
            parts: vec![spec(Quiz, 6, 9), spec(Code, 1, 13), spec(Behavioural, 2, 8)],
        },
        Preset {
            id: "onsite-backend".into(),
            title: "Backend onsite".into(),
            summary: "60 minutes: concept questions, coding, SQL, an estimate, a system design and behavioural questions.".into(),
            parts: vec![spec(Quiz, 8, 10), spec(Code, 1, 15), spec(Sql, 1, 8), spec(Estimation, 1, 5), spec(Design, 1, 15), spec(Behavioural, 2, 7)],
        },
    ]
}

pub fn preset(id: &str) -> Option<Preset> {
    presets().into_iter().find(|p| p.id == id)
}

/// A mock of the learner's own parts, checked against the limits (each error says which).
pub fn custom(parts: Vec<PartSpec>) -> Result<Preset, String> {
    if parts.is_empty() {
        return Err("a custom mock needs at least one part".into());
    }
    if parts.len() > MAX_PARTS {
        return Err(format!("a custom mock has at most {MAX_PARTS} parts, not {}", parts.len()));
    }
    for p in &parts {
        let max = p.kind.max_count();
        if !(1..=max).contains(&p.count) {
            return Err(format!("{}: between 1 and {max} items, not {}", p.kind.label(), p.count));
        }
        if !(1..=MAX_PART_MINUTES).contains(&p.minutes) {
            return Err(format!("{}: between 1 and {MAX_PART_MINUTES} minutes, not {}", p.kind.label(), p.minutes));
        }
    }
    let total: u32 = parts.iter().map(|p| p.minutes).sum();
    if total > MAX_TOTAL_MINUTES {
        return Err(format!("a custom mock lasts at most {MAX_TOTAL_MINUTES} minutes, not {total}"));
    }
    let list: Vec<String> = parts.iter().map(|p| format!("{} ({})", p.kind.label(), p.count)).collect();
    Ok(Preset { id: "custom".into(), title: "Custom mock".into(), summary: format!("{total} minutes: {}.", list.join(", ")), parts })
}

/// URL form for sharing: preset id + seed, and for custom also `parts=quiz.6.10,code.1.13`
/// (kind.count.minutes), so the same link rebuilds the same mock.
pub fn to_query(preset: &Preset, seed: u64) -> Vec<(String, String)> {
    let mut q = vec![("preset".to_string(), preset.id.clone())];
    if preset.id == "custom" {
        let parts: Vec<String> = preset.parts.iter().map(|p| format!("{}.{}.{}", p.kind.id(), p.count, p.minutes)).collect();
        q.push(("parts".into(), parts.join(",")));
    }
    q.push(("seed".into(), seed.to_string()));
    q
}

/// Reads a mock back from its link; other keys (e.g. `start`) are left to the page.
pub fn from_query(q: &[(String, String)]) -> Result<(Preset, u64), String> {
    let get = |k: &str| q.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    let id = get("preset").ok_or("the link names no mock (`preset` is missing)")?;
    let seed = get("seed").ok_or("the link has no `seed`")?;
    let seed = seed.parse::<u64>().map_err(|_| format!("`seed` must be a whole number, not `{seed}`"))?;
    let parts = get("parts");
    if id != "custom" {
        if parts.is_some() {
            return Err(format!("`parts` only goes with preset=custom, not `{id}`"));
        }
        return preset(id).map(|p| (p, seed)).ok_or_else(|| format!("there is no mock preset `{id}`"));
    }
    let parts = parts.filter(|s| !s.is_empty()).ok_or("a custom mock needs `parts` (e.g. parts=quiz.6.10,code.1.13)")?;
    let specs = parts
        .split(',')
        .map(|s| {
            let bad = || format!("part `{s}` is not kind.count.minutes (e.g. quiz.6.10)");
            let f: Vec<&str> = s.split('.').collect();
            let [k, n, m] = f.as_slice() else { return Err(bad()) };
            let kind = PartKind::parse(k).ok_or_else(|| format!("there is no part kind `{k}` (quiz, code, sql, estimation, design or behavioural)"))?;
            Ok(spec(kind, n.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok((custom(specs)?, seed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn presets_mirror_real_loops() {
        let phone = preset("phone-screen").expect("phone");
        assert_eq!(phone.minutes(), 30);
        let kinds: Vec<PartKind> = phone.parts.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [PartKind::Quiz, PartKind::Code, PartKind::Behavioural]);
        let onsite = preset("onsite-backend").expect("onsite");
        assert_eq!(onsite.minutes(), 60);
        let kinds: Vec<PartKind> = onsite.parts.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [PartKind::Quiz, PartKind::Code, PartKind::Sql, PartKind::Estimation, PartKind::Design, PartKind::Behavioural]);
        assert!(preset("custom").is_none());
        for p in presets() {
            assert!(custom(p.parts.clone()).is_ok(), "{} is within the custom limits", p.id);
        }
    }

    #[test]
    fn kinds_parse_their_ids_and_serialize_as_them() {
        for k in PartKind::ALL {
            assert_eq!(PartKind::parse(k.id()), Some(k));
            assert_eq!(serde_json::to_value(k).ok(), Some(serde_json::Value::from(k.id())));
        }
        assert_eq!(PartKind::parse("Quiz"), None);
    }

    #[test]
    fn custom_limits_are_explained() {
        let ok = custom(vec![spec(PartKind::Quiz, 20, 90), spec(PartKind::Design, 3, 90)]).expect("at the limits");
        assert_eq!(ok.id, "custom");
        assert_eq!(ok.minutes(), 180);
        let cases: [(Vec<PartSpec>, &str); 7] = [
            (vec![], "at least one part"),
            (vec![spec(PartKind::Quiz, 1, 1); 9], "at most 8 parts, not 9"),
            (vec![spec(PartKind::Quiz, 21, 10)], "Concept questions: between 1 and 20 items, not 21"),
            (vec![spec(PartKind::Code, 4, 10)], "Coding: between 1 and 3 items, not 4"),
            (vec![spec(PartKind::Sql, 0, 10)], "SQL: between 1 and 3 items, not 0"),
            (vec![spec(PartKind::Design, 1, 91)], "System design: between 1 and 90 minutes, not 91"),
            (vec![spec(PartKind::Design, 1, 90), spec(PartKind::Code, 1, 90), spec(PartKind::Sql, 1, 1)], "at most 180 minutes, not 181"),
        ];
        for (parts, msg) in cases {
            let e = custom(parts).expect_err(msg);
            assert!(e.contains(msg), "{e}");
        }
    }

    #[test]
    fn links_round_trip() {
        for p in presets() {
            let link = to_query(&p, 42);
            assert_eq!(link, q(&[("preset", &p.id), ("seed", "42")]));
            assert_eq!(from_query(&link), Ok((p, 42)));
        }
        let c = custom(vec![spec(PartKind::Quiz, 6, 10), spec(PartKind::Code, 1, 13), spec(PartKind::Estimation, 2, 7)]).expect("valid");
        let link = to_query(&c, u64::MAX);
        assert_eq!(link[1], ("parts".to_string(), "quiz.6.10,code.1.13,estimation.2.7".to_string()));
        let mut with_extra = link.clone();
        with_extra.push(("start".into(), "1".into()));
        assert_eq!(from_query(&with_extra), Ok((c, u64::MAX)));
    }

    #[test]
    fn bad_links_are_explained() {
        let cases: [(&[(&str, &str)], &str); 10] = [
            (&[("seed", "1")], "`preset` is missing"),
            (&[("preset", "phone-screen")], "no `seed`"),
            (&[("preset", "phone-screen"), ("seed", "-3")], "`seed` must be a whole number, not `-3`"),
            (&[("preset", "marathon"), ("seed", "1")], "no mock preset `marathon`"),
            (&[("preset", "phone-screen"), ("parts", "quiz.1.1"), ("seed", "1")], "only goes with preset=custom"),
            (&[("preset", "custom"), ("seed", "1")], "needs `parts`"),
            (&[("preset", "custom"), ("parts", "quiz.6"), ("seed", "1")], "part `quiz.6` is not kind.count.minutes"),
            (&[("preset", "custom"), ("parts", "quiz.x.3"), ("seed", "1")], "part `quiz.x.3` is not"),
            (&[("preset", "custom"), ("parts", "poetry.1.3"), ("seed", "1")], "no part kind `poetry`"),
            (&[("preset", "custom"), ("parts", "code.5.3"), ("seed", "1")], "Coding: between 1 and 3 items, not 5"),
        ];
        for (pairs, msg) in cases {
            let e = from_query(&q(pairs)).expect_err(msg);
            assert!(e.contains(msg), "{e} (wanted {msg})");
        }
    }
}
