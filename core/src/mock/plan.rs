//! The seeded plan of a mock: which items each part asks. The same preset, content and seed give
//! the same plan, so a shared link is the same mock for everyone and a mock can be retaken.

use super::preset::{PartKind, Preset};
use crate::rng::Rng;
use std::collections::BTreeSet;

/// What exists to draw from (ids, in a stable order). Estimation draws design prompts that have
/// estimates, so the app fills `estimation` with those prompts' slugs.
#[derive(Debug, Clone, Default)]
pub struct Pool {
    pub quiz: Vec<String>,
    pub code: Vec<String>,
    pub sql: Vec<String>,
    pub estimation: Vec<String>,
    pub design: Vec<String>,
    pub behavioural: Vec<String>,
}

impl Pool {
    pub fn of(&self, k: PartKind) -> &[String] {
        match k {
            PartKind::Quiz => &self.quiz,
            PartKind::Code => &self.code,
            PartKind::Sql => &self.sql,
            PartKind::Estimation => &self.estimation,
            PartKind::Design => &self.design,
            PartKind::Behavioural => &self.behavioural,
        }
    }
}

/// One part as it will be asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub kind: PartKind,
    /// Ids from the pool, in the order asked.
    pub items: Vec<String>,
    pub minutes: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MockPlan {
    pub preset: Preset,
    pub seed: u64,
    pub parts: Vec<Part>,
    /// Parts whose round has nothing to draw from: dropped, and said so.
    pub skipped: Vec<PartKind>,
}

impl MockPlan {
    /// The whole mock's clock: the parts actually asked.
    pub fn minutes(&self) -> u32 {
        self.parts.iter().map(|p| p.minutes).sum()
    }
}

/// Estimation and design draw on the same prompts, so they share one set of used ids.
fn group(k: PartKind) -> PartKind {
    if k == PartKind::Estimation { PartKind::Design } else { k }
}

