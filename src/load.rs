//! Loading articles: files, folders, stdin, encodings, front matter, language → `Article`.
//!
//! This module owns everything that touches the file system on the way in. Folders are walked
//! recursively for `.txt`, `.md` and `.markdown` files the way ripgrep walks (the `ignore`
//! crate): in sorted order, respecting `.gitignore` and `.ignore` files, skipping hidden
//! entries, binary files (with a note) and symlink loops (with a note). A file must be UTF-8
//! text: a NUL byte means binary, an invalid sequence is reported with its line. Markdown files (and stdin) may open
//! with a front matter block whose keys set the article's metadata. Offsets everywhere refer to
//! the file's bytes, front matter included.

use rayon::prelude::*;
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, display_path, line_of};
use crate::knowledge::lang::Languages;
use crate::model::{Article, LineIndex};
use crate::model::{DatePoint, Span};

/// Files larger than this (10 MiB) are skipped with a note unless `--max-file-size` or the
/// config's `max-file-size` says otherwise. News articles weigh kilobytes; a file of megabytes
/// is an export, a dump or a mistake, and would cost seconds.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// How to choose each article's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LangChoice {
    /// The front matter's `lang`, else detection.
    Auto,
    /// The front matter's `lang`, else this code.
    Fixed(String),
}

/// The extensions of the files read when walking a folder (an explicit file is always read).
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// How many leading bytes of a file found by walking are looked at for a NUL byte.
const BINARY_PROBE: usize = 8 * 1024;

/// Which files a folder walk keeps, beyond the `.gitignore` / `.ignore` files and hidden
/// entries that are always skipped: the `include` / `exclude` globs of a config file, matched
/// against paths relative to `base` (the config file's folder). Files outside `base` are not
/// filtered.
#[derive(Debug, Clone, Default)]
pub struct WalkFilter {
    /// Absolute folder the globs are relative to.
    pub base: PathBuf,
    /// When set, a file found by walking is read only if it matches.
    pub include: Option<globset::GlobSet>,
    /// Files and folders found by walking that match are skipped.
    pub exclude: Option<globset::GlobSet>,
    /// Files larger than this many bytes, walked or named, are skipped with a note (None:
    /// `DEFAULT_MAX_FILE_SIZE`). The one setting here that is not about the walk.
    pub max_file_size: Option<u64>,
}

impl WalkFilter {
    /// The path relative to `base`, if it is inside it (`cwd`: the current folder, absolute).
    fn relative(&self, cwd: &Path, path: &Path) -> Option<PathBuf> {
        let abs = if path.is_absolute() {
            path.to_path_buf()
        } else {
            cwd.join(path)
        };
        let mut clean = PathBuf::new();
        for c in abs.components() {
            match c {
                std::path::Component::CurDir => {}
                std::path::Component::ParentDir => {
                    clean.pop();
                }
                other => clean.push(other),
            }
        }
        clean.strip_prefix(&self.base).ok().map(Path::to_path_buf)
    }

    fn excluded(&self, cwd: &Path, path: &Path) -> bool {
        let Some(set) = &self.exclude else {
            return false;
        };
        self.relative(cwd, path)
            .is_some_and(|rel| set.is_match(&rel))
    }

    fn included(&self, cwd: &Path, path: &Path) -> bool {
        let Some(set) = &self.include else {
            return true;
        };
        self.relative(cwd, path)
            .is_none_or(|rel| set.is_match(&rel))
    }
}

/// Articles read, and the notes about files skipped on the way (binary files, symlink loops),
/// for the caller to show.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub notes: Vec<String>,
}

/// Where a file to read comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    Stdin,
    Explicit,
    /// Found by walking the folder `inputs[i]`.
    Walked(usize),
}

