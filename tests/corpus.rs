//! Runs the rule corpus (`test-corpus/`) against the embedded rules, exactly as
//! `sessionlint test` does for users' packs.

use std::path::Path;

use sessionlint::corpus;
use sessionlint::rule::RuleSet;

#[test]
fn every_rule_passes_its_fixtures_and_examples() {
    let rules = match RuleSet::load(&[], true) {
        Ok(rules) => rules,
        Err(e) => panic!("embedded rules do not load:\n{e}"),
    };
    assert!(!rules.is_empty(), "no rules embedded");
    let report = corpus::run(
        &rules,
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("test-corpus"),
    );
    print!("{}", report.render());
    assert!(
        report.passed(),
        "corpus failures:\n{}",
        report.failures.join("\n")
    );
}
