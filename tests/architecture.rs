//! The shape of the source tree, checked like any other behaviour (see ARCHITECTURE.md):
//!
//! - no source file over 1,500 lines, tests included;
//! - no import cycle between files: a `use` (or an inline `crate::…` / `super::…` path) is an
//!   edge from the file that writes it to the file that defines the module it names; a `mod`
//!   declaration is not an edge;
//! - imports point one way between the top-level modules: `main` → `workflow` → `report` →
//!   `rules` → `align` → `extract` / `load` → `knowledge` → `text` → `model` / `error`.
//!   Test code (a `tests.rs`, a `tests/` folder, an inline `mod tests`) may reach any stage.
//!
//! The parser is a line scanner, not a Rust parser: it reads `use` trees (braces, `self`,
//! `super`, `crate`, child modules) and `crate::` / `super::` paths in code, and skips
//! comments. That is enough for this crate's style, which `cargo fmt` keeps regular.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 1500;

/// The top-level modules, lowest first; a module may import its own layer's module and any
/// module of a lower layer, never a higher one.
const LAYERS: &[(&str, u8)] = &[
    ("model", 0),
    ("error", 0),
    ("text", 1),
    ("knowledge", 2),
    ("extract", 3),
    ("load", 3),
    ("align", 4),
    ("rules", 5),
    ("report", 6),
    ("workflow", 7),
    ("", 8),        // lib.rs, the pipeline
    ("fuzzing", 9), // the fuzz targets' bodies, over the whole pipeline
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/` except `main.rs` (the binary, a crate of its own), as paths
/// relative to `src/`, sorted.
fn files() -> Vec<PathBuf> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(&src(), &src(), &mut out);
    out.retain(|p| p != Path::new("main.rs"));
    out.sort();
    out
}

/// The module path of a file: `extract/dates/mod.rs` → `extract::dates`, `lib.rs` → root.
fn module_of(file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// Whether a file is test code as a whole.
fn is_test_file(file: &Path) -> bool {
    file.file_name().is_some_and(|n| n == "tests.rs") || file.iter().any(|p| p == "tests")
}

/// The code of a file without comments, split into (line, is test code).
fn code_lines(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut in_tests = false;
    let mut previous_cfg_test = false;
    for line in text.lines() {
        let code = match line.find("//") {
            // A `//` inside a string ("https://") is rare in this crate and never before a
            // path; cutting there only loses the rest of that line.
            Some(i) => &line[..i],
            None => line,
        };
        let trimmed = code.trim();
        if previous_cfg_test && trimmed.starts_with("mod tests") && trimmed.ends_with('{') {
            in_tests = true;
        }
        previous_cfg_test = trimmed == "#[cfg(test)]";
        out.push((code.to_string(), in_tests));
    }
    out
}

