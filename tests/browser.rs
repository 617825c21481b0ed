//! The HTML report in a real browser: headless Chromium, driven through the DevTools protocol
//! over a pipe (`--remote-debugging-pipe`: no port, no network, no driver to install).
//!
//! Each test writes a report with the binary, opens it, and checks the rendered page: the
//! findings are there, the filters and keys work, the page works without JavaScript, and the
//! text of hostile articles stays text (the title unchanged, no element injected, no script
//! run, no request made). Screenshots go to `target/tmp/browser/` to be looked at.
//!
//! Chromium is `$CROSSCHECK_CHROMIUM`, or `chromium` (Debian's package; `.ci/chromium`
//! installs it) or `chromium-browser` / `google-chrome` on the PATH. Without one the tests
//! say so and pass, unless `CROSSCHECK_BROWSER=require` (as in `.ci/run`).

mod common;
use common::{ROOT, stderr};

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::os::fd::FromRawFd;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use serde_json::{Value, json};

const TIMEOUT: Duration = Duration::from_secs(60);

/// The Chromium to drive, or None (and a note) when the machine has none.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CROSSCHECK_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    if std::env::var("CROSSCHECK_BROWSER").as_deref() == Ok("require") {
        panic!("CROSSCHECK_BROWSER=require but no Chromium found (run .ci/chromium)");
    }
    eprintln!("note: no Chromium found, browser test skipped (run .ci/chromium to install it)");
    None
}