/// Reads all articles named by `inputs` (files, folders, or `-` for stdin). Folders are walked
/// the way ripgrep does (see `walk`), filtered by `filter`; explicit files are always read.
pub fn load_paths(
    inputs: &[PathBuf],
    langs: &Languages,
    choice: &LangChoice,
    filter: &WalkFilter,
) -> Result<Loaded, Error> {
    let mut files: Vec<(PathBuf, Origin)> = Vec::new();
    let mut notes = Vec::new();
    let mut stdin_used = false;
    let mut folders = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        if input.as_os_str() == "-" {
            if stdin_used {
                return Err(Error::Usage("`-` (stdin) can be given only once".into()));
            }
            stdin_used = true;
            files.push((input.clone(), Origin::Stdin));
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|e| Error::io(input, &e))?;
        if meta.is_dir() {
            folders.push(i);
            for path in walk(input, filter, &mut notes)? {
                files.push((path, Origin::Walked(i)));
            }
        } else {
            files.push((input.clone(), Origin::Explicit));
        }
    }
    let limit = filter.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE);
    let mut found = vec![false; inputs.len()];
    for (_, origin) in &files {
        // A folder with an article file is not empty, even when that file is skipped below:
        // the notes then say why nothing was read.
        if let Origin::Walked(i) = origin {
            found[*i] = true;
        }
    }
    // Files are read and parsed on all cores, then taken in order: the same articles, notes
    // and first error as one by one.
    let read: Vec<Result<FileRead, Error>> = files
        .par_iter()
        .map(|(path, origin)| read_article(path, *origin, limit, langs, choice))
        .collect();
    let mut articles = Vec::with_capacity(files.len());
    for r in read {
        let FileRead { article, note } = r?;
        notes.extend(note);
        articles.extend(article);
    }
    if let Some(&i) = folders.iter().find(|&&i| !found[i]) {
        return Err(Error::NoArticles {
            path: display_path(&inputs[i]),
        });
    }
    disambiguate_ids(&mut articles);
    Ok(Loaded { articles, notes })
}

/// What reading one file gave: its article, or a note saying why it was skipped (or both, for
/// an empty article).
struct FileRead {
    article: Option<Article>,
    note: Option<String>,
}

/// Reads and parses one file of `load_paths`.
fn read_article(
    path: &Path,
    origin: Origin,
    limit: u64,
    langs: &Languages,
    choice: &LangChoice,
) -> Result<FileRead, Error> {
    let skip = |note: String| {
        Ok(FileRead {
            article: None,
            note: Some(note),
        })
    };
    let is_stdin = origin == Origin::Stdin;
    let name = if is_stdin {
        "-".to_string()
    } else {
        display_path(path)
    };
    let over = |size: Option<u64>| {
        let (what, size) = match size {
            Some(n) => (name.clone(), human_size(n)),
            None if is_stdin => ("standard input".to_string(), "it".to_string()),
            None => (name.clone(), "it".to_string()),
        };
        format!(
            "skipping {what}: {size} is over the size limit of {} (--max-file-size)",
            human_size(limit)
        )
    };
    let bytes = if is_stdin {
        read_at_most(std::io::stdin().lock(), limit, 0)
            .map_err(|e| Error::io(Path::new("<stdin>"), &e))?
    } else {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, &e))?;
        if !meta.is_file() {
            // A FIFO may have no writer and a device no end: neither is read.
            return skip(format!(
                "skipping {name}: not a regular file ({}); give its text on standard \
                 input with `-`",
                file_kind(&meta)
            ));
        }
        if meta.len() > limit {
            return skip(over(Some(meta.len())));
        }
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
        read_at_most(file, limit, meta.len()).map_err(|e| Error::io(path, &e))?
    };
    let Some(bytes) = bytes else {
        return skip(over(None));
    };
    if let Origin::Walked(_) = origin {
        // A binary file found by walking is skipped; named explicitly, it is an error.
        if utf16_order(&bytes).is_none() && bytes[..bytes.len().min(BINARY_PROBE)].contains(&0) {
            return skip(format!("skipping binary file {name}"));
        }
    }
    let markdown = is_stdin
        || path
            .extension()
            .is_some_and(|e| e == "md" || e == "markdown");
    let stem = if is_stdin {
        "stdin".to_string()
    } else {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone())
    };
    let article = parse_article(&name, &stem, bytes, markdown, langs, choice)?;
    let note = article.text[article.body.start..]
        .trim()
        .is_empty()
        .then(|| format!("{name} is empty: it has no claims"));
    Ok(FileRead {
        article: Some(article),
        note,
    })
}

/// Reads `reader` to its end, or returns None as soon as it gives more than `limit` bytes.
/// `size` is what the file's metadata says it holds: the buffer is made that large at once
/// (a byte more, so that reading the end needs no second buffer), not doubled as it fills,
/// which left a third of the corpus's memory unused.
fn read_at_most(reader: impl Read, limit: u64, size: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::with_capacity(usize::try_from(size.min(limit)).unwrap_or(0) + 1);
    reader.take(limit.saturating_add(1)).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= limit).then_some(buf))
}

/// A size in bytes as people read it: `512 bytes`, `1.5 KiB`, `10 MiB`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut v = bytes as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    let digits = if v.fract() == 0.0 { 0 } else { 1 };
    format!("{v:.digits$} {}", UNITS[unit])
}

