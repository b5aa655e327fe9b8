//! Finding identities that survive edits. `line_hashes` is GitHub's `primaryLocationLineHash`
//! (a port of codeql-action's `fingerprints.ts`, checked against its published vectors);
//! `stable_key` is our own: rule, path, whitespace-normalised snippet and occurrence index, so
//! a finding keeps its key when lines are inserted above it or its indentation changes.

use std::collections::HashMap;

const BLOCK_SIZE: usize = 100;
const MOD: u64 = 37;
const EOF: u64 = 65535;

/// GitHub's line hash for every line of `text`, keyed by 1-based line number.
pub fn line_hashes(text: &str) -> HashMap<u32, String> {
    let mut hasher = RollingHash::new();
    for unit in text.encode_utf16() {
        hasher.process(u64::from(unit));
    }
    hasher.process(EOF);
    hasher.flush();
    hasher.out
}

struct RollingHash {
    window: [u64; BLOCK_SIZE],
    /// The line that starts at each window slot, if any.
    line_numbers: [Option<u32>; BLOCK_SIZE],
    hash: u64,
    first_mod: u64,
    index: usize,
    line_number: u32,
    line_start: bool,
    prev_cr: bool,
    counts: HashMap<u64, u32>,
    out: HashMap<u32, String>,
}

impl RollingHash {
    fn new() -> Self {
        RollingHash {
            window: [0; BLOCK_SIZE],
            line_numbers: [None; BLOCK_SIZE],
            hash: 0,
            first_mod: (0..BLOCK_SIZE).fold(1u64, |m, _| m.wrapping_mul(MOD)),
            index: 0,
            line_number: 0,
            line_start: true,
            prev_cr: false,
            counts: HashMap::new(),
            out: HashMap::new(),
        }
    }

    fn output(&mut self) {
        let count = self.counts.entry(self.hash).or_insert(0);
        *count += 1;
        if let Some(line) = self.line_numbers[self.index].take() {
            self.out.insert(line, format!("{:x}:{}", self.hash, count));
        }
    }

    fn update(&mut self, current: u64) {
        let begin = self.window[self.index];
        self.window[self.index] = current;
        self.hash = MOD
            .wrapping_mul(self.hash)
            .wrapping_add(current)
            .wrapping_sub(self.first_mod.wrapping_mul(begin));
        self.index = (self.index + 1) % BLOCK_SIZE;
    }

    fn process(&mut self, mut current: u64) {
        const SPACE: u64 = b' ' as u64;
        const TAB: u64 = b'\t' as u64;
        const LF: u64 = b'\n' as u64;
        const CR: u64 = b'\r' as u64;
        if current == SPACE || current == TAB || (self.prev_cr && current == LF) {
            self.prev_cr = false;
            return;
        }
        if current == CR {
            current = LF;
            self.prev_cr = true;
        } else {
            self.prev_cr = false;
        }
        if self.line_numbers[self.index].is_some() {
            self.output();
        }
        if self.line_start {
            self.line_start = false;
            self.line_number += 1;
            self.line_numbers[self.index] = Some(self.line_number);
        }
        if current == LF {
            self.line_start = true;
        }
        self.update(current);
    }

    fn flush(&mut self) {
        for _ in 0..BLOCK_SIZE {
            if self.line_numbers[self.index].is_some() {
                self.output();
            }
            self.update(0);
        }
    }
}

/// Our own key: FNV-1a (64 bit) over rule, path, normalised snippet and occurrence.
pub fn stable_key(rule: &str, path: &str, snippet: &str, occurrence: usize) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [rule, path, snippet, &occurrence.to_string()] {
        for b in part.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// Collapses all whitespace runs to one space and trims: indentation changes keep the key.
pub fn normalise_snippet(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vectors of ../shared/reference/ecosystem.md §1.3, produced by the reference code.
    #[test]
    fn github_line_hash_vectors() {
        let cases: &[(&str, &[&str])] = &[
            ("import os\n", &["cb30a0d6d5e2b68e:1", "c129715d7a2bc9a3:1"]),
            (
                "class A {\n  String s = session.id;\n}\n",
                &[
                    "f4695170744eca89:1",
                    "2da0447f45866aad:1",
                    "32dce9ccfdbc9d3e:1",
                    "c129715d7a2bc9a3:1",
                ],
            ),
            (
                "a\r\nb\r\n\r\nb\n",
                &[
                    "66dccf0a21aa6ee0:1",
                    "b36855975b9e241:1",
                    "bf4c4d48992e2ca5:1",
                    "ade70578248be16f:1",
                ],
            ),
            ("", &["c129715d7a2bc9a3:1"]),
        ];
        for (text, want) in cases {
            let got = line_hashes(text);
            for (i, hash) in want.iter().enumerate() {
                let line = u32::try_from(i + 1).unwrap();
                assert_eq!(
                    got.get(&line).map(String::as_str),
                    Some(*hash),
                    "{text:?} line {line}"
                );
            }
        }
    }

    #[test]
    fn stable_key_ignores_indentation_but_not_content() {
        let a = stable_key("r", "p", &normalise_snippet("    x = 1;"), 0);
        let b = stable_key("r", "p", &normalise_snippet("\tx =  1;"), 0);
        let c = stable_key("r", "p", &normalise_snippet("x = 2;"), 0);
        let d = stable_key("r", "p", &normalise_snippet("x = 1;"), 1);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
        assert_eq!(a.len(), 16);
    }
}