/// Expands a `use` tree (`a::{b, c::{d, self}}`) into its paths.
fn expand(tree: &str) -> Vec<Vec<String>> {
    fn split_top(s: &str) -> Vec<&str> {
        let (mut depth, mut start, mut out) = (0, 0, Vec::new());
        for (i, c) in s.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    out.push(&s[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        out.push(&s[start..]);
        out.into_iter()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect()
    }
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    match tree.find('{') {
        None => {
            let path = tree.split(" as ").next().unwrap_or(&tree);
            out.push(path.split("::").map(str::to_string).collect());
        }
        Some(open) => {
            let prefix: Vec<String> = tree[..open]
                .trim_end_matches("::")
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            let inner = &tree[open + 1..tree.len() - 1];
            for part in split_top(inner) {
                for rest in expand(part) {
                    let mut p = prefix.clone();
                    p.extend(rest.into_iter().filter(|s| s != "self"));
                    out.push(p);
                }
            }
        }
    }
    out
}

/// The paths a file refers to: `use` trees and inline `crate::` / `super::` paths, each with
/// whether it is written in test code.
fn referenced(text: &str) -> Vec<(Vec<String>, bool)> {
    let lines = code_lines(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (line, test) = &lines[i];
        let t = line.trim_start();
        let t = t.strip_prefix("pub(crate) ").unwrap_or(t);
        let t = t.strip_prefix("pub(super) ").unwrap_or(t);
        let t = t.strip_prefix("pub ").unwrap_or(t);
        if let Some(rest) = t.strip_prefix("use ") {
            let mut tree = rest.to_string();
            while !tree.contains(';') && i + 1 < lines.len() {
                i += 1;
                tree.push_str(&lines[i].0);
            }
            let tree = tree.split(';').next().unwrap_or("");
            out.extend(expand(tree).into_iter().map(|p| (p, *test)));
        } else {
            for start in ["crate::", "super::"] {
                let mut from = 0;
                while let Some(k) = line[from..].find(start) {
                    let at = from + k;
                    let before = line[..at].chars().next_back();
                    from = at + start.len();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                        continue;
                    }
                    let path: String = line[at..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                        .collect();
                    out.push((
                        path.split("::")
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect(),
                        *test,
                    ));
                }
            }
        }
        i += 1;
    }
    // Inside an inline `mod tests`, `super` is the file's own module.
    for (path, test) in &mut out {
        if *test && path.first().is_some_and(|s| s == "super") {
            path[0] = "self".to_string();
        }
    }
    out
}

/// The file of the deepest module that `path` (written in module `here`) names, if any.
fn resolve(
    path: &[String],
    here: &[String],
    children: &BTreeSet<String>,
    modules: &BTreeMap<Vec<String>, PathBuf>,
) -> Option<PathBuf> {
    let mut abs: Vec<String> = match path.first().map(String::as_str) {
        Some("crate") => Vec::new(),
        Some("super") => here[..here.len().saturating_sub(1)].to_vec(),
        Some("self") => here.to_vec(),
        Some(first) if children.contains(first) => here.to_vec(),
        _ => return None, // std, serde, another crate
    };
    let skip = usize::from(matches!(
        path.first().map(String::as_str),
        Some("crate" | "super" | "self")
    ));
    let mut rest = path[skip..].iter();
    // `super::super::x`
    let mut rest_vec: Vec<&String> = Vec::new();
    for seg in rest.by_ref() {
        if seg == "super" && rest_vec.is_empty() {
            abs.pop();
        } else {
            rest_vec.push(seg);
        }
    }
    let mut best = modules.get(&abs).cloned();
    for seg in rest_vec {
        abs.push(seg.clone());
        match modules.get(&abs) {
            Some(f) => best = Some(f.clone()),
            None => break,
        }
    }
    best
}

struct Graph {
    /// file → (file it imports, whether only from test code)
    edges: BTreeMap<PathBuf, BTreeMap<PathBuf, bool>>,
}

fn graph() -> Graph {
    let files = files();
    let modules: BTreeMap<Vec<String>, PathBuf> =
        files.iter().map(|f| (module_of(f), f.clone())).collect();
    let mut edges: BTreeMap<PathBuf, BTreeMap<PathBuf, bool>> = BTreeMap::new();
    for file in &files {
        let here = module_of(file);
        let text = std::fs::read_to_string(src().join(file)).unwrap();
        let children: BTreeSet<String> = modules
            .keys()
            .filter(|m| m.len() == here.len() + 1 && m.starts_with(&here))
            .map(|m| m[here.len()].clone())
            .collect();
        let out = edges.entry(file.clone()).or_default();
        for (path, test) in referenced(&text) {
            let Some(target) = resolve(&path, &here, &children, &modules) else {
                continue;
            };
            if &target == file {
                continue;
            }
            let test = test || is_test_file(file);
            let only_test = out.get(&target).copied().unwrap_or(true) && test;
            out.insert(target, only_test);
        }
    }
    Graph { edges }
}

#[test]
fn no_source_file_is_over_1500_lines() {
    let long: Vec<String> = files()
        .into_iter()
        .chain([PathBuf::from("main.rs")])
        .filter_map(|f| {
            let n = std::fs::read_to_string(src().join(&f))
                .unwrap()
                .lines()
                .count();
            (n > MAX_LINES).then(|| format!("src/{}: {n} lines", f.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these files by concern (at most {MAX_LINES} lines each):\n{}",
        long.join("\n")
    );
}

#[test]
fn no_import_cycle_between_files() {
    let g = graph();
    // Depth-first search for a back edge; report the cycle it closes.
    fn visit(
        f: &PathBuf,
        g: &Graph,
        state: &mut BTreeMap<PathBuf, u8>,
        stack: &mut Vec<PathBuf>,
        cycles: &mut Vec<String>,
    ) {
        state.insert(f.clone(), 1);
        stack.push(f.clone());
        for next in g.edges.get(f).into_iter().flat_map(|e| e.keys()) {
            match state.get(next).copied().unwrap_or(0) {
                0 => visit(next, g, state, stack, cycles),
                1 => {
                    let at = stack.iter().position(|s| s == next).unwrap();
                    let names: Vec<String> = stack[at..]
                        .iter()
                        .chain([next])
                        .map(|p| format!("src/{}", p.display()))
                        .collect();
                    cycles.push(names.join(" → "));
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(f.clone(), 2);
    }
    let mut state = BTreeMap::new();
    let mut cycles = Vec::new();
    for f in g.edges.keys() {
        if !state.contains_key(f) {
            visit(f, &g, &mut state, &mut Vec::new(), &mut cycles);
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn imports_point_down_the_pipeline() {
    let layer = |file: &Path| -> u8 {
        let m = module_of(file);
        let top = m.first().map_or("", String::as_str);
        LAYERS
            .iter()
            .find(|(name, _)| *name == top)
            .map(|(_, l)| *l)
            .unwrap_or_else(|| panic!("src/{}: add its top-level module to LAYERS", file.display()))
    };
    let top = |file: &Path| module_of(file).first().cloned().unwrap_or_default();
    let g = graph();
    let mut wrong = Vec::new();
    for (from, targets) in &g.edges {
        for (to, only_test) in targets {
            if *only_test || top(from) == top(to) {
                continue;
            }
            if layer(to) >= layer(from) {
                wrong.push(format!(
                    "src/{} imports src/{}",
                    from.display(),
                    to.display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the pipeline's direction (see ARCHITECTURE.md):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_checker_reads_use_trees_and_inline_paths() {
    let text = "use crate::a::{b::{C, self}, d};\nuse super::e::F;\n// crate::not::this\n\
                fn f() { crate::g::h(); }\n#[cfg(test)]\nmod tests {\n    use crate::t::U;\n    use super::V;\n}\n";
    let got = referenced(text);
    let paths: Vec<(String, bool)> = got.iter().map(|(p, t)| (p.join("::"), *t)).collect();
    assert_eq!(
        paths,
        [
            ("crate::a::b::C".to_string(), false),
            ("crate::a::b".to_string(), false),
            ("crate::a::d".to_string(), false),
            ("super::e::F".to_string(), false),
            ("crate::g::h".to_string(), false),
            ("crate::t::U".to_string(), true),
            ("self::V".to_string(), true),
        ]
    );
}
