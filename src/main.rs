//! The `crosscheck` command line: parses arguments, calls the library, prints, and maps
//! outcomes to exit codes (0 clean, 1 findings at or above `--fail-on`, 2 usage, input or rule
//! errors).

use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crosscheck::Corpus;
use crosscheck::error::Error;
use crosscheck::load::{Article, LangChoice, disambiguate_ids, load_inputs};
use crosscheck::model::Severity;
use crosscheck::report;
use crosscheck::report::text::Palette;
use crosscheck::rules::RuleSet;

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
}

#[derive(clap::Args)]
struct RuleArgs {
    /// A folder of extra rule files (*.toml) that add to or override the default rules, and
    /// language files (lang/*.toml). Repeatable; later folders win.
    #[arg(long = "rules", value_name = "DIR")]
    rules: Vec<PathBuf>,
}

#[derive(clap::Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Colour in text output: `auto` colours only on a terminal (and never with NO_COLOR).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
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
    /// Print how many findings each rule and each kind gave, instead of the findings.
    #[arg(long)]
    statistics: bool,
    /// Print the findings only: no summary line, no notes or progress on stderr.
    #[arg(short, long)]
    quiet: bool,
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

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
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
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crosscheck: error: {e}");
            ExitCode::from(2)
        }
    }
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
            let rules = RuleSet::load(&args.rules.rules)?;
            let corpus = load_corpus(&args.input, &rules)?;
            let out = match args.output.format {
                Format::Json => report::json::render_claims(&corpus),
                Format::Text => report::text::render_claims(&corpus, palette(args.output.color)),
            };
            print(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(args) => {
            let rules = RuleSet::load(&args.rules.rules)?;
            let (articles, drafts) = load_check_inputs(&args, &rules)?;
            let corpus = extract_with_progress(articles, &rules, args.quiet)?;
            let mut report = crosscheck::check(corpus, &rules);
            if !args.against.is_empty() {
                crosscheck::draft::focus(&mut report, &drafts);
            }
            let out = match (args.output.format, args.statistics) {
                (Format::Json, true) => report::stats::render_json(&report),
                (Format::Text, true) => report::stats::render_text(&report),
                (Format::Json, false) => report::json::render_report(&report),
                (Format::Text, false) => {
                    let text = report::text::render_report(&report, palette(args.output.color));
                    if args.quiet {
                        quiet_text(&text, &report)
                    } else {
                        text
                    }
                }
            };
            print(&out)?;
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
            let rules = RuleSet::load(&args.rules.rules)?;
            print(&report::text::render_rules(&rules))?;
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
    let mut articles = load_inputs(&args.input.paths, &rules.langs, &choice)?;
    let drafts: BTreeSet<usize> = (0..articles.len()).collect();
    if args.against.is_empty() {
        return Ok((articles, drafts));
    }
    // A draft that sits in a sources folder is not its own source.
    let canonical = |p: &str| std::fs::canonicalize(p).ok();
    let draft_files: BTreeSet<PathBuf> =
        articles.iter().filter_map(|a| canonical(&a.path)).collect();
    let sources = load_inputs(&args.against, &rules.langs, &choice)?;
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
fn extract_with_progress(
    articles: Vec<Article>,
    rules: &RuleSet,
    quiet: bool,
) -> Result<Corpus, Error> {
    let total = articles.len() as u64;
    let show = !quiet && std::io::stderr().is_terminal() && total > 1;
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
    let started = Instant::now();
    let mut drawing = false;
    let corpus = crosscheck::extract_corpus_with(articles, &rules.langs, &rules.places, |done| {
        bar.set_position(done as u64);
        if show && !drawing && started.elapsed() > PROGRESS_DELAY {
            drawing = true;
            bar.set_style(
                ProgressStyle::with_template("{spinner} reading articles {pos}/{len} {wide_bar}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    });
    bar.finish_and_clear();
    corpus
}

/// The text report without its summary line.
fn quiet_text(text: &str, report: &crosscheck::Report) -> String {
    if report.findings.is_empty() {
        return String::new();
    }
    match text.trim_end_matches('\n').rfind('\n') {
        Some(i) => text[..=i].to_string(),
        None => String::new(),
    }
}

fn load_corpus(input: &InputArgs, rules: &RuleSet) -> Result<Corpus, Error> {
    let articles = load_inputs(&input.paths, &rules.langs, &lang_choice(input.lang))?;
    crosscheck::extract_corpus(articles, &rules.langs, &rules.places)
}
