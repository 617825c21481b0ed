//! The library's errors. Every error names the file it is about (and the line where there is
//! one) and renders as a single line; `main.rs` maps them all to exit code 2.

use std::path::Path;

/// An error that stops a run: bad input, a bad rule or language file, a bad argument.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {message}")]
    Io { path: String, message: String },

    #[error("{path}:{line}: not valid UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        path: String,
        line: usize,
        offset: usize,
    },

    #[error(
        "{path}: starts with a UTF-16 byte-order mark but is not valid UTF-16 (at byte offset {offset})"
    )]
    NotUtf16 { path: String, offset: usize },

    #[error("{path}: looks like a binary file (NUL byte at offset {offset}), not an article")]
    Binary { path: String, offset: usize },

    #[error("{path}:{line}: malformed front matter: {message}")]
    FrontMatter {
        path: String,
        line: usize,
        message: String,
    },

    #[error("{path}:{line}: {message}")]
    DataFile {
        path: String,
        line: usize,
        message: String,
    },

    /// A config file (`crosscheck.toml`) error, at a line and character column.
    #[error("{path}:{line}:{column}: {message}")]
    Config {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("{path}: no articles found (looked for .txt and .md files)")]
    NoArticles { path: String },

    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn io(path: &Path, err: &std::io::Error) -> Error {
        let message = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => err.to_string(),
        };
        Error::Io {
            path: display_path(path),
            message,
        }
    }
}

/// A path as shown to users: forward slashes, no leading `./`.
pub fn display_path(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    match s.strip_prefix("./") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => s,
    }
}

/// 1-based line and character column of byte `offset` in `source`.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = 1 + before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, 1 + before[start..].chars().count())
}

/// 1-based line number of byte `offset` in `text`.
pub fn line_of(text: &[u8], offset: usize) -> usize {
    1 + text[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Turns a TOML parse error into a one-line error naming the file and line.
pub fn toml_error(origin: &str, source: &str, err: &toml::de::Error) -> Error {
    let line = err
        .span()
        .map(|s| line_of(source.as_bytes(), s.start))
        .unwrap_or(1);
    let message = err
        .message()
        .lines()
        .next()
        .unwrap_or("invalid TOML")
        .to_string();
    Error::DataFile {
        path: origin.to_string(),
        line,
        message,
    }
}
