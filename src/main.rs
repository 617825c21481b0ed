//! The `crosscheck` command line: parses arguments, calls the library, prints, and maps
//! outcomes to exit codes (0 clean, 1 findings at or above `--fail-on`, 2 usage, input or rule
//! errors).

use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// mimalloc: a fifth of a check's time went to the system allocator's malloc and free.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h` and `options.c` of the mimalloc 3 that
/// `libmimalloc-sys` builds; the Rust bindings leave this option's number out), and its
/// default there, in milliseconds.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
const MI_PURGE_DELAY_DEFAULT: std::ffi::c_long = 1000;

unsafe extern "C" {
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Once its articles are extracted, a corpus of at least this much text returns the memory
/// it frees to the system at once. The stages of a check free large tables one after
/// another; held for mimalloc's second, they made the peak RSS of ECB+ x10 (19.6 MB) 330-350
/// MiB instead of 240-250. Extraction is left out: each article frees what the next one
/// takes, and returning it made 30,000 more page faults at x10 for no less memory. On a small
/// corpus the memory does not matter and the system calls do: ECB+ (2 MB) spent 0.06 s more
/// of system time returning it (80 MiB instead of 117), so it keeps the default.
const PURGE_AT_ONCE_BYTES: usize = 8 << 20;

/// Sets mimalloc's purge delay to 0 for a corpus of `bytes` of text of at least
/// `PURGE_AT_ONCE_BYTES`. Left alone when the option does not read as its default:
/// `MIMALLOC_PURGE_DELAY` set by the user, or a mimalloc whose options are numbered otherwise.
fn purge_at_once_for(bytes: usize) {
    if bytes < PURGE_AT_ONCE_BYTES {
        return;
    }
    // SAFETY: both functions take and return plain integers (mimalloc reads every option
    // when the process loads). Between extraction and alignment no other thread allocates,
    // and the option is one aligned machine word that mimalloc's purge reads as it is: a
    // read at the moment of the write sees the old delay or the new one.
    unsafe {
        if mi_option_get(MI_OPTION_PURGE_DELAY) == MI_PURGE_DELAY_DEFAULT {
            mi_option_set(MI_OPTION_PURGE_DELAY, 0);
        }
    }
}

/// Asks the kernel for no transparent huge pages, unless `MIMALLOC_ALLOW_THP` is set (it
/// then decides, as mimalloc documents). mimalloc advises huge pages for its arenas. The
/// kernel zeroes 2 MiB at the first touch of each, again each time a purged range is touched
/// anew, and may stop to compact memory to find one: a check of ECB+ took 0.27-0.34 s, and at
/// times 0.67-0.80 s with half of it in the kernel, where in small pages it takes 0.27-0.32 s
/// (13,000 page faults instead of 290) and holds 64 MiB instead of 110-120. A quarter of the
/// time of a check of ECB+ x10 went to zeroing pages; in small pages it takes 0.4-0.5 s less.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: prctl with integer arguments touches no memory of ours; a kernel without
        // the option returns an error, which changes nothing.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    }
}

use crosscheck::Corpus;
use crosscheck::error::{Error, display_path};
use crosscheck::knowledge::ruleset::RuleSet;
use crosscheck::load::{LangChoice, WalkFilter, disambiguate_ids, load_paths};
use crosscheck::model::Article;
use crosscheck::model::Severity;
use crosscheck::report;
use crosscheck::report::text::Palette;
use crosscheck::workflow::baseline::Baseline;
use crosscheck::workflow::config::Config;

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Find where news articles about the same story disagree",
    long_about = "Find where news articles about the same story disagree: a name spelled two \
                  ways, one event given different dates, one quantity given different figures.\n\n\
                  Give it the articles (.txt or .md files, or folders of them); it extracts the \
                  names, dates and figures of each, aligns them across sources and reports every \
                  disagreement with its place in each file.",
    after_help = "Examples:\n  crosscheck check seeds/\n  crosscheck check drafts/ --format json\n  \
                  crosscheck extract article.md\n  crosscheck rules"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Report where the articles disagree (names, dates, figures).
    #[command(
        after_help = "Exit status: 0 when no finding reaches --fail-on, 1 when one does, \
                            2 on usage, input or rule errors.\n\nExamples:\n  crosscheck check \
                            seeds/\n  crosscheck check content/ --format json --fail-on error\n  \
                            cat draft.txt | crosscheck check - sources/"
    )]
    Check(CheckArgs),
    /// List the claims (names, dates, figures) found in each article.
    #[command(
        after_help = "Examples:\n  crosscheck extract seeds/\n  crosscheck extract \
                            article.md --format json"
    )]
    Extract(ExtractArgs),
    /// List the rules in effect: kind, severity and where each was loaded from.
    #[command(
        after_help = "Examples:\n  crosscheck rules\n  crosscheck rules --rules \
                            my-rules/"
    )]
    Rules(RulesArgs),
    /// Explain a rule: what it flags, examples, its settings and how to silence it.
    #[command(after_help = "Examples:\n  crosscheck explain name-spelling")]
    Explain(ExplainArgs),
}

