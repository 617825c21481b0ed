//! Time and peak memory of a whole `crosscheck check` on pathological but plausible inputs:
//! `cargo bench --bench hostile` (add `-- --scale 0.1` for a quick run, `-- --only NAME` for
//! one shape, `-- --keep DIR` to keep the generated corpora).
//!
//! Each shape is generated at a base size and at ten times that size, so that the table shows
//! both the cost of a large input and how it grows: a ratio near 10 is linear. Articles are
//! untrusted text; none of these may hang or exhaust the machine. The inputs are made here,
//! from a fixed seed, so every run measures the same bytes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A small deterministic generator (xorshift64*): the same corpora on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const EN_PHRASES: &[&str] = &[
    "on March 12, 2024",
    "John Smith",
    "$45 million",
    "London",
    "3.5 percent",
    "Tuesday",
    "Mary Jones",
    "1,200 dead",
    "Boston",
    "in 2023",
    "the minister said",
    "magnitude 7.1",
];

const FR_PHRASES: &[&str] = &[
    "le 12 mars 2024",
    "Jean Dupont",
    "45 millions d'euros",
    "Paris",
    "3,5 %",
    "mardi",
    "Marie Curie",
    "1 200 morts",
    "Lyon",
    "en 2023",
    "a déclaré le ministre",
    "magnitude 7,1",
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "te", "vu", "no", "shi", "ber", "dan", "el", "gor", "hal", "ix", "jun",
    "kel", "mar", "nor", "pet", "quin", "ros", "sal", "tor", "ul", "vin", "wes", "yar", "zen",
];

/// A capitalised made-up word of two or three syllables.
fn made_up(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut w: String = (0..n).map(|_| rng.pick(SYLLABLES)).collect();
    w[..1].make_ascii_uppercase();
    w
}

/// One run of words with no sentence end, as a page stripped of its punctuation.
fn long_sentence(rng: &mut Rng, phrases: &[&str], size: usize) -> String {
    let mut s = String::with_capacity(size + 64);
    while s.len() < size {
        s.push_str(rng.pick(phrases));
        s.push(' ');
    }
    s.push('\n');
    s
}

/// The same sentence, with the same figure and names, over and over.
fn same_figure(size: usize, figure: u32) -> String {
    let line = format!(
        "The storm killed {figure} people in Boston on Tuesday, officials said, and John Smith \
         confirmed the toll.\n"
    );
    line.repeat(size / line.len() + 1)
}

/// Sentences naming people and places that each appear a few times at most.
fn distinct_names(rng: &mut Rng, size: usize) -> String {
    let mut s = String::with_capacity(size + 128);
    while s.len() < size {
        let _ = writeln!(
            s,
            "{} {} met {} {} in {} on {} May 2021.",
            made_up(rng),
            made_up(rng),
            made_up(rng),
            made_up(rng),
            made_up(rng),
            1 + rng.below(28)
        );
    }
    s
}

/// A table of figures flattened to one line, as text scraped from a spreadsheet.
fn flat_table(rng: &mut Rng, size: usize) -> String {
    let mut s = String::with_capacity(size + 64);
    while s.len() < size {
        let _ = write!(
            s,
            "| {} | {}.{} | {},{:03} | {}% | {} ",
            2000 + rng.below(25),
            rng.below(100),
            rng.below(10),
            1 + rng.below(99),
            rng.below(1000),
            rng.below(100),
            rng.pick(&["Boston", "Paris", "Lagos", "Lima"])
        );
    }
    s.push_str("|\n");
    s
}

/// Quotes and lists nested hundreds deep, emphasis and links, in Markdown.
fn nested_markdown(rng: &mut Rng, size: usize) -> String {
    let mut s = String::with_capacity(size + 4096);
    while s.len() < size {
        let depth = 1 + rng.below(300);
        for _ in 0..depth {
            s.push_str(rng.pick(&["> ", "- ", "* ", "1. ", "  "]));
        }
        let _ = writeln!(
            s,
            "**_[{} {}](http://example.com/{})_** said `12 people` died on {} May 2021",
            made_up(rng),
            made_up(rng),
            rng.below(1000),
            1 + rng.below(28)
        );
    }
    s
}

/// A Markdown article whose front matter is almost all of it.
fn front_matter(rng: &mut Rng, size: usize) -> String {
    let mut s = String::from("---\ntitle: Storm\ndate: 2021-05-04\n");
    while s.len() < size {
        let _ = writeln!(
            s,
            "tag{}: {} {}",
            rng.below(1_000_000),
            made_up(rng),
            rng.below(1000)
        );
    }
    s.push_str("---\nThe storm killed 12 people in Boston on Tuesday.\n");
    s
}