/// Parses a size as `--max-file-size` takes it: bytes, or a number with a `K`, `M` or `G`
/// suffix (powers of 1024, as ripgrep reads them; `KB`, `MiB` and lowercase also read).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(digits);
    let not_a_size =
        || format!("`{s}` is not a size (expected bytes or a number with K, M or G: 10M)");
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(not_a_size()),
    };
    let n: f64 = num.parse().map_err(|_| not_a_size())?;
    let bytes = n * factor as f64;
    if !bytes.is_finite() || bytes < 1.0 || bytes > u64::MAX as f64 {
        return Err(format!("`{s}` is not a usable size (at least 1 byte)"));
    }
    Ok(bytes as u64)
}

/// What a path that is neither a file nor a folder is, in a note.
#[cfg(unix)]
fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "neither a file nor a folder"
    }
}

#[cfg(not(unix))]
fn file_kind(_meta: &std::fs::Metadata) -> &'static str {
    "neither a file nor a folder"
}

/// The byte order of a text opening with a UTF-16 byte-order mark: Some(true) for little
/// endian (`FF FE`), Some(false) for big endian (`FE FF`).
fn utf16_order(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFF, 0xFE, ..] if !bytes.starts_with(&[0xFF, 0xFE, 0, 0]) => Some(true),
        [0xFE, 0xFF, ..] => Some(false),
        _ => None,
    }
}

/// A UTF-16 text (after its byte-order mark) as UTF-8, or the byte offset of its first
/// invalid unit (an unpaired surrogate, or an odd last byte).
fn decode_utf16(bytes: &[u8], little: bool) -> Result<String, usize> {
    let body = &bytes[2..];
    if body.len() % 2 == 1 {
        return Err(bytes.len() - 1);
    }
    let units = body.chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut out = String::with_capacity(body.len());
    // The byte offset of the next unit.
    let mut at = 2;
    for c in char::decode_utf16(units) {
        let c = c.map_err(|_| at)?;
        out.push(c);
        at += 2 * c.len_utf16();
    }
    Ok(out)
}

/// The article files under `dir`, the way ripgrep finds files: `.gitignore` (also outside a
/// git repository), `.ignore` and git's exclude files are respected, hidden files and folders
/// are skipped, symlinks are followed but a symlink loop is skipped with a note, and a file
/// reached twice (through two links) is read once. Only `.txt`, `.md` and `.markdown` files,
/// in path order.
fn walk(dir: &Path, filter: &WalkFilter, notes: &mut Vec<String>) -> Result<Vec<PathBuf>, Error> {
    let mut builder = ignore::WalkBuilder::new(dir);
    builder
        .standard_filters(true)
        .require_git(false)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b));
    let cwd = std::env::current_dir().unwrap_or_default();
    let (exclude, exclude_cwd) = (filter.clone(), cwd.clone());
    builder.filter_entry(move |e| e.depth() == 0 || !exclude.excluded(&exclude_cwd, e.path()));
    let mut out = Vec::new();
    let mut seen = HashSet::default();
    for entry in builder.build() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => match walk_error(&e) {
                WalkError::Loop(path) => {
                    notes.push(format!("skipping symlink loop {}", display_path(&path)));
                    continue;
                }
                // A dangling symlink names no article.
                WalkError::NotFound => continue,
                WalkError::Other(path, message) => {
                    return Err(Error::Io {
                        path: display_path(path.as_deref().unwrap_or(dir)),
                        message,
                    });
                }
            },
        };
        if let Some(e) = entry.error() {
            // A malformed line in an ignore file: the rest of the file still applies.
            notes.push(format!("{e}"));
        }
        let path = entry.path();
        let is_file = entry.file_type().is_some_and(|t| t.is_file());
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e));
        if !wanted || !filter.included(&cwd, path) {
            continue;
        }
        if !is_file {
            // A FIFO, socket or device named like an article: reading it could block forever.
            if let Ok(meta) = std::fs::metadata(path)
                && !meta.is_dir()
            {
                notes.push(format!(
                    "skipping {}: not a regular file ({})",
                    display_path(path),
                    file_kind(&meta)
                ));
            }
            continue;
        }
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if seen.insert(key) {
            out.push(entry.into_path());
        }
    }
    Ok(out)
}

enum WalkError {
    Loop(PathBuf),
    NotFound,
    Other(Option<PathBuf>, String),
}