#[derive(clap::Args)]
struct InputArgs {
    /// Articles: .txt or .md files, folders (searched recursively), or `-` for one article on
    /// standard input.
    #[arg(value_name = "PATHS", required = true)]
    paths: Vec<PathBuf>,
    /// Language of articles whose front matter does not say: `auto` detects it per article.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    lang: LangArg,
    /// Skip (with a note) files larger than SIZE: bytes, or a number with K, M or G (powers of
    /// 1024). Overrides the config's `max-file-size`.
    #[arg(long, value_name = "SIZE", value_parser = crosscheck::load::parse_size,
          long_help = "Skip (with a note) files larger than SIZE: bytes, or a number with K, M \
                       or G (powers of 1024), as in 512K or 20M. Overrides the config's \
                       `max-file-size`. News articles weigh kilobytes; the limit keeps an export \
                       or a dump from costing minutes.\n\n[default: 10M]")]
    max_file_size: Option<u64>,
    /// Neither read nor write the cache (see --cache-dir).
    #[arg(long)]
    no_cache: bool,
    /// The cache of extracted claims and findings, so that a run over unchanged articles
    /// costs little.
    #[arg(
        long,
        value_name = "DIR",
        long_help = "The cache of extracted claims and findings, so that a run over unchanged \
                       articles costs little: entries are keyed by each file's content, the \
                       language data, the rules and crosscheck's build, so a stale entry is \
                       never used. Deleting the folder is always safe.\n\n[default: \
                       $CROSSCHECK_CACHE_DIR, else the config's `cache-dir`, else \
                       .crosscheck-cache beside crosscheck.toml or in the current folder]"
    )]
    cache_dir: Option<PathBuf>,
    /// The config file's `include` / `exclude` globs.
    #[arg(skip)]
    filter: WalkFilter,
    /// The cache folder the config file implies (its `cache-dir`, or beside it).
    #[arg(skip)]
    config_cache_dir: Option<PathBuf>,
}

impl InputArgs {
    /// The cache for this run, or None with --no-cache.
    fn cache(&self, rules: &RuleSet) -> Option<crosscheck::workflow::cache::Cache> {
        if self.no_cache {
            return None;
        }
        let dir = self
            .cache_dir
            .clone()
            .or_else(|| {
                std::env::var_os("CROSSCHECK_CACHE_DIR")
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
            })
            .or_else(|| self.config_cache_dir.clone())
            .unwrap_or_else(|| PathBuf::from(crosscheck::workflow::cache::DEFAULT_DIR));
        Some(crosscheck::workflow::cache::Cache::new(dir, rules.digest))
    }

    /// The config file's walk filter, with `--max-file-size` over its limit.
    fn walk_filter(&self) -> WalkFilter {
        let mut filter = self.filter.clone();
        if let Some(n) = self.max_file_size {
            filter.max_file_size = Some(n);
        }
        filter
    }
}

#[derive(clap::Args)]
struct RuleArgs {
    /// A folder of extra rule files (*.toml) that add to or override the default rules, and
    /// language files (lang/*.toml). Repeatable; later folders win.
    #[arg(long = "rules", value_name = "DIR")]
    rules: Vec<PathBuf>,
    /// The config file to use, instead of the nearest crosscheck.toml in the current folder
    /// or above it.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore any crosscheck.toml.
    #[arg(long)]
    no_config: bool,
    /// The config file in effect, read by `configure`.
    #[arg(skip)]
    loaded: Option<Config>,
}