/// One shape of input: writes its files under `dir` for a size (bytes) and returns the
/// number of files.
struct Shape {
    name: &'static str,
    what: &'static str,
    make: fn(&Path, usize) -> usize,
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write generated article");
}

/// The second article every one-file shape is checked against.
fn companion(dir: &Path, text: &str) {
    write(&dir.join("companion.txt"), text);
}

const EN_COMPANION: &str = "The storm killed 14 people in Boston on Tuesday, officials said.\n";

/// The texts of the ECB+ articles beside the repository (`../shared/corpora/ecbplus`), in
/// path order: real news, for the one shape that is not made up. Empty when it is missing.
fn real_news() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "md" || x == "txt") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/ecbplus"),
        &mut paths,
    );
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "news-dump",
        what: "real news (ECB+) concatenated into one file, repeated to the size",
        make: |dir, size| {
            let news = real_news();
            if news.is_empty() {
                return 0;
            }
            let mut s = String::with_capacity(size + 65536);
            'fill: loop {
                for text in &news {
                    if s.len() >= size {
                        break 'fill;
                    }
                    s.push_str(text);
                    s.push('\n');
                }
            }
            write(&dir.join("dump.txt"), &s);
            companion(dir, EN_COMPANION);
            2
        },
    },
    Shape {
        name: "long-sentence-en",
        what: "one line of names, dates and figures with no sentence end",
        make: |dir, size| {
            write(
                &dir.join("a.txt"),
                &long_sentence(&mut Rng(1), EN_PHRASES, size),
            );
            companion(dir, EN_COMPANION);
            2
        },
    },
    Shape {
        name: "long-sentence-fr",
        what: "the same in French",
        make: |dir, size| {
            write(
                &dir.join("a.txt"),
                &long_sentence(&mut Rng(2), FR_PHRASES, size),
            );
            companion(dir, "La tempête a fait 14 morts mardi à Lyon.\n");
            2
        },
    },
    Shape {
        name: "same-figure",
        what: "one sentence with the same figure and names, repeated",
        make: |dir, size| {
            write(&dir.join("a.txt"), &same_figure(size, 12));
            companion(dir, EN_COMPANION);
            2
        },
    },
    Shape {
        name: "same-figure-many",
        what: "that sentence in 100 articles, figures 10 to 19",
        make: |dir, size| {
            for i in 0..100 {
                let text = same_figure(size / 100, 10 + (i % 10));
                write(&dir.join(format!("a{i:03}.txt")), &text);
            }
            100
        },
    },
    Shape {
        name: "distinct-names",
        what: "sentences of made-up people, places and dates",
        make: |dir, size| {
            let mut rng = Rng(3);
            write(&dir.join("a.txt"), &distinct_names(&mut rng, size / 2));
            write(&dir.join("b.txt"), &distinct_names(&mut rng, size / 2));
            2
        },
    },
    Shape {
        name: "hyphenated",
        what: "one word of hyphenated given names, no space at all",
        make: |dir, size| {
            let mut rng = Rng(7);
            let mut s = String::with_capacity(size + 16);
            while s.len() < size {
                s.push_str(rng.pick(&["Jean", "Pierre", "Marie", "Ann", "Lutnick"]));
                s.push('-');
            }
            s.push_str("Lutnik\n");
            write(&dir.join("a.txt"), &s);
            companion(dir, EN_COMPANION);
            2
        },
    },
    Shape {
        name: "flat-table",
        what: "a table of years, figures and places on one line",
        make: |dir, size| {
            write(&dir.join("a.txt"), &flat_table(&mut Rng(4), size));
            companion(dir, EN_COMPANION);
            2
        },
    },
    Shape {
        name: "nested-markdown",
        what: "quotes and lists up to 300 deep, emphasis, links",
        make: |dir, size| {
            write(&dir.join("a.md"), &nested_markdown(&mut Rng(5), size));
            companion(dir, EN_COMPANION);
            2
        },
    },
    Shape {
        name: "ignore-markers",
        what: "an ignore marker before every line, no blank line",
        make: |dir, size| {
            let mut s = String::with_capacity(size + 128);
            let mut i = 0;
            while s.len() < size {
                let _ = writeln!(
                    s,
                    "<!-- crosscheck-ignore name-spelling -->\nHoward Lutnik said {i} people died on {} May 2021.",
                    1 + i % 28
                );
                i += 1;
            }
            write(&dir.join("a.md"), &s);
            write(
                &dir.join("b.md"),
                "Howard Lutnick said 12 people died on 3 May 2021.\n",
            );
            2
        },
    },
    Shape {
        name: "front-matter",
        what: "a front matter block of the whole size",
        make: |dir, size| {
            write(&dir.join("a.md"), &front_matter(&mut Rng(6), size));
            companion(dir, EN_COMPANION);
            2
        },
    },
    Shape {
        name: "tiny-files",
        what: "one short article per 100 bytes of the size",
        make: |dir, size| {
            let n = size / 100;
            for i in 0..n {
                let sub = dir.join(format!("d{:03}", i / 1000));
                if i % 1000 == 0 {
                    std::fs::create_dir_all(&sub).expect("create folder");
                }
                let text = format!(
                    "The storm killed {} people in Boston on {} May 2021.\n",
                    10 + i % 7,
                    1 + i % 28
                );
                write(&sub.join(format!("a{i:06}.txt")), &text);
            }
            n
        },
    },
    Shape {
        name: "big-file",
        what: "one file of 10x the size beside a small one: read at 10 MB, skipped over the size limit at 100 MB",
        make: |dir, size| {
            write(&dir.join("huge.txt"), &same_figure(size * 10, 12));
            companion(dir, EN_COMPANION);
            2
        },
    },
];

