//! Secrets given by position rather than by name: the password argument of a database or mail
//! client's constructor (`new PDO(dsn, 'user', 'PW')`, `mysqli_connect(host, user, PW)`,
//! `cx_Oracle.connect(user, PW, dsn)`, `DriverManager.getConnection(url, user, PW)`), the
//! second half of a basic-auth pair (`HTTPBasicAuth('u', 'PW')`, `auth=('u', 'PW')`,
//! `.basic_auth("u", Some("PW"))`), a bearer token handed to a call (`.bearer_auth("T")`), a
//! Twilio client's auth token after its account SID, and Redis's `requirepass` and
//! `masterauth` directives, which name their secret without a separator.
//!
//! Only string literals are taken: a variable names where the value is, and a call site that
//! passes variables (the usual case) stays as written. The functions are named in full: a
//! generic `connect(a, b, c)` or `login(a, b)` could be anything.

use regex::Captures;

use super::assignments::is_reference;
use super::decide::value_group;
use super::{Candidate, FindingKind};

/// One argument before the secret: a literal, or an expression without commas or brackets.
macro_rules! arg {
    () => {
        r#"(?:"[^"\n]*"|'[^'\n]*'|[^,()"'\n]{1,80})[ \t]*,[ \t]*"#
    };
}

/// The secret argument: a quoted literal (Rust's `Some("…")` too).
macro_rules! secret_arg {
    () => {
        r#"(?:Some\([ \t]*)?(?:"(?P<v>[^"\n]{1,200})"|'(?P<v2>[^'\n]{1,200})')"#
    };
}

pub(super) const POSITIONAL_PATTERN: &str = concat!(
    // Third argument: PHP's PDO, mysqli and `ftp_login`, Python's MySQL and PostgreSQL
    // drivers, JDBC, Sequelize, ftplib.
    r#"(?:(?:\bnew[ \t]+PDO|\bmysqli_connect|\bnew[ \t]+mysqli|\bmysql_p?connect|\b(?:MySQLdb|pymysql|psycopg2|pymssql|ibm_db)\.connect|\bDriverManager\.getConnection|\bnew[ \t]+Sequelize|\bftplib\.FTP(?:_TLS)?|\bftp_login)[ \t]*\([ \t]*"#,
    arg!(),
    arg!(),
    // Fourth argument: `mysqli_real_connect($link, host, user, PW)`.
    r#"|\bmysqli_real_connect[ \t]*\([ \t]*"#,
    arg!(),
    arg!(),
    arg!(),
    // Second argument: Oracle's drivers, basic and digest auth pairs (`auth=('u', 'PW')`).
    r#"|(?:\b(?:cx_Oracle|oracledb)\.connect|\bHTTP(?:Basic|Digest|Proxy)Auth|\bBasicAuth|\.basic_auth|\bUsernamePasswordCredentials|\bPasswordAuthentication|\.setBasicAuth|\.withBasicAuth|\bauth[ \t]*=[ \t]*)[ \t]*\([ \t]*"#,
    arg!(),
    // First argument: a bearer token handed to a call.
    r#"|(?:\.bearer_auth|\bBearerAuth|\.setBearerAuth|\.withBearerToken|\.token_auth|\bHTTPBearerAuth)[ \t]*\([ \t]*"#,
    // First argument: a builder's or client's password setter (`.password("PW")`,
    // `.setPassword("PW")`).
    r#"|\.(?:password|setPassword|withPassword|passwd|set_password|with_password)[ \t]*\([ \t]*)"#,
    secret_arg!(),
);

/// The words the positional calls' matches start near (lower case: the anchor pass ignores
/// case).
pub(super) const POSITIONAL_ANCHORS: &[&str] = &[
    "pdo",
    "mysqli",
    "mysql_connect",
    "mysql_pconnect",
    ".connect",
    "getconnection",
    "sequelize",
    "ftplib",
    "ftp_login",
    "auth=",
    "auth =",
    "basicauth",
    "basic_auth",
    "digestauth",
    "proxyauth",
    "usernamepasswordcredentials",
    "passwordauthentication",
    "bearer_auth",
    "bearerauth",
    "withbearertoken",
    "token_auth",
    ".password(",
    ".password (",
    ".setpassword",
    ".withpassword",
    ".passwd(",
    ".set_password",
    ".with_password",
];

