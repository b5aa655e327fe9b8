//! The committed rule reference (docs/rules.md) must match what the rules say.

use sessionlint::rule::RuleSet;

#[test]
fn rule_reference_is_up_to_date() {
    let rules = RuleSet::load(&[], true).unwrap_or_else(|e| panic!("{e}"));
    let want = sessionlint::rule_docs::markdown(&rules);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is out of date: run `cargo run -- rules --format markdown --no-config > docs/rules.md`"
    );
}