impl RuleArgs {
    /// The rules: defaults, the config's `rule-dirs`, `--rules` folders, then the config's
    /// rule settings.
    fn load(&self) -> Result<RuleSet, Error> {
        let mut rules = RuleSet::load(&self.rules)?;
        if let Some(cfg) = &self.loaded {
            cfg.apply(&mut rules)?;
        }
        Ok(rules)
    }
}

#[derive(clap::Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Colour in text output: `auto` colours only on a terminal (and never with NO_COLOR).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Write the report to FILE instead of standard output (`-`: standard output).
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(clap::Args)]
struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    rules: RuleArgs,
    #[command(flatten)]
    output: OutputArgs,
    /// Exit with status 1 when a finding of this severity or above is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,
    /// Draft mode: the PATHS are drafts, checked against these sources; only findings that
    /// involve a draft are reported, with what the sources say and how many say it.
    #[arg(long, value_name = "SOURCES", num_args = 1..)]
    against: Vec<PathBuf>,
    /// Check everything, but report only the findings that involve articles changed since
    /// REF in git (added, edited or renamed on this branch since it left REF, staged,
    /// unstaged or untracked), each from the changed article's side. For pull requests:
    /// `--since origin/main`.
    #[arg(long, value_name = "REF", conflicts_with_all = ["against", "staged"])]
    since: Option<String>,
    /// As --since, for the files staged for the next commit (a pre-commit hook).
    #[arg(long, conflicts_with = "against")]
    staged: bool,
    /// Print how many findings each rule and each kind gave, instead of the findings.
    #[arg(long)]
    statistics: bool,
    /// Print the findings only: no summary line, no notes or progress on stderr.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    adopt: AdoptArgs,
}

#[derive(clap::Args)]
struct AdoptArgs {
    /// Report, and fail on, only what is new since this baseline file (see
    /// --write-baseline): a new disagreement, or an article carrying a reading the baseline
    /// does not record for it.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record the findings in FILE as a baseline (crosscheck-baseline/2: who carries which
    /// flagged reading) and exit 0. With --baseline OLD: record only what OLD accepts (to
    /// upgrade a /1 file, or drop entries nothing matches any more).
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Report findings that crosscheck-ignore markers in the articles silence.
    #[arg(long)]
    no_ignore_markers: bool,
}

#[derive(clap::Args)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    rules: RuleArgs,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(clap::Args)]
struct RulesArgs {
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(clap::Args)]
struct ExplainArgs {
    /// The rule id (see `crosscheck rules`).
    #[arg(value_name = "RULE")]
    rule: String,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// The diff-style report for people.
    Text,
    /// The JSON contracts (crosscheck-report/1, crosscheck-claims/1).
    Json,
    /// SARIF 2.1.0 (check only), for code-scanning dashboards.
    Sarif,
    /// GitHub Actions annotations (check only).
    Github,
    /// A Markdown summary for a pull-request comment or job summary (check only).
    Markdown,
    /// One self-contained HTML page for editors, to open in a browser (check only; use
    /// with --output FILE).
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Auto,
    Fr,
    En,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

/// How long a run goes before it shows a progress bar.
const PROGRESS_DELAY: Duration = Duration::from_millis(300);

fn palette(arg: ColorArg) -> Palette {
    let enabled = match arg {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    Palette { enabled }
}

fn lang_choice(arg: LangArg) -> LangChoice {
    match arg {
        LangArg::Auto => LangChoice::Auto,
        LangArg::Fr => LangChoice::Fixed("fr".into()),
        LangArg::En => LangChoice::Fixed("en".into()),
    }
}

fn main() -> ExitCode {
    no_huge_pages();
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match configure(cli, &matches).and_then(run) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crosscheck: error: {e}");
            ExitCode::from(2)
        }
    }
}

