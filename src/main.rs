//! The `crosscheck` command line: parses arguments, calls the library, prints, and maps
//! outcomes to exit codes (0 clean, 1 findings at or above `--fail-on`, 2 usage, input or rule
//! errors).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crosscheck::Corpus;
use crosscheck::error::Error;
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
                Format::Text => report::text::render_claims(&corpus, out_palette(&args.output)),
                Format::Sarif | Format::Github | Format::Markdown => {
                    return Err(Error::Usage(
                        "`extract` writes text or json; sarif, github and markdown are \
                         formats of `check`"
                            .into(),
                    ));
                }
            };
            emit(&out, &args.output)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(args) => {
            let rules = RuleSet::load(&args.rules.rules)?;
            let corpus = load_corpus(&args.input, &rules)?;
            let report = crosscheck::check(corpus, &rules);
            let out = match args.output.format {
                Format::Json => report::json::render_report(&report),
                Format::Text => report::text::render_report(&report, out_palette(&args.output)),
                Format::Sarif => report::sarif::render_report(&report, &rules),
                Format::Github => report::github::render_report(&report),
                Format::Markdown => report::markdown::render_report(&report),
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
            let rules = RuleSet::load(&args.rules.rules)?;
            print(&report::text::render_rules(&rules))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain(args) => {
            let rules = RuleSet::load(&args.rules.rules)?;
            let rule = report::explain::find(&rules, &args.rule)?;
            print(&report::explain::render(rule))?;
            Ok(ExitCode::SUCCESS)
        }
    }
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

fn load_corpus(input: &InputArgs, rules: &RuleSet) -> Result<Corpus, Error> {
    let articles = load_inputs(&input.paths, &rules.langs, &lang_choice(input.lang))?;
    crosscheck::extract_corpus(articles, &rules.langs, &rules.places)
}