/// Wall time (s), peak resident memory (MiB) and exit status of one `check`.
fn run(bin: &str, dir: &Path, max_file_size: usize) -> (f64, f64, i32) {
    let started = Instant::now();
    // Waited for below with wait4, which also gives its peak memory.
    #[allow(clippy::zombie_processes)]
    let child = std::process::Command::new(bin)
        .args(["check", "--no-config", "--quiet", "--format", "json"])
        .arg("--max-file-size")
        .arg(max_file_size.to_string())
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run crosscheck");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value, and wait4 is given a live child's pid and
    // pointers to locals.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4 failed");
    let secs = started.elapsed().as_secs_f64();
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (secs, usage.ru_maxrss as f64 / 1024.0, code)
}

/// Writes one shape's files in a process of its own (`--generate NAME DIR SIZE`): a child's
/// peak memory as the kernel reports it includes its parent's resident memory at the fork,
/// so the measuring process never holds a generated corpus.
fn generate(name: &str, dir: &Path, size: usize) -> usize {
    let out = std::process::Command::new(std::env::current_exe().expect("bench binary"))
        .args(["--generate", name])
        .arg(dir)
        .arg(size.to_string())
        .output()
        .expect("run the generator");
    assert!(out.status.success(), "generating {name} failed");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("file count")
}

fn main() {
    let mut scale = 1.0_f64;
    let mut only: Option<String> = None;
    let mut keep: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--scale" => scale = args.next().and_then(|s| s.parse().ok()).expect("--scale N"),
            "--only" => only = args.next(),
            "--keep" => keep = args.next().map(PathBuf::from),
            "--generate" => {
                let (name, dir, size) = (args.next(), args.next(), args.next());
                let (Some(name), Some(dir), Some(size)) = (name, dir, size) else {
                    panic!("--generate NAME DIR SIZE");
                };
                let shape = SHAPES.iter().find(|s| s.name == name).expect("shape");
                let files = (shape.make)(Path::new(&dir), size.parse().expect("size"));
                println!("{files}");
                return;
            }
            _ => {} // cargo bench passes --bench
        }
    }
    let bin = env!("CARGO_BIN_EXE_crosscheck");
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = keep.unwrap_or_else(|| tmp.path().to_path_buf());
    let base = (1_000_000.0 * scale) as usize;
    // The size limit is raised above every generated file but the largest `big-file`.
    let limit = base * 10 + base / 2;
    println!(
        "crosscheck check on generated inputs (base {:.1} MB)",
        base as f64 / 1e6
    );
    println!(
        "| shape | size | files | time | peak memory | exit | time ×10 / time ×1 |\n|---|---|---|---|---|---|---|"
    );
    for shape in SHAPES {
        if only.as_deref().is_some_and(|o| o != shape.name) {
            continue;
        }
        let mut first = None;
        for factor in [1, 10] {
            let dir = root.join(format!("{}-{factor}", shape.name));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("create folder");
            let size = base * factor;
            let files = generate(shape.name, &dir, size);
            if files == 0 {
                println!(
                    "| {} | skipped: its source texts are missing | | | | | |",
                    shape.name
                );
                break;
            }
            let (secs, mib, code) = run(bin, &dir, limit);
            let ratio = match first {
                Some(t) => format!("{:.1}", secs / t),
                None => String::new(),
            };
            first.get_or_insert(secs);
            println!(
                "| {} | {:.1} MB | {files} | {secs:.2} s | {mib:.0} MiB | {code} | {ratio} |",
                shape.name,
                size as f64 / 1e6,
            );
        }
    }
    println!();
    for shape in SHAPES {
        println!("{}: {}", shape.name, shape.what);
    }
}