/// The command line as typed, for the reports that say what produced them: the program as
/// `crosscheck`, each argument quoted for a POSIX shell when it needs it.
fn command_line() -> String {
    let mut words = vec!["crosscheck".to_string()];
    for arg in std::env::args_os().skip(1) {
        let arg = arg.to_string_lossy();
        let plain = !arg.is_empty()
            && arg
                .chars()
                .all(|c| c.is_alphanumeric() || "-_./=:,+@%".contains(c));
        words.push(if plain {
            arg.into_owned()
        } else {
            format!("'{}'", arg.replace('\'', "'\\''"))
        });
    }
    words.join(" ")
}

fn print(s: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::Io {
            path: "<stdout>".into(),
            message: e.to_string(),
        }),
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Extract(args) => {
            let rules = args.rules.load()?;
            let corpus = load_corpus(&args.input, &rules)?;
            note_limits(&corpus, false);
            let out = match args.output.format {
                Format::Json => report::json::render_claims(&corpus),
                Format::Text => report::text::render_claims(&corpus, out_palette(&args.output)),
                Format::Sarif | Format::Github | Format::Markdown | Format::Html => {
                    return Err(Error::Usage(
                        "`extract` writes text or json; sarif, github, markdown and html are \
                         formats of `check`"
                            .into(),
                    ));
                }
            };
            emit(&out, &args.output)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(args) => {
            if args.statistics && !matches!(args.output.format, Format::Text | Format::Json) {
                return Err(Error::Usage(
                    "--statistics writes text or json; sarif, github, markdown and html are \
                     formats of the findings"
                        .into(),
                ));
            }
            let rules = args.rules.load()?;
            let baseline = args.adopt.baseline.as_deref();
            let baseline = baseline.map(Baseline::load).transpose()?;
            let change = read_change(&args)?;
            let (articles, drafts) = load_check_inputs(&args, &rules)?;
            let cache = args.input.cache(&rules);
            let (corpus, keys) =
                extract_with_progress(articles, &rules, cache.as_ref(), args.quiet)?;
            let mut report = match (&cache, keys) {
                (Some(cache), Some(keys)) => crosscheck::check_cached(corpus, &rules, cache, &keys),
                _ => crosscheck::check(corpus, &rules),
            };
            note_cache(cache.as_ref(), args.quiet);
            // The text report and the statistics say it in their summary.
            let summarised = matches!(args.output.format, Format::Text) || args.statistics;
            note_limits(&report.corpus, args.quiet || summarised);
            if adopt(
                &args.adopt,
                baseline.as_ref(),
                &mut report,
                &rules,
                args.quiet,
            )? {
                return Ok(ExitCode::SUCCESS);
            }
            if !args.against.is_empty() {
                crosscheck::workflow::draft::focus(&mut report, drafts);
            }
            focus_on_change(&change, args.quiet, &mut report);
            let out = match (args.output.format, args.statistics) {
                (Format::Json, true) => report::stats::render_json(&report),
                (_, true) => report::stats::render_text(&report),
                (Format::Json, false) => report::json::render_report(&report),
                (Format::Text, false) => {
                    let palette = out_palette(&args.output);
                    if args.quiet {
                        report::text::render_findings(&report, palette)
                    } else {
                        report::text::render_report(&report, palette)
                    }
                }
                (Format::Sarif, false) => report::sarif::render_report(&report, &rules),
                (Format::Github, false) => report::github::render_report(&report),
                (Format::Markdown, false) => report::markdown::render_report(&report),
                (Format::Html, false) => {
                    report::html::render_report(&report, &rules, &command_line())
                }
            };
            emit(&out, &args.output)?;
            let threshold = match args.fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Info => Some(Severity::Info),
                FailOn::Never => None,
            };
            let failed = threshold.is_some_and(|t| report.findings.iter().any(|f| f.severity >= t));
            Ok(if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Rules(args) => {
            let rules = args.rules.load()?;
            print(&report::text::render_rules(&rules))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain(args) => {
            let rules = args.rules.load()?;
            let rule = report::explain::find(&rules, &args.rule)?;
            print(&report::explain::render(rule))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The articles of a check, and which of them are drafts (all of them without `--against`).
fn load_check_inputs(
    args: &CheckArgs,
    rules: &RuleSet,
) -> Result<(Vec<Article>, BTreeSet<usize>), Error> {
    let choice = lang_choice(args.input.lang);
    let filter = &args.input.walk_filter();
    let mut articles = load_filtered(&args.input.paths, rules, &choice, filter, args.quiet)?;
    let drafts: BTreeSet<usize> = (0..articles.len()).collect();
    if args.against.is_empty() {
        return Ok((articles, drafts));
    }
    // A draft that sits in a sources folder is not its own source.
    let canonical = |p: &str| std::fs::canonicalize(p).ok();
    let draft_files: BTreeSet<PathBuf> =
        articles.iter().filter_map(|a| canonical(&a.path)).collect();
    let sources = load_filtered(&args.against, rules, &choice, filter, args.quiet)?;
    articles.extend(
        sources
            .into_iter()
            .filter(|a| canonical(&a.path).is_none_or(|p| !draft_files.contains(&p))),
    );
    disambiguate_ids(&mut articles);
    Ok((articles, drafts))
}

/// Extracts the claims, with a progress bar on stderr when that takes more than a moment on
/// a terminal (never with `--quiet`, never when stderr is redirected).
/// A note when the cache could not be written (once per run; --no-cache silences it).
fn note_cache(cache: Option<&crosscheck::workflow::cache::Cache>, quiet: bool) {
    if let Some(e) = cache.and_then(|c| c.write_error()).filter(|_| !quiet) {
        eprintln!("crosscheck: note: cache not written ({e}); --no-cache skips it");
    }
}

/// The claims of the articles (with their cache keys when there is a cache).
fn extract_with_progress(
    articles: Vec<Article>,
    rules: &RuleSet,
    cache: Option<&crosscheck::workflow::cache::Cache>,
    quiet: bool,
) -> Result<(Corpus, Option<Vec<String>>), Error> {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let total = articles.len() as u64;
    let show = !quiet && std::io::stderr().is_terminal() && total > 1;
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
    let started = Instant::now();
    let drawing = std::sync::atomic::AtomicBool::new(false);
    let progress = |done: usize| {
        bar.set_position(done as u64);
        if show
            && started.elapsed() > PROGRESS_DELAY
            && !drawing.swap(true, std::sync::atomic::Ordering::Relaxed)
        {
            bar.set_style(
                ProgressStyle::with_template("{spinner} reading articles {pos}/{len} {wide_bar}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    };
    let out = match cache {
        Some(cache) => crosscheck::extract_corpus_cached(
            articles,
            &rules.langs,
            &rules.places,
            cache,
            progress,
        )
        .map(|(c, keys)| (c, Some(keys))),
        None => crosscheck::extract_corpus_with(articles, &rules.langs, &rules.places, progress)
            .map(|c| (c, None)),
    };
    bar.finish_and_clear();
    purge_at_once_for(bytes);
    out
}

/// Text colours for the report: never in a file written with `--output`.
fn out_palette(args: &OutputArgs) -> Palette {
    match (&args.output, args.color) {
        (Some(p), ColorArg::Auto) if p.as_os_str() != "-" => Palette { enabled: false },
        _ => palette(args.color),
    }
}

/// The report to `--output FILE` (written beside it, then renamed over it) or to stdout.
fn emit(s: &str, args: &OutputArgs) -> Result<(), Error> {
    let Some(path) = args.output.as_ref().filter(|p| p.as_os_str() != "-") else {
        return print(s);
    };
    let io = |e: std::io::Error| Error::Io {
        path: crosscheck::error::display_path(path),
        message: format!("cannot write the report: {e}"),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io(std::io::Error::other("not a file name")))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let written = std::fs::write(&tmp, s).and_then(|_| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(())
}

/// Applies ignore markers and the baseline; writes the baseline when asked (then returns true:
/// nothing else to do).
fn adopt(
    args: &AdoptArgs,
    baseline: Option<&Baseline>,
    report: &mut crosscheck::Report,
    rules: &RuleSet,
    quiet: bool,
) -> Result<bool, Error> {
    if !args.no_ignore_markers {
        let ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
        for w in crosscheck::workflow::suppress::apply(report, &ids).warnings {
            eprintln!("crosscheck: warning: {w}");
        }
    }
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if let Some(path) = &args.write_baseline {
        let (baseline, left) = match baseline {
            Some(old) => crosscheck::workflow::baseline::accepted(report, old),
            None => (Baseline::from_report(report), 0),
        };
        baseline.write(path)?;
        let n = baseline.entries().len();
        eprintln!(
            "crosscheck: wrote {n} flagged reading{} to {}",
            s(n),
            display_path(path)
        );
        if left > 0 {
            eprintln!(
                "crosscheck: note: {left} finding{} with something the old baseline does not \
                 accept left out (run --write-baseline alone to accept them)",
                s(left)
            );
        }
        return Ok(true);
    }
    if let (Some(b), Some(path)) = (baseline, &args.baseline) {
        let verdict = crosscheck::workflow::baseline::filter(report, b);
        if quiet {
            return Ok(false);
        }
        let n = verdict.hidden;
        let mut line = format!(
            "crosscheck: {n} finding{} hidden by the baseline {}",
            s(n),
            display_path(path)
        );
        if verdict.narrowed > 0 {
            line.push_str(&format!(
                "; {} reported only for the articles with a reading it does not record",
                verdict.narrowed
            ));
        }
        eprintln!("{line}");
        if b.is_v1() {
            eprintln!(
                "crosscheck: note: {0} is a crosscheck-baseline/1 file, matched by fingerprint: \
                 a finding that any new article joins comes back. Upgrade it with \
                 `crosscheck check PATHS --baseline {0} --write-baseline {0}`",
                display_path(path)
            );
        }
    }
    Ok(false)
}

/// `--since REF` / `--staged`: the change and the files it touched (read before the
/// articles, so that a git error comes first), or None.
type ChangeSet = Option<(
    crosscheck::workflow::since::Change,
    crosscheck::workflow::since::Changed,
)>;

fn read_change(args: &CheckArgs) -> Result<ChangeSet, Error> {
    use crosscheck::workflow::since::{Change, changed};
    let change = match (&args.since, args.staged) {
        (Some(rev), _) => Change::Since(rev.clone()),
        (None, true) => Change::Staged,
        (None, false) => return Ok(None),
    };
    // The repository is the one holding the articles (the first path given), which need
    // not be the current folder's.
    let cwd =
        std::env::current_dir().map_err(|e| Error::Usage(format!("no current folder: {e}")))?;
    let dir = args
        .input
        .paths
        .first()
        .filter(|p| p.as_os_str() != "-")
        .map(|p| cwd.join(p))
        .map(|p| {
            if p.is_dir() {
                p
            } else {
                p.parent().map_or(cwd.clone(), |d| d.to_path_buf())
            }
        })
        .filter(|p| p.is_dir())
        .unwrap_or(cwd);
    let files = changed(&dir, &change)?;
    Ok(Some((change, files)))
}

/// Keeps the findings that cite a claim on a line the change touched, from the side of its
/// article.
fn focus_on_change(change: &ChangeSet, quiet: bool, report: &mut crosscheck::Report) {
    let Some((change, files)) = change else {
        return;
    };
    let lines: Vec<Option<&crosscheck::workflow::since::Lines>> = report
        .corpus
        .articles
        .iter()
        .map(|a| {
            std::fs::canonicalize(&a.path)
                .ok()
                .and_then(|p| files.get(&p))
        })
        .collect();
    if !quiet {
        let n = lines.iter().filter(|l| l.is_some()).count();
        eprintln!(
            "crosscheck: {n} of the articles checked {} {}",
            if n == 1 { "was" } else { "were" },
            change.describe()
        );
    }
    let corpus = &report.corpus;
    let touched: Vec<bool> = corpus
        .claims
        .iter()
        .map(|c| {
            lines[c.article]
                .is_some_and(|l| l.contains(corpus.articles[c.article].line_col(c.span.start).0))
        })
        .collect();
    crosscheck::workflow::draft::focus_on(report, |claim| touched[claim]);
}

/// A note on stderr saying what the input limits cut short, if anything (unless `quiet`).
fn note_limits(corpus: &Corpus, quiet: bool) {
    if let Some(cut) = report::limits_text(&corpus.limits).filter(|_| !quiet) {
        eprintln!("crosscheck: note: cut short: {cut}");
    }
}

fn load_corpus(input: &InputArgs, rules: &RuleSet) -> Result<Corpus, Error> {
    let choice = lang_choice(input.lang);
    let articles = load_filtered(&input.paths, rules, &choice, &input.walk_filter(), false)?;
    let cache = input.cache(rules);
    let corpus = extract_with_progress(articles, rules, cache.as_ref(), true)?.0;
    note_cache(cache.as_ref(), false);
    Ok(corpus)
}

/// Reads the articles of `paths`, walking folders through the config's globs; notes about
/// skipped files go to stderr unless `quiet`.
fn load_filtered(
    paths: &[PathBuf],
    rules: &RuleSet,
    choice: &LangChoice,
    filter: &WalkFilter,
    quiet: bool,
) -> Result<Vec<Article>, Error> {
    let loaded = load_paths(paths, &rules.langs, choice, filter)?;
    if !quiet {
        for note in &loaded.notes {
            eprintln!("crosscheck: note: {note}");
        }
    }
    if loaded.articles.is_empty() {
        // Every file named was skipped: a check of nothing must not pass as a clean one.
        let why = if quiet {
            "run without --quiet to see why"
        } else {
            "see the notes above"
        };
        return Err(Error::Usage(format!(
            "no article to read: every file found was skipped ({why})"
        )));
    }
    Ok(loaded.articles)
}

/// Reads the config file (`--config`, or the nearest crosscheck.toml unless `--no-config`)
/// and sets what it says where the command line does not: flags win over the file.
fn configure(mut cli: Cli, matches: &clap::ArgMatches) -> Result<Cli, Error> {
    let Some((_, sub)) = matches.subcommand() else {
        return Ok(cli);
    };
    let given = |id: &str| sub.value_source(id) == Some(ValueSource::CommandLine);
    let (rules, input, output, fail_on) = match &mut cli.command {
        Command::Check(a) => (
            &mut a.rules,
            Some(&mut a.input),
            Some(&mut a.output),
            Some(&mut a.fail_on),
        ),
        Command::Extract(a) => (&mut a.rules, Some(&mut a.input), Some(&mut a.output), None),
        Command::Rules(a) => (&mut a.rules, None, None, None),
        Command::Explain(a) => (&mut a.rules, None, None, None),
    };
    let Some(cfg) = crosscheck::workflow::config::find(rules.config.as_deref(), rules.no_config)?
    else {
        return Ok(cli);
    };
    let mut dirs = cfg.rule_dirs.clone();
    dirs.append(&mut rules.rules);
    rules.rules = dirs;
    // Every value is checked, also those the command line overrides.
    let lang: Option<LangArg> = cfg
        .lang
        .as_ref()
        .map(|s| setting(&cfg, s, "lang"))
        .transpose()?;
    let format: Option<Format> = cfg
        .format
        .as_ref()
        .map(|s| setting(&cfg, s, "format"))
        .transpose()?;
    let fail: Option<FailOn> = cfg
        .fail_on
        .as_ref()
        .map(|s| setting(&cfg, s, "fail-on"))
        .transpose()?;
    if let Some(input) = input {
        input.filter = cfg.filter.clone();
        input.config_cache_dir = Some(
            cfg.cache_dir
                .clone()
                .unwrap_or_else(|| cfg.dir.join(crosscheck::workflow::cache::DEFAULT_DIR)),
        );
        if let Some(v) = lang
            && !given("lang")
        {
            input.lang = v;
        }
    }
    if let (Some(output), Some(v)) = (output, format)
        && !given("format")
    {
        output.format = v;
    }
    if let (Some(fail_on), Some(v)) = (fail_on, fail)
        && !given("fail_on")
    {
        *fail_on = v;
    }
    rules.loaded = Some(cfg);
    Ok(cli)
}

/// A config value read as one of the command line's values for the same flag.
fn setting<T: ValueEnum>(
    cfg: &Config,
    s: &crosscheck::workflow::config::Setting,
    key: &str,
) -> Result<T, Error> {
    T::from_str(&s.value, false).map_err(|_| {
        let known: Vec<String> = T::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value())
            .map(|p| p.get_name().to_string())
            .collect();
        cfg.error_at(
            s.span.clone(),
            format!(
                "unknown `{key}` value `{}` (expected {})",
                s.value,
                known.join(", ")
            ),
        )
    })
}
