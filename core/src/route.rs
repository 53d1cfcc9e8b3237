//! Hash routes (`#/quiz/...`): deep links work on any static host without server rewrites.
//! Parsing is pure so every route is tested natively; the browser adapter only reads and writes
//! `location.hash`. Hand-written instead of yew-router: it is ~100 lines and saves ~36 KB gzip.

/// Every page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Quiz setup, or a running quiz when the query holds a seed (`#/quiz?topics=..&seed=..`).
    Quiz { query: Vec<(String, String)> },
    /// Quiz setup with one topic preselected: `#/quiz/<topic>`.
    QuizTopic { topic: String },
    /// The review of one saved attempt: `#/attempt/<id>`.
    Attempt { id: String },
    History,
    /// The review queue (every kind of item due today) and the interview plan.
    Review,
    Exercise { slug: String },
    /// An exercise re-solved from the review queue, from a blank editor: `#/exercise/<slug>/again`.
    ExerciseAgain { slug: String },
    /// The SQL round's exercise list: `#/sql`.
    SqlList,
    /// One SQL exercise: `#/sql/<slug>`.
    Sql { slug: String },
    /// A SQL exercise re-solved from the review queue: `#/sql/<slug>/again`.
    SqlAgain { slug: String },
    /// The system-design round's prompt list: `#/design`.
    DesignList,
    /// One design prompt: `#/design/<slug>`.
    Design { slug: String },
    /// The capacity simulator: `#/simulator`, optionally `?from=<prompt slug>` (its preset) and
    /// topology fields (`rps=…`), so a configuration can be linked.
    Simulator { query: Vec<(String, String)> },
    /// The behavioural round: prompts by competency and the speaking-time band: `#/behavioural`.
    Behavioural,
    /// One behavioural prompt, answered out loud or typed: `#/behavioural/<id>`.
    BehaviouralPrompt { id: String },
    /// The story bank and its coverage of the competencies: `#/stories`.
    Stories,
    /// The mock interview: presets, history, and a mock when the query holds a preset and a
    /// seed (`#/mock?preset=phone-screen&seed=7`), so a mock can be shared and retaken.
    Mock { query: Vec<(String, String)> },
    /// Export / import and storage status.
    Data,
    NotFound { path: String },
}

/// A set of pages compiled into one WASM module. The home page ships only its own module; the
/// others load when a route of theirs opens (`src/areas/`). A new round adds an area here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    Home,
    /// Quizzes and their results.
    Quiz,
    /// The review queue of every kind of item, the interview plan, and the quiz history (not in
    /// the quiz module, which a quiz link waits for).
    Review,
    Exercise,
    /// The SQL round (its engine and worker load only here).
    Sql,
    /// The system-design round: prompts and the capacity simulator.
    Design,
    /// The behavioural round and the story bank.
    Behavioural,
    /// The mock interview (it renders the other rounds' parts, so it loads their code).
    Mock,
    /// Export, import and storage status.
    Data,
}

impl Area {
    pub const ALL: [Area; 9] = [Area::Home, Area::Quiz, Area::Review, Area::Exercise, Area::Sql, Area::Design, Area::Behavioural, Area::Mock, Area::Data];

    /// The module's name: `areas/<name>-<hash>/<name>.js` in `dist/`, and the Cargo bin.
    pub fn name(self) -> &'static str {
        match self {
            Area::Home => "home",
            Area::Quiz => "quiz",
            Area::Review => "review",
            Area::Exercise => "exercise",
            Area::Sql => "sql",
            Area::Design => "design",
            Area::Behavioural => "behavioural",
            Area::Mock => "mock",
            Area::Data => "data",
        }
    }

    /// The area of a hash route from its first path segment alone: what the page's loader
    /// (plain JS, before any WASM) uses to fetch the right module first. Agrees with
    /// `Route::area` (tested); an unknown segment is the home module's "not found" page.
    pub fn of_first_segment(segment: &str) -> Area {
        SEGMENT_AREAS.iter().find(|(s, _)| *s == segment).map_or(Area::Home, |&(_, a)| a)
    }
}

/// First path segment → area, for every route outside the home area (see `Area::of_first_segment`).
pub const SEGMENT_AREAS: [(&str, Area); 12] = [
    ("quiz", Area::Quiz),
    ("attempt", Area::Quiz),
    ("history", Area::Review),
    ("review", Area::Review),
    ("exercise", Area::Exercise),
    ("sql", Area::Sql),
    ("design", Area::Design),
    ("simulator", Area::Design),
    ("behavioural", Area::Behavioural),
    ("stories", Area::Behavioural),
    ("mock", Area::Mock),
    ("data", Area::Data),
];

