//! The `crosscheck` command line: parses arguments, calls the library, prints, and maps
//! outcomes to exit codes (0 clean, 1 findings at or above `--fail-on`, 2 usage, input or rule
//! errors).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crosscheck::Corpus;
use crosscheck::baseline::Baseline;
use crosscheck::error::{Error, display_path};
use crosscheck::load::{LangChoice, load_inputs};
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
    #[command(flatten)]
    adopt: AdoptArgs,
}

#[derive(clap::Args)]
struct AdoptArgs {
    /// Hide the findings listed in this baseline file (see --write-baseline); report, and fail
    /// on, only new ones.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    baseline: Option<PathBuf>,
    /// Write the findings to FILE as a baseline (crosscheck-baseline/1) and exit 0.
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
            let baseline = args.adopt.baseline.as_deref();
            let baseline = baseline.map(Baseline::load).transpose()?;
            let corpus = load_corpus(&args.input, &rules)?;
            let mut report = crosscheck::check(corpus, &rules);
            if adopt(&args.adopt, baseline.as_ref(), &mut report, &rules)? {
                return Ok(ExitCode::SUCCESS);
            }
            let out = match args.output.format {
                Format::Json => report::json::render_report(&report),
                Format::Text => report::text::render_report(&report, palette(args.output.color)),
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

/// Applies ignore markers and the baseline; writes the baseline when asked (then returns true:
/// nothing else to do).
fn adopt(
    args: &AdoptArgs,
    baseline: Option<&Baseline>,
    report: &mut crosscheck::Report,
    rules: &RuleSet,
) -> Result<bool, Error> {
    if !args.no_ignore_markers {
        let ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
        for w in crosscheck::suppress::apply(report, &ids).warnings {
            eprintln!("crosscheck: warning: {w}");
        }
    }
    if let Some(path) = &args.write_baseline {
        Baseline::from_report(report).write(path)?;
        let n = report.findings.len();
        let s = if n == 1 { "" } else { "s" };
        eprintln!("crosscheck: wrote {n} finding{s} to {}", display_path(path));
        return Ok(true);
    }
    if let (Some(b), Some(path)) = (baseline, &args.baseline) {
        let n = crosscheck::baseline::filter(report, b);
        let s = if n == 1 { "" } else { "s" };
        eprintln!(
            "crosscheck: {n} finding{s} hidden by the baseline {}",
            display_path(path)
        );
    }
    Ok(false)
}

fn load_corpus(input: &InputArgs, rules: &RuleSet) -> Result<Corpus, Error> {
    let articles = load_inputs(&input.paths, &rules.langs, &lang_choice(input.lang))?;
    crosscheck::extract_corpus(articles, &rules.langs, &rules.places)
}