/// A password argument, unless it is a reference or a placeholder; a bearer token's call
/// names a token.
pub(super) fn decide_positional(_text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let v = value_group(caps)?;
    let value = v.as_str();
    if is_reference(value, true) || value.trim().is_empty() {
        return None;
    }
    let whole = caps.get(0)?.as_str();
    let kind = if whole.contains("earer") || whole.contains("token_auth") {
        FindingKind::BearerToken
    } else {
        FindingKind::Password
    };
    Some(Candidate::new(kind, v.range()))
}

/// Twilio's `Client("AC…", "<auth token>")`: an account SID (`AC` and 32 hex digits) and then
/// the 32 hex digits of its auth token, in any client's call.
pub(super) const TWILIO_PATTERN: &str = r#"["']AC[0-9a-f]{32}["'][ \t]*,[ \t]*(?:(?:auth_token|password|authToken)[ \t]*=[ \t]*)?["'](?P<v>[0-9a-f]{32})["']"#;

/// Redis: `requirepass PW`, `masterauth PW` (in `redis.conf`, or `CONFIG SET requirepass PW`),
/// the value quoted or bare, up to the line's end.
pub(super) const REDIS_PATTERN: &str = r#"(?i:requirepass|masterauth)[ \t]+(?:"(?P<v>[^"\n]+)"|'(?P<v2>[^'\n]+)'|(?P<v3>[^\s"'#][^\s]*))"#;

/// A Redis directive's value; the directive must start a word (`# requirepass foobared` in a
/// commented-out sample line is still a password someone may use).
pub(super) fn decide_redis(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let whole = caps.get(0)?;
    if whole.start() > 0 && text.as_bytes()[whole.start() - 1].is_ascii_alphanumeric() {
        return None;
    }
    let v = value_group(caps)?;
    (!is_reference(v.as_str(), true)).then(|| Candidate::new(FindingKind::Password, v.range()))
}

/// An address spelled with another language's words for `@` and `.`: `nombre punto apellido
/// arroba dominio punto com`, `marie point dupont arobase orange point fr`, `hans punkt
/// mueller ät web punkt de`, `mario chiocciola esempio punto it`.
pub(super) const FOREIGN_SPELLED_EMAIL: &str = r"(?i:[A-Za-z0-9][A-Za-z0-9_%+-]*(?:(?:[ \t]+(?:punto|point|punkt|ponto|punt|kropka|pont|dot)[ \t]+|\.)[A-Za-z0-9_%+-]+)*[ \t]+(?:arroba|arobase|arobas|\x{e4}t|klammeraffe|chiocciola|apenstaartje|snabel-a|ma\x{142}pa|kukac)[ \t]+[A-Za-z0-9-]+(?:(?:[ \t]+(?:punto|point|punkt|ponto|punt|kropka|pont|dot)[ \t]+|\.)[A-Za-z0-9-]+)+)";

pub(super) const FOREIGN_AT_WORDS: &[&str] = &[
    "arroba",
    "arobase",
    "arobas",
    " \u{e4}t ",
    "klammeraffe",
    "chiocciola",
    "apenstaartje",
    "snabel-a",
    "ma\u{142}pa",
    "kukac",
];

/// The spelled address must end in a top-level domain (two to six letters, not a word of the
/// sentence that follows: `… arroba gmail punto com` ends at `com`).
pub(super) fn decide_foreign_spelled_email(text: &str, caps: &Captures<'_>) -> Option<Candidate> {
    let m = caps.get(0)?;
    if m.start() > 0 && text.as_bytes()[m.start() - 1].is_ascii_alphanumeric() {
        return None;
    }
    let last = m.as_str().rsplit([' ', '\t', '.']).next()?;
    let tld = (2..=6).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_alphabetic());
    tld.then(|| Candidate::new(FindingKind::Email, m.range()))
}