impl Route {
    /// The module that renders this page.
    pub fn area(&self) -> Area {
        match self {
            Route::Home | Route::NotFound { .. } => Area::Home,
            Route::Quiz { .. } | Route::QuizTopic { .. } | Route::Attempt { .. } => Area::Quiz,
            Route::Review | Route::History => Area::Review,
            Route::Exercise { .. } | Route::ExerciseAgain { .. } => Area::Exercise,
            Route::SqlList | Route::Sql { .. } | Route::SqlAgain { .. } => Area::Sql,
            Route::DesignList | Route::Design { .. } | Route::Simulator { .. } => Area::Design,
            Route::Behavioural | Route::BehaviouralPrompt { .. } | Route::Stories => Area::Behavioural,
            Route::Mock { .. } => Area::Mock,
            Route::Data => Area::Data,
        }
    }

    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = match raw.split_once('?') {
            Some((p, q)) => (p, parse_query(q)),
            None => (raw, Vec::new()),
        };
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .collect();
        let segs: Vec<&str> = segments.iter().map(String::as_str).collect();
        match segs.as_slice() {
            [] => Route::Home,
            ["quiz"] => Route::Quiz { query },
            ["quiz", topic] => Route::QuizTopic { topic: topic.to_string() },
            ["attempt", id] => Route::Attempt { id: id.to_string() },
            ["history"] => Route::History,
            ["review"] => Route::Review,
            ["exercise", slug] => Route::Exercise { slug: slug.to_string() },
            ["exercise", slug, "again"] => Route::ExerciseAgain { slug: slug.to_string() },
            ["sql"] => Route::SqlList,
            ["sql", slug] => Route::Sql { slug: slug.to_string() },
            ["sql", slug, "again"] => Route::SqlAgain { slug: slug.to_string() },
            ["design"] => Route::DesignList,
            ["design", slug] => Route::Design { slug: slug.to_string() },
            ["simulator"] => Route::Simulator { query },
            ["behavioural"] => Route::Behavioural,
            ["behavioural", id] => Route::BehaviouralPrompt { id: id.to_string() },
            ["stories"] => Route::Stories,
            ["mock"] => Route::Mock { query },
            ["data"] => Route::Data,
            _ => Route::NotFound { path: path.to_string() },
        }
    }

    /// The link that starts a quiz with `settings` at once (skipping its intro page).
    pub fn quiz_start(settings: &crate::quiz::QuizSettings) -> Route {
        let mut query = settings.to_query();
        query.push(("start".into(), "1".into()));
        Route::Quiz { query }
    }

    /// The quiz setup form.
    pub fn quiz_setup() -> Route {
        Route::Quiz { query: Vec::new() }
    }

    /// The `#/...` link for this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Quiz { query } if query.is_empty() => "#/quiz".into(),
            Route::Quiz { query } => format!("#/quiz?{}", format_query(query)),
            Route::QuizTopic { topic } => format!("#/quiz/{}", percent_encode(topic)),
            Route::Attempt { id } => format!("#/attempt/{}", percent_encode(id)),
            Route::History => "#/history".into(),
            Route::Review => "#/review".into(),
            Route::Exercise { slug } => format!("#/exercise/{}", percent_encode(slug)),
            Route::ExerciseAgain { slug } => format!("#/exercise/{}/again", percent_encode(slug)),
            Route::SqlList => "#/sql".into(),
            Route::Sql { slug } => format!("#/sql/{}", percent_encode(slug)),
            Route::SqlAgain { slug } => format!("#/sql/{}/again", percent_encode(slug)),
            Route::DesignList => "#/design".into(),
            Route::Design { slug } => format!("#/design/{}", percent_encode(slug)),
            Route::Simulator { query } if query.is_empty() => "#/simulator".into(),
            Route::Simulator { query } => format!("#/simulator?{}", format_query(query)),
            Route::Behavioural => "#/behavioural".into(),
            Route::BehaviouralPrompt { id } => format!("#/behavioural/{}", percent_encode(id)),
            Route::Stories => "#/stories".into(),
            Route::Mock { query } if query.is_empty() => "#/mock".into(),
            Route::Mock { query } => format!("#/mock?{}", format_query(query)),
            Route::Data => "#/data".into(),
            Route::NotFound { path } => format!("#{path}"),
        }
    }
}