fn walk_error(e: &ignore::Error) -> WalkError {
    let mut path = None;
    let mut cur = e;
    loop {
        match cur {
            ignore::Error::WithPath { path: p, err } => {
                path = Some(p.clone());
                cur = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                cur = err;
            }
            ignore::Error::Loop { child, .. } => return WalkError::Loop(child.clone()),
            ignore::Error::Io(io) if io.kind() == std::io::ErrorKind::NotFound => {
                return WalkError::NotFound;
            }
            ignore::Error::Io(io) => {
                let message = match io.kind() {
                    std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                    _ => io.to_string(),
                };
                return WalkError::Other(path, message);
            }
            other => return WalkError::Other(path, other.to_string()),
        }
    }
}

/// Two files with the same name in different folders get their path (without extension) as id.
pub fn disambiguate_ids(articles: &mut [Article]) {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for a in articles.iter() {
        *count.entry(a.id.clone()).or_default() += 1;
    }
    for a in articles.iter_mut() {
        if count[&a.id] > 1 {
            let p = a.path.as_str();
            a.id = p.rsplit_once('.').map_or(p, |(s, _)| s).to_string();
        }
    }
}

/// Builds an article from a file's bytes: checks the encoding, reads the front matter, settles
/// the language.
pub fn parse_article(
    path: &str,
    stem: &str,
    bytes: Vec<u8>,
    markdown: bool,
    langs: &Languages,
    choice: &LangChoice,
) -> Result<Article, Error> {
    // UTF-16 (as Windows tools write it) is decoded; offsets then refer to its UTF-8 text.
    let bytes = match utf16_order(&bytes) {
        Some(little) => decode_utf16(&bytes, little)
            .map_err(|offset| Error::NotUtf16 {
                path: path.to_string(),
                offset,
            })?
            .into_bytes(),
        None => bytes,
    };
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.to_string(),
            offset,
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            return Err(Error::NotUtf8 {
                path: path.to_string(),
                line: line_of(e.as_bytes(), offset),
                offset,
            });
        }
    };
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let (meta, body_start) = if markdown {
        front_matter(path, &text, bom)?
    } else {
        (FrontMatter::default(), bom)
    };
    let body = Span::new(body_start, text.len());
    let lang = match (&meta.lang, choice) {
        (Some((code, line)), _) => {
            if langs.get(code).is_none() {
                return Err(Error::FrontMatter {
                    path: path.to_string(),
                    line: *line,
                    message: format!(
                        "unknown language `{code}` (known: {})",
                        langs.codes().join(", ")
                    ),
                });
            }
            code.clone()
        }
        (None, LangChoice::Fixed(code)) => code.clone(),
        (None, LangChoice::Auto) => langs.detect(&text[body.start..body.end]).code().to_string(),
    };
    // Without front matter, a short first line that is not a sentence is the headline.
    let title = meta.title.or_else(|| {
        let first = text[body.start..]
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())?;
        let sentence = first.ends_with(['.', '!', '?', '…', ':', ';', ',']);
        (!sentence && first.chars().count() <= 150).then(|| first.to_string())
    });
    Ok(Article {
        id: meta.id.unwrap_or_else(|| stem.to_string()),
        path: path.to_string(),
        lines: LineIndex::new(&text),
        body,
        lang,
        date: meta.date,
        title,
        source: meta.source,
        url: meta.url,
        text,
    })
}

#[derive(Debug, Default)]
struct FrontMatter {
    id: Option<String>,
    title: Option<String>,
    date: Option<DatePoint>,
    lang: Option<(String, usize)>,
    source: Option<String>,
    url: Option<String>,
}