/// One headless Chromium and one page in it.
struct Browser {
    child: Child,
    to: File,
    from: Receiver<Value>,
    session: String,
    next_id: u64,
    /// Events seen so far (console messages, exceptions, requests).
    events: Vec<Value>,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn launch(exe: &Path) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let (to_read, to_write) = pipe();
        let (from_read, from_write) = pipe();
        let mut cmd = Command::new(exe);
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--remote-debugging-pipe",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        // Chromium reads the protocol from fd 3 and writes it to fd 4. The pipes are
        // close-on-exec; only their copies at 3 and 4 reach the browser.
        unsafe {
            cmd.pre_exec(move || {
                let a = libc::fcntl(to_read, libc::F_DUPFD_CLOEXEC, 10);
                let b = libc::fcntl(from_write, libc::F_DUPFD_CLOEXEC, 10);
                if a < 0 || b < 0 || libc::dup2(a, 3) < 0 || libc::dup2(b, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start Chromium");
        // The parent keeps its own ends only.
        unsafe {
            drop(File::from_raw_fd(to_read));
            drop(File::from_raw_fd(from_write));
        }
        let to = unsafe { File::from_raw_fd(to_write) };
        let reader = unsafe { File::from_raw_fd(from_read) };
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(reader);
            let mut buf = Vec::new();
            while r.read_until(0, &mut buf).is_ok_and(|n| n > 0) {
                if buf.last() == Some(&0) {
                    buf.pop();
                }
                if let Ok(v) = serde_json::from_slice::<Value>(&buf)
                    && tx.send(v).is_err()
                {
                    break;
                }
                buf.clear();
            }
        });
        let mut b = Browser {
            child,
            to,
            from: rx,
            session: String::new(),
            next_id: 0,
            events: Vec::new(),
            _profile: profile,
        };
        let target = b.call("Target.createTarget", json!({"url": "about:blank"}));
        let target = target["targetId"].as_str().unwrap().to_string();
        let attached = b.call(
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
        );
        b.session = attached["sessionId"].as_str().unwrap().to_string();
        for domain in [
            "Page.enable",
            "Runtime.enable",
            "Log.enable",
            "Network.enable",
        ] {
            b.call(domain, json!({}));
        }
        b.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false}),
        );
        b
    }

    /// Sends a command (to the page once attached) and waits for its answer, keeping the
    /// events that arrive meanwhile.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            msg["sessionId"] = Value::from(self.session.clone());
        }
        let mut bytes = serde_json::to_vec(&msg).unwrap();
        bytes.push(0);
        self.to.write_all(&bytes).expect("write to Chromium");
        loop {
            let v = self
                .from
                .recv_timeout(TIMEOUT)
                .unwrap_or_else(|_| panic!("Chromium did not answer {method}"));
            if v["id"].as_u64() == Some(id) {
                if let Some(e) = v.get("error") {
                    panic!("{method} failed: {e}");
                }
                return v["result"].clone();
            }
            self.events.push(v);
        }
    }

    /// Waits for an event by name.
    fn wait_for(&mut self, method: &str) {
        if let Some(i) = self.events.iter().position(|e| e["method"] == method) {
            self.events.remove(i);
            return;
        }
        loop {
            let v = self
                .from
                .recv_timeout(TIMEOUT)
                .unwrap_or_else(|_| panic!("no {method} from Chromium"));
            if v["method"] == method {
                return;
            }
            self.events.push(v);
        }
    }

    fn open(&mut self, file: &Path) {
        let url = format!("file://{}", file.display());
        self.events.clear();
        self.call("Page.navigate", json!({"url": url}));
        self.wait_for("Page.loadEventFired");
    }

    /// The value of a JavaScript expression in the page.
    fn eval(&mut self, expr: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": expr, "returnByValue": true, "awaitPromise": true}),
        );
        if let Some(e) = r.get("exceptionDetails") {
            panic!("{expr}: {e}");
        }
        r["result"]["value"].clone()
    }

    fn key(&mut self, key: &str) {
        let code = format!("Key{}", key.to_uppercase());
        let vk = key.to_uppercase().chars().next().unwrap() as u32;
        for kind in ["keyDown", "keyUp"] {
            let mut p = json!({"type": kind, "key": key, "code": code,
                "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk});
            if kind == "keyDown" {
                p["text"] = Value::from(key);
            }
            self.call("Input.dispatchKeyEvent", p);
        }
    }

    /// A screenshot of the whole page, saved as `target/tmp/browser/NAME.png`.
    fn screenshot(&mut self, name: &str) -> PathBuf {
        let size = self
            .eval("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
        let (w, h) = (size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
        let shot = self.call(
            "Page.captureScreenshot",
            json!({"format": "png", "captureBeyondViewport": true,
                   "clip": {"x": 0, "y": 0, "width": w, "height": h.min(16000.0), "scale": 1}}),
        );
        let png = base64_decode(shot["data"].as_str().unwrap());
        assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }

    /// Console messages, exceptions, log entries (a blocked script or style shows there) and
    /// requests for anything but the page itself, since the page was opened.
    fn complaints(&mut self) -> Vec<String> {
        // Collect what is pending.
        self.eval("0");
        while let Ok(v) = self.from.try_recv() {
            self.events.push(v);
        }
        self.events
            .iter()
            .filter_map(|e| {
                let m = e["method"].as_str()?;
                match m {
                    "Runtime.exceptionThrown" | "Runtime.consoleAPICalled" | "Log.entryAdded" => {
                        Some(format!("{m}: {}", e["params"]))
                    }
                    "Network.requestWillBeSent" => {
                        let url = e["params"]["request"]["url"].as_str().unwrap_or("");
                        (!url.starts_with("file://")).then(|| format!("request: {url}"))
                    }
                    _ => None,
                }
            })
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn pipe() -> (i32, i32) {
    let mut fds = [0; 2];
    assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
    (fds[0], fds[1])
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = s.bytes().filter(|&c| c != b'=').collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &c)| n | (val(c) as u32) << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

/// Writes an HTML report with the binary, run in `dir`.
fn report(dir: &Path, args: &[&str], out: &Path) {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "html", "--output", out.to_str().unwrap()]);
    let o = common::crosscheck_in(dir, &all);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
}

/// What every page must be: its own script ran (the filters are on), nothing was blocked or
/// requested, and no element carries an event handler or a script URL.
fn assert_sound(b: &mut Browser) {
    let problems = b.complaints();
    assert!(problems.is_empty(), "the page complained: {problems:#?}");
    let injected = b.eval(
        "(() => { const bad = []; for (const e of document.querySelectorAll('*')) { \
           for (const a of e.attributes) { \
             if (a.name.startsWith('on') || /^\\s*(javascript|data|vbscript):/i.test(a.value)) \
               bad.push(e.tagName + ' ' + a.name); } } \
         for (const t of ['img', 'iframe', 'svg', 'base', 'object', 'embed', 'textarea', 'link']) \
           if (document.querySelector(t)) bad.push(t); \
         if (document.querySelectorAll('script').length !== 1) bad.push('scripts: ' + document.querySelectorAll('script').length); \
         if (document.querySelectorAll('style').length !== 1) bad.push('styles: ' + document.querySelectorAll('style').length); \
         return bad; })()",
    );
    assert_eq!(
        injected,
        json!([]),
        "elements or attributes the report never writes"
    );
}

/// The cards shown (not hidden by a filter), by id.
fn shown(b: &mut Browser) -> Vec<String> {
    let v = b.eval(
        "[...document.querySelectorAll('article.finding')].filter(c => !c.parentNode.hidden).map(c => c.id)",
    );
    serde_json::from_value(v).unwrap()
}

#[test]
fn seeds_report_findings_filters_and_keys() {
    let Some(exe) = chromium() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("seeds.html");
    report(Path::new(ROOT), &["seeds/"], &page);
    let mut b = Browser::launch(&exe);
    b.open(&page);
    assert_sound(&mut b);
    assert_eq!(
        b.eval("document.title"),
        "crosscheck: 5 findings in 5 articles"
    );
    // Every finding is a card with its readings and places; every place leads to a claim in
    // its article, and every cited claim back to a card.
    assert_eq!(shown(&mut b), ["f1", "f2", "f3", "f4", "f5"]);
    let broken = b.eval(
        "[...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href')).filter(h => h.length > 1 && !document.getElementById(h.slice(1)))",
    );
    assert_eq!(broken, json!([]), "links to nowhere");
    let lutnick = b.eval(
        "(() => { const c = [...document.querySelectorAll('article.finding')].find(c => c.textContent.includes('Lutnick')); \
           return [c.querySelectorAll('.reading').length, c.querySelector('.reading.flagged .form').textContent, \
                   c.querySelector('.reading.flagged mark').textContent]; })()",
    );
    assert_eq!(lutnick, json!([2, "Lutnik", "Howard Lutnik"]));
    assert_eq!(
        b.eval("document.getElementById('filter-status').textContent"),
        "Showing all 5 findings."
    );
    assert_eq!(
        b.eval("document.getElementById('filter-note').hidden"),
        true
    );
    b.screenshot("seeds");
    // Filters: severity, rule, article, and reset.
    b.eval("document.querySelector('input[name=severity][value=info]').click()");
    assert_eq!(shown(&mut b), ["f2", "f3", "f5"]);
    assert_eq!(
        b.eval("document.getElementById('filter-status').textContent"),
        "Showing 3 of 5 findings."
    );
    b.eval(
        "(() => { const s = document.querySelector('select[name=rule]'); s.value = 'name-initial'; \
           s.dispatchEvent(new Event('change', {bubbles: true})); })()",
    );
    assert_eq!(shown(&mut b), ["f2"]);
    b.eval("document.querySelector('button[type=reset]').click()");
    b.eval("new Promise(r => setTimeout(r, 50))");
    assert_eq!(shown(&mut b).len(), 5);
    b.eval(
        "(() => { const s = document.querySelector('select[name=article]'); \
           s.value = [...s.options].find(o => o.textContent.startsWith('seeds/002')).value; \
           s.dispatchEvent(new Event('change', {bubbles: true})); })()",
    );
    assert_eq!(shown(&mut b), ["f1", "f3"]);
    b.screenshot("seeds-filtered");
    // Keys: j and k move the focus between the cards shown.
    b.eval("document.querySelector('button[type=reset]').click(); document.activeElement.blur(); window.scrollTo(0, 0)");
    b.eval("new Promise(r => setTimeout(r, 50))");
    b.key("j");
    assert_eq!(b.eval("document.activeElement.id"), "f1");
    b.key("j");
    b.key("j");
    assert_eq!(b.eval("document.activeElement.id"), "f3");
    b.key("k");
    assert_eq!(b.eval("document.activeElement.id"), "f2");
    // The dark scheme.
    b.call(
        "Emulation.setEmulatedMedia",
        json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}]}),
    );
    let bg = b.eval("getComputedStyle(document.documentElement).backgroundColor");
    assert_eq!(bg, "rgb(21, 22, 26)");
    b.screenshot("seeds-dark");
    // Printing gives a document.
    let pdf = b.call("Page.printToPDF", json!({}));
    assert!(pdf["data"].as_str().is_some_and(|d| d.len() > 1000));
    assert_sound(&mut b);
}