/// Parses `a=1&b=x%20y` into ordered pairs.
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(pair), String::new()),
        })
        .collect()
}

pub fn format_query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Encodes everything but unreserved characters (RFC 3986 §2.3) and `,`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` sequences and `+` as space; malformed escapes are kept as they are.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiz_start_links_round_trip_and_autostart() {
        let settings = crate::quiz::QuizSettings::for_ids(vec!["auth-x".into()], 7);
        let href = Route::quiz_start(&settings).href();
        let Route::Quiz { query } = Route::parse(&href) else { panic!("{href} is not a quiz route") };
        assert!(query.contains(&("start".into(), "1".into())), "{href}");
        assert_eq!(crate::quiz::QuizSettings::from_query(&query), Ok(Some(settings)));
        assert_eq!(Route::quiz_setup().href(), "#/quiz");
    }

    #[test]
    fn the_loader_picks_the_same_area_as_the_app() {
        let routes = [
            Route::Home,
            Route::quiz_setup(),
            Route::quiz_start(&crate::quiz::QuizSettings::for_ids(vec!["auth-x".into()], 7)),
            Route::QuizTopic { topic: "auth".into() },
            Route::Attempt { id: "a1".into() },
            Route::History,
            Route::Review,
            Route::Exercise { slug: "hash-map".into() },
            Route::ExerciseAgain { slug: "hash-map".into() },
            Route::SqlList,
            Route::Sql { slug: "sql-customers-without-orders".into() },
            Route::SqlAgain { slug: "sql-customers-without-orders".into() },
            Route::DesignList,
            Route::Design { slug: "url-shortener".into() },
            Route::Simulator { query: vec![] },
            Route::Simulator { query: vec![("from".into(), "url-shortener".into()), ("rps".into(), "900".into())] },
            Route::Behavioural,
            Route::BehaviouralPrompt { id: "biggest-outage".into() },
            Route::Stories,
            Route::Mock { query: vec![] },
            Route::Mock { query: vec![("preset".into(), "phone-screen".into()), ("seed".into(), "7".into())] },
            Route::Data,
            Route::NotFound { path: "/nope/x".into() },
        ];
        for r in routes {
            let href = r.href();
            // What the JS loader does: the first non-empty segment of the path before `?`.
            let path = href.trim_start_matches('#').split('?').next().unwrap_or("");
            let first = path.split('/').find(|s| !s.is_empty()).unwrap_or("");
            assert_eq!(Area::of_first_segment(first), r.area(), "{href}");
            assert_eq!(Route::parse(&href).area(), r.area(), "{href}");
        }
        let names: std::collections::HashSet<_> = Area::ALL.iter().map(|a| a.name()).collect();
        assert_eq!(names.len(), Area::ALL.len());
    }

    #[test]
    fn parses_every_page() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(Route::parse("#/history"), Route::History);
        assert_eq!(Route::parse("#/review"), Route::Review);
        assert_eq!(Route::parse("#/exercise/lru-cache/again"), Route::ExerciseAgain { slug: "lru-cache".into() });
        assert_eq!(Route::parse("#/sql/running-total/again").href(), "#/sql/running-total/again");
        assert_eq!(Route::parse("#/data"), Route::Data);
        assert_eq!(
            Route::parse("#/exercise/hash-map"),
            Route::Exercise { slug: "hash-map".into() }
        );
        assert_eq!(
            Route::parse("#/quiz/auth"),
            Route::QuizTopic { topic: "auth".into() }
        );
        assert_eq!(
            Route::parse("#/nope/x"),
            Route::NotFound { path: "/nope/x".into() }
        );
    }

    #[test]
    fn quiz_query_round_trips() {
        let r = Route::Quiz {
            query: vec![
                ("topics".into(), "auth,sql-vs-nosql".into()),
                ("seed".into(), "42".into()),
                ("q".into(), "a b&c".into()),
            ],
        };
        let href = r.href();
        assert_eq!(href, "#/quiz?topics=auth,sql-vs-nosql&seed=42&q=a%20b%26c");
        assert_eq!(Route::parse(&href), r);
    }

    #[test]
    fn malformed_escapes_survive() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz1"), "%zz1");
        assert_eq!(percent_decode("%E2%9C%93"), "✓");
    }
}