/// Draws each part's items: seeded per part, without repetition within the mock (a part gets
/// fewer items when its pool runs short, none and it is skipped). Estimation parts draw first:
/// their prompts are a subset of design's, so design then takes from the rest and the two never
/// ask the same prompt.
pub fn plan(preset: &Preset, pool: &Pool, seed: u64) -> MockPlan {
    let specs = &preset.parts;
    let mut order: Vec<usize> = (0..specs.len()).collect();
    order.sort_by_key(|&i| specs[i].kind != PartKind::Estimation);
    let mut used: BTreeSet<(&str, &str)> = BTreeSet::new();
    let mut drawn: Vec<Vec<String>> = vec![Vec::new(); specs.len()];
    for i in order {
        let (kind, g) = (specs[i].kind, group(specs[i].kind).id());
        let mut free: Vec<&str> = pool.of(kind).iter().map(String::as_str).filter(|id| !used.contains(&(g, *id))).collect();
        Rng::derived(seed, &format!("{}.{i}", kind.id())).shuffle(&mut free);
        for id in free {
            if drawn[i].len() >= specs[i].count as usize {
                break;
            }
            if used.insert((g, id)) {
                drawn[i].push(id.to_string());
            }
        }
    }
    let (mut parts, mut skipped) = (Vec::new(), Vec::new());
    for (s, items) in specs.iter().zip(drawn) {
        if items.is_empty() {
            skipped.push(s.kind);
        } else {
            parts.push(Part { kind: s.kind, items, minutes: s.minutes });
        }
    }
    MockPlan { preset: preset.clone(), seed, parts, skipped }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mock::preset::{custom, preset, PartSpec};

    fn ids(prefix: &str, n: usize) -> Vec<String> {
        (0..n).map(|i| format!("{prefix}-{i}")).collect()
    }

    /// About the size of the real content (hundreds of questions, a dozen or so of the rest).
    pub(crate) fn real_pool() -> Pool {
        let design = ids("design", 14);
        Pool {
            quiz: ids("q", 480),
            code: ids("code", 12),
            sql: ids("sql", 16),
            estimation: design.iter().step_by(2).cloned().collect(),
            design,
            behavioural: ids("story", 20),
        }
    }

    fn onsite() -> Preset {
        preset("onsite-backend").expect("onsite")
    }

    #[test]
    fn the_same_seed_gives_the_same_plan_and_seeds_differ() {
        let pool = real_pool();
        for p in [onsite(), preset("phone-screen").expect("phone")] {
            assert_eq!(plan(&p, &pool, 7), plan(&p, &pool, 7));
            let plans: Vec<MockPlan> = (0..40).map(|s| plan(&p, &pool, s)).collect();
            for (a, x) in plans.iter().enumerate() {
                for y in &plans[a + 1..] {
                    assert_ne!(x.parts, y.parts, "seeds {} and {}", x.seed, y.seed);
                }
            }
        }
        // Each part on its own changes with the seed too (not only the quiz).
        let a = plan(&onsite(), &pool, 1);
        let differs = |k: usize| (2..30).any(|s| plan(&onsite(), &pool, s).parts[k].items != a.parts[k].items);
        assert!((0..6).all(differs));
    }

    #[test]
    fn parts_follow_the_preset_with_their_counts_and_no_repeats() {
        let pool = real_pool();
        for seed in 0..200 {
            let m = plan(&onsite(), &pool, seed);
            assert!(m.skipped.is_empty());
            for (part, spec) in m.parts.iter().zip(&onsite().parts) {
                assert_eq!((part.kind, part.items.len() as u32, part.minutes), (spec.kind, spec.count, spec.minutes));
                assert!(part.items.iter().all(|id| pool.of(part.kind).contains(id)));
                let unique: BTreeSet<&String> = part.items.iter().collect();
                assert_eq!(unique.len(), part.items.len());
            }
            assert_ne!(m.parts[3].items, m.parts[4].items, "estimation and design differ (seed {seed})");
        }
    }

    #[test]
    fn design_and_estimation_never_share_a_prompt_even_when_scarce() {
        // One prompt with estimates, two prompts in all: estimation takes the one, design the other.
        let pool = Pool { estimation: vec!["a".into()], design: vec!["a".into(), "b".into()], ..real_pool() };
        let c = custom(vec![PartSpec { kind: PartKind::Design, count: 3, minutes: 20 }, PartSpec { kind: PartKind::Estimation, count: 1, minutes: 5 }]).expect("valid");
        for seed in 0..50 {
            let m = plan(&c, &pool, seed);
            assert_eq!(m.parts[0].items, ["b"]);
            assert_eq!(m.parts[1].items, ["a"]);
        }
        // Only one prompt at all: the design part has nothing left and is skipped.
        let one = Pool { estimation: vec!["a".into()], design: vec!["a".into()], ..Pool::default() };
        let m = plan(&c, &one, 3);
        assert_eq!(m.skipped, [PartKind::Design]);
        assert_eq!(m.parts.len(), 1);
    }

    #[test]
    fn empty_rounds_are_dropped_and_short_ones_capped() {
        let pool = Pool { sql: Vec::new(), behavioural: Vec::new(), code: vec!["only".into(), "only".into()], ..real_pool() };
        let m = plan(&onsite(), &pool, 9);
        assert_eq!(m.skipped, [PartKind::Sql, PartKind::Behavioural]);
        let kinds: Vec<PartKind> = m.parts.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [PartKind::Quiz, PartKind::Code, PartKind::Estimation, PartKind::Design]);
        assert_eq!(m.minutes(), 45);
        let c = custom(vec![PartSpec { kind: PartKind::Code, count: 3, minutes: 20 }]).expect("valid");
        assert_eq!(plan(&c, &pool, 1).parts[0].items, ["only"], "a duplicated id is asked once");
        let none = plan(&onsite(), &Pool::default(), 1);
        assert!(none.parts.is_empty());
        assert_eq!(none.skipped.len(), 6);
    }

    #[test]
    fn two_parts_of_one_kind_do_not_repeat_items() {
        let pool = Pool { quiz: ids("q", 25), ..Pool::default() };
        let c = custom(vec![PartSpec { kind: PartKind::Quiz, count: 20, minutes: 20 }, PartSpec { kind: PartKind::Quiz, count: 20, minutes: 20 }]).expect("valid");
        let m = plan(&c, &pool, 5);
        assert_eq!((m.parts[0].items.len(), m.parts[1].items.len()), (20, 5));
        let all: BTreeSet<&String> = m.parts.iter().flat_map(|p| &p.items).collect();
        assert_eq!(all.len(), 25);
    }
}