/// Reads a `---` ... `---` block of `key: value` lines at the start of `text`. Returns the
/// metadata and the byte offset where the body starts. Keys other than the known ones are
/// ignored, as are indented lines and list items (other tools' nested values).
fn front_matter(path: &str, text: &str, from: usize) -> Result<(FrontMatter, usize), Error> {
    let rest = &text[from..];
    let first_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    if rest[..first_end].trim_end() != "---" {
        return Ok((FrontMatter::default(), from));
    }
    let block_start = from + first_end;
    let closed = text[block_start..]
        .split_inclusive('\n')
        .any(|l| l.trim_end() == "---");
    if !closed {
        return Err(Error::FrontMatter {
            path: path.to_string(),
            line: 1,
            message: "the block opened by `---` on line 1 is never closed by a `---` line".into(),
        });
    }
    let mut meta = FrontMatter::default();
    let mut pos = block_start;
    let mut line_no = 1;
    let err = |line: usize, message: String| Error::FrontMatter {
        path: path.to_string(),
        line,
        message,
    };
    loop {
        line_no += 1;
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..end].trim_end_matches(['\n', '\r']);
        pos = end;
        if line.trim_end() == "---" {
            break;
        }
        if line.trim().is_empty() || line.starts_with([' ', '\t', '#']) || line.starts_with("- ") {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(err(
                line_no,
                format!("expected `key: value`, found `{line}`"),
            ));
        };
        let key = key.trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            return Err(err(
                line_no,
                format!("expected `key: value`, found `{line}`"),
            ));
        }
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        match key {
            "id" => meta.id = Some(value),
            "title" => meta.title = Some(value),
            "source" => meta.source = Some(value),
            "url" => meta.url = Some(value),
            "lang" => meta.lang = Some((value.to_lowercase(), line_no)),
            "date" => {
                meta.date = Some(parse_iso_date(&value).ok_or_else(|| {
                    err(
                        line_no,
                        format!("date `{value}` is not an ISO date (expected YYYY-MM-DD)"),
                    )
                })?)
            }
            _ => {}
        }
    }
    Ok((meta, pos))
}

fn unquote(v: &str) -> String {
    let b = v.as_bytes();
    if b.len() >= 2 && (b[0] == b'"' || b[0] == b'\'') && b[b.len() - 1] == b[0] {
        v[1..v.len() - 1].to_string()
    } else {
        v.to_string()
    }
}

/// `2018-01-16`, or the date part of `2018-01-16T10:00:00Z` / `2018-01-16 10:00`.
pub fn parse_iso_date(s: &str) -> Option<DatePoint> {
    let date = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', ' '])) {
        return None;
    }
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i32, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || d == 0 || d > crate::knowledge::calendar::days_in_month(y, m) {
        return None;
    }
    Some(DatePoint::ymd(y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Languages {
        Languages::embedded().unwrap()
    }

    fn md(text: &str) -> Result<Article, Error> {
        parse_article(
            "a.md",
            "a",
            text.as_bytes().to_vec(),
            true,
            &langs(),
            &LangChoice::Auto,
        )
    }

    #[test]
    fn front_matter_sets_metadata_and_offsets_stay_file_based() {
        let a = md("---\nid: x1\ntitle: \"Hello\"\ndate: 2024-04-18\nlang: en\ntags:\n  - a\n---\nBody text.\n").unwrap();
        assert_eq!(a.id, "x1");
        assert_eq!(a.title.as_deref(), Some("Hello"));
        assert_eq!(a.date, Some(DatePoint::ymd(2024, 4, 18)));
        assert_eq!(a.lang, "en");
        assert_eq!(&a.text[a.body.start..a.body.start + 4], "Body");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = md("---\ntitle: x\nBody\n").unwrap_err().to_string();
        assert!(e.starts_with("a.md:1: malformed front matter"), "{e}");
    }

    #[test]
    fn bad_date_and_lang_name_their_line() {
        let e = md("---\ntitle: x\ndate: 16/01/2018\n---\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("a.md:3: malformed front matter"), "{e}");
        let e = md("---\nlang: xx\n---\n").unwrap_err().to_string();
        assert!(
            e.contains("a.md:2:") && e.contains("unknown language `xx`"),
            "{e}"
        );
        let e = md("---\njust words\n---\n").unwrap_err().to_string();
        assert!(
            e.contains("a.md:2:") && e.contains("expected `key: value`"),
            "{e}"
        );
    }

    #[test]
    fn binary_and_invalid_utf8_are_refused() {
        let l = langs();
        let e = parse_article(
            "b.txt",
            "b",
            b"ab\0cd".to_vec(),
            false,
            &l,
            &LangChoice::Auto,
        )
        .unwrap_err();
        assert!(matches!(e, Error::Binary { offset: 2, .. }));
        let e = parse_article(
            "c.txt",
            "c",
            b"ok\nbad \xff".to_vec(),
            false,
            &l,
            &LangChoice::Auto,
        )
        .unwrap_err();
        assert!(
            matches!(
                e,
                Error::NotUtf8 {
                    line: 2,
                    offset: 7,
                    ..
                }
            ),
            "{e}"
        );
    }

    #[test]
    fn iso_dates() {
        assert_eq!(
            parse_iso_date("2013-05-03T10:00:00Z"),
            Some(DatePoint::ymd(2013, 5, 3))
        );
        assert_eq!(parse_iso_date("2013-02-30"), None);
        assert_eq!(parse_iso_date("2013-5-3"), None);
    }
}