#[test]
fn without_javascript_everything_is_shown() {
    let Some(exe) = chromium() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("seeds.html");
    report(Path::new(ROOT), &["seeds/"], &page);
    let mut b = Browser::launch(&exe);
    b.call(
        "Emulation.setScriptExecutionDisabled",
        json!({"value": true}),
    );
    b.open(&page);
    b.call(
        "Emulation.setScriptExecutionDisabled",
        json!({"value": false}),
    );
    // Read the page as it stands: the script did not run.
    let state = b.eval(
        "[document.querySelectorAll('article.finding').length, \
          [...document.querySelectorAll('.filters input, .filters select, .filters button')].every(e => e.disabled), \
          !document.getElementById('filter-note').hidden, \
          document.querySelectorAll('li[hidden]').length]",
    );
    assert_eq!(state, json!([5, true, true, 0]));
    b.screenshot("seeds-no-javascript");
}

/// Copies the hostile corpus to `dir`, one file under a name with quotes and spaces.
fn hostile_corpus(dir: &Path) {
    let src = Path::new(ROOT).join("tests/fixtures/hostile-html");
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    for (from, to) in [
        ("articles/wire-a.md", "articles/wire-a.md"),
        ("articles/wire-b.md", "articles/wire \"b\" <i>'quoted'.md"),
        ("articles/draft.md", "articles/draft.md"),
        ("rules/name-spelling.toml", "rules/name-spelling.toml"),
    ] {
        std::fs::copy(src.join(from), dir.join(to)).unwrap();
    }
}

