//! Throughput of the pipeline on real news: `cargo bench` (or `cargo bench -- 10000` for a
//! corpus of that many articles).
//!
//! The corpus is the ECB+ articles of `../shared/corpora/ecbplus/` (when present) and the seeds,
//! repeated as they are, each copy a distinct article, until the requested count is reached.
//! It reports extraction throughput (MB/s) per extractor on one core (a pool of one thread),
//! and from the text (tokens and all extractors), then for each corpus
//! size the time of each stage on all cores (extraction with its MB/s, alignment, rules) and
//! the peak memory of that size alone. ECB+ and its ten and hundred copies:
//! `cargo bench --bench pipeline -- 987 9870 98700`.
//! Repeated copies agree with each other, yet the finding count changes with the number of
//! copies (114, 106 and 184 for one, ten and a hundred): the caps on group sizes and the
//! cut-off on context words found in too many contexts compare less, or other pairs, as the
//! copies multiply. The count is printed as a check that a change did not alter a size's.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crosscheck::extract::{self, Doc};
use crosscheck::knowledge::lang::Languages;
use crosscheck::knowledge::ruleset::RuleSet;
use crosscheck::load::{LangChoice, parse_article};
use crosscheck::model::Article;

/// The binary's allocator (`src/main.rs`): extraction allocates per claim and per name, and
/// the system allocator would time another program than the one users run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "md" || e == "txt")
            && p.file_name().is_some_and(|n| n != "README.md")
        {
            out.push(p);
        }
    }
}

fn load(paths: &[PathBuf], count: usize, langs: &Languages) -> Vec<Article> {
    let mut out = Vec::with_capacity(count);
    let mut copy = 0;
    while out.len() < count {
        for p in paths {
            if out.len() == count {
                break;
            }
            let bytes = std::fs::read(p).expect("read corpus file");
            let name = format!("{}#{copy}", p.display());
            let stem = format!(
                "{}-{copy}",
                p.file_stem().unwrap_or_default().to_string_lossy()
            );
            let md = p.extension().is_some_and(|e| e == "md");
            out.push(
                parse_article(&name, &stem, bytes, md, langs, &LangChoice::Auto)
                    .expect("corpus article"),
            );
        }
        copy += 1;
    }
    out
}

/// One extractor, returning how many claims it found in a document.
type Extractor = dyn Fn(&Doc) -> usize;

/// Extraction throughput on the real texts, once each, per extractor and in all (best of 3),
/// on one core: the caller runs it in a pool of one thread, since `extract::extract` runs its
/// three extractors side by side on rayon's pool.
fn extraction(articles: &[Article], rules: &RuleSet) {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let docs: Vec<Doc> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let lang = rules.langs.get(&a.lang).expect("language");
            Doc::new(i, &a.text, a.body, lang, a.date).with_places(&rules.places)
        })
        .collect();
    let time = |f: &Extractor| {
        let mut best = f64::MAX;
        let mut claims = 0;
        for _ in 0..3 {
            let t = Instant::now();
            claims = docs.iter().map(f).sum();
            best = best.min(t.elapsed().as_secs_f64());
        }
        (best, claims)
    };
    let t = Instant::now();
    for a in articles {
        let lang = rules.langs.get(&a.lang).expect("language");
        std::hint::black_box(Doc::new(0, &a.text, a.body, lang, a.date));
    }
    let prepare = t.elapsed().as_secs_f64();
    println!(
        "extraction on {} real articles ({:.2} MB), best of 3:",
        articles.len(),
        bytes as f64 / 1e6
    );
    println!(
        "  {:<8} {:>7.3} s {:>7.1} MB/s",
        "tokens",
        prepare,
        bytes as f64 / 1e6 / prepare
    );
    let runs: [(&str, &Extractor); 4] = [
        ("dates", &|d| extract::dates::extract(d).len()),
        ("figures", &|d| extract::figures::extract(d).len()),
        ("names", &|d| extract::names::extract(d).len()),
        ("all", &|d| extract::extract(d).len()),
    ];
    for (name, f) in runs {
        let (secs, claims) = time(f);
        println!(
            "  {name:<8} {secs:>7.3} s {:>7.1} MB/s  {claims} claims",
            bytes as f64 / 1e6 / secs
        );
    }
    // What extracting an article costs from its text: tokens, sentences and folding, then
    // every extractor.
    let mut best = f64::MAX;
    let mut claims = 0;
    for _ in 0..3 {
        let t = Instant::now();
        claims = articles
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let lang = rules.langs.get(&a.lang).expect("language");
                let doc = Doc::new(i, &a.text, a.body, lang, a.date).with_places(&rules.places);
                extract::extract(&doc).len()
            })
            .sum();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "  {:<8} {best:>7.3} s {:>7.1} MB/s  {claims} claims (tokens and all extractors)",
        "text",
        bytes as f64 / 1e6 / best
    );
}

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Resets the peak RSS to the current RSS (Linux: `5` to `/proc/self/clear_refs`), so that
/// each corpus size reports its own peak; a no-op where that is not available.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    collect(&root.join("../shared/corpora/ecbplus"), &mut paths);
    collect(&root.join("seeds"), &mut paths);
    let counts: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let counts = if counts.is_empty() {
        vec![1000]
    } else {
        counts
    };
    let rules = RuleSet::defaults().expect("default rules");
    println!("corpus: {} source files", paths.len());
    let one_core = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a pool of one thread");
    let texts = load(&paths, paths.len(), &rules.langs);
    one_core.install(|| extraction(&texts, &rules));
    println!(
        "{:>7} {:>8} {:>9} {:>16} {:>8} {:>8} {:>9} {:>9}",
        "articles", "MB", "claims", "extract", "align", "rules", "findings", "peak RSS"
    );
    for n in counts {
        let articles = load(&paths, n, &rules.langs);
        reset_peak_rss();
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        let t = Instant::now();
        let corpus =
            crosscheck::extract_corpus(articles, &rules.langs, &rules.places).expect("extract");
        let extract = t.elapsed().as_secs_f64();
        let claims = corpus.claims.len();
        let t = Instant::now();
        let alignment = crosscheck::align::align(&corpus, &rules);
        let align = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let findings = crosscheck::rules::evaluate(&corpus, &alignment, &rules);
        let rules_secs = t.elapsed().as_secs_f64();
        println!(
            "{n:>8} {:>8.1} {claims:>9} {:>7.2} s {:>4.1} MB/s {:>6.2} s {:>6.2} s {:>9} {:>9}",
            bytes as f64 / 1e6,
            extract,
            bytes as f64 / 1e6 / extract,
            align,
            rules_secs,
            findings.len(),
            peak_rss_mib().map_or("?".into(), |m| format!("{m:.0} MiB")),
        );
    }
}