#[test]
fn hostile_text_stays_text() {
    let Some(exe) = chromium() else { return };
    let tmp = tempfile::tempdir().unwrap();
    hostile_corpus(tmp.path());
    let page = tmp.path().join("hostile.html");
    report(tmp.path(), &["articles", "--rules", "rules"], &page);
    let draft = tmp.path().join("hostile-draft.html");
    report(
        tmp.path(),
        &[
            "articles/draft.md",
            "--against",
            "articles",
            "--rules",
            "rules",
        ],
        &draft,
    );
    let mut b = Browser::launch(&exe);
    for (file, title, findings) in [
        (&page, "crosscheck: 2 findings in 3 articles", 2),
        (
            &draft,
            "crosscheck: 2 findings in draft articles/draft.md",
            2,
        ),
    ] {
        b.open(file);
        assert_sound(&mut b);
        assert_eq!(b.eval("document.title"), title);
        assert_eq!(
            b.eval("document.querySelectorAll('article.finding').length"),
            findings
        );
        // The markup is shown as the articles and the rule file wrote it.
        let text = b.eval("document.body.textContent");
        let text = text.as_str().unwrap();
        for shown in [
            "<script>document.title='pwned'</script>",
            "<img src=x onerror=\"document.title='pwned'\">",
            "javascript:document.title='pwned'",
            "</style><script>document.title='pwned'</script>",
            "wire \"b\" <i>'quoted'.md",
        ] {
            assert!(text.contains(shown), "{shown:?} not shown as text");
        }
        assert_eq!(
            b.eval("[...document.querySelectorAll('a[href]')].filter(a => !/^(#|https?:)/.test(a.getAttribute('href'))).length"),
            0
        );
        // The filters still work with the hostile names in their options.
        b.eval(
            "(() => { const s = document.querySelector('select[name=article]'); \
               s.value = [...s.options].find(o => o.textContent.includes('quoted')).value; \
               s.dispatchEvent(new Event('change', {bubbles: true})); })()",
        );
        assert_eq!(shown(&mut b).len(), 2);
        assert_eq!(b.eval("document.title"), title);
    }
    b.open(&page);
    b.screenshot("hostile");
    b.open(&draft);
    b.screenshot("hostile-draft");
}

#[test]
fn draft_page_is_the_draft() {
    let Some(exe) = chromium() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("draft.html");
    report(
        Path::new(ROOT),
        &[
            "tests/fixtures/draft/draft.md",
            "--against",
            "tests/fixtures/draft/sources",
        ],
        &page,
    );
    let mut b = Browser::launch(&exe);
    b.open(&page);
    assert_sound(&mut b);
    // The draft comes first: its text, the flagged spans numbered, the notes beside it in the
    // order of the text.
    let first = b.eval("document.querySelector('main > section').id");
    assert_eq!(first, "drafts");
    let marks = b.eval(
        "[...document.querySelectorAll('.draft .text mark.cited')].map(m => [m.textContent, m.nextElementSibling.textContent])",
    );
    assert_eq!(
        marks,
        json!([["Teodoro Wicaksona", "1"], ["35 million", "2"]])
    );
    let side = b.eval(
        "(() => { const t = document.querySelector('.draft .text').getBoundingClientRect(); \
           const n = document.querySelector('.draft .notes').getBoundingClientRect(); \
           return n.left >= t.right && n.top < t.bottom; })()",
    );
    assert_eq!(side, true, "the notes beside the draft");
    b.screenshot("draft");
}
