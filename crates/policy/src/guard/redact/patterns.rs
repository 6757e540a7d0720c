//! The regular-expression detectors: everything with a literal anchor (a prefix such as `AKIA`
//! or `-----BEGIN`, a separator such as `@` or `://`, or a key word such as `password`), so the
//! regex crate's literal prefilters skip most of the text.
//!
//! Each detector is a row in [`DETECTORS`]: a name (for tests), a pattern, and a decision that
//! checks what a regular expression cannot (word boundaries, Luhn-like shape checks, values that
//! are references rather than secrets) and says which span to redact.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::{Captures, Regex};

use super::assignments::is_reference;
use super::columns;
use super::decide::{
    NATIONAL_ID_WORDS, decide_account_password, decide_azure_client_secret, decide_bearer,
    decide_card_digits, decide_command_password, decide_command_password_as_secret, decide_email,
    decide_flag, decide_idn_email, decide_jwt, decide_named_id, decide_named_value,
    decide_obfuscated_email, decide_passport, decide_private_key, decide_putty_private,
    decide_quoted_password, decide_single_dash_parameter, decide_spelled_email, decide_uk_ni,
    decide_url_password, decide_xml_element, national_id_names, token_with_boundaries, value_group,
    whole, whole_email,
};
use super::{Candidate, FindingKind, addresses, byte_at, byte_before, calls, vendor};

type Decide = fn(&str, &Captures<'_>) -> Option<Candidate>;

struct Detector {
    name: &'static str,
    /// Every match contains one of these (a unit test proves it from the pattern): the
    /// detector is only compiled and run on text that holds one. Empty: it always runs.
    gate: &'static [&'static str],
    pattern: &'static str,
    decide: Decide,
    /// Only text with non-ASCII characters can match (IDN addresses): ASCII text skips it.
    non_ascii: bool,
    /// Keywords every match starts near (case-insensitive), for detectors whose leading words
    /// defeat the regex crate's literal prefilter (many words, any case): the regex only runs in
    /// a window around each keyword instead of over the whole text. Empty: the whole text.
    anchors: Anchors,
}

/// Where a detector's matches can be: within `before` bytes before and `after` bytes after
/// one of `words`.
#[derive(Clone, Copy)]
struct Anchors {
    words: &'static [&'static str],
    before: usize,
    after: usize,
    /// The words end words (`straße` in `Musterstraße`): a letter may stand before them.
    /// Otherwise an anchor word that starts with a letter starts a word.
    ends_words: bool,
}

const WHOLE_TEXT: Anchors = Anchors {
    words: &[],
    before: 0,
    after: 0,
    ends_words: false,
};

// No bounded repetitions with large upper bounds (`{1,512}`): each one multiplies the states
// the regex compiler builds (the `flag` detector took 13 ms to compile with them, 0.2 ms
// without). Matching is linear either way; a longer value is redacted whole.
static DETECTORS: &[Detector] = &[
    Detector {
        name: "private_key",
        gate: &["-----BEGIN"],
        // With an END line: up to it (JSON-escaped `\n` allowed). Without one (a truncated
        // paste): the base64 body that follows, failing closed.
        pattern: r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s\\:,.-]*?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s\\]*)",
        decide: decide_private_key,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "jwt",
        // Three base64url segments, the first a JSON header (`{"alg": …}`), whatever its first
        // characters: `eyJ` (`{"`), `eyA` (`{ `), `ewo`/`ew0`/`ewk` (`{` and a line break or a
        // tab), `IHs`/`Cns`/`CXs` (a blank before the `{`).
        gate: &["eyJ", "eyA", "ewo", "ew0", "ewk", "IHs", "Cns", "CXs"],
        pattern: r"(?:eyJ|eyA|ewo|ew0|ewk|IHs|Cns|CXs)[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]+){0,3}",
        decide: decide_jwt,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "private_key_body",
        // The base64 of a private key without its PEM header: a DER SEQUENCE whose first field
        // is the version integer 0 (PKCS#1 `MIIEpAIBAAK…`, PKCS#8 `MIIEvQIBADAN…`), an EC key
        // (`MHcCAQEE…`) or an OpenSSH key (`b3BlbnNzaC1rZXktdjE…`), with the lines that follow.
        // Public keys (`MIIBIjAN…`) have no version field and are left alone.
        gate: &["IBAA", "IBAD", "MHcCAQEE", "b3BlbnNzaC1rZXktdjE"],
        pattern: r"(?:MII[A-Za-z0-9+/]{3}IBA[AD]|MHcCAQEE|b3BlbnNzaC1rZXktdjE)[A-Za-z0-9+/=]*(?:(?:\\n|\r?\n)[A-Za-z0-9+/=]{16,})*",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::PrivateKey),
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "snowflake_pat",
        gate: &["-hint:", "ETMsDgAAA"],
        // Snowflake programmatic access tokens and session tokens: `ver:1-hint:1234-ETMsDgAAA…`.
        pattern: r"ver:[0-9]{1,3}-hint:[A-Za-z0-9_+/=-]{4,}|ETMsDgAAA[A-Za-z0-9+/=_-]{16,}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::SnowflakePat),
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "github_token",
        gate: &["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
        pattern: r"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::GithubToken),
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "slack_token",
        gate: &["xox", "xapp-", "https://hooks.slack.com/"],
        pattern: r"xox[abposrce]-[A-Za-z0-9-]{8,}|xapp-[0-9]-[A-Za-z0-9-]{8,}|https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{8,}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::SlackToken),
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "aws_access_key_id",
        gate: &[
            "A3T", "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "AROA",
            "APKA", "ASCA",
        ],
        pattern: r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::AwsAccessKeyId),
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "api_token",
        gate: &[
            "sk-",
            "_live_",
            "_test_",
            "AIza",
            "glpat-",
            "npm_",
            "hf_",
            "dapi",
            "SG.",
            "pypi-",
            "shp",
            "dp.",
            "EAAA",
            "sq0",
            "hvs.",
            "hvb.",
            "dop_v1_",
            "key-",
            "PMAK-",
            "NRAK-",
            "glcbt-",
            "gldt-",
            "glrt-",
            "glptt-",
            "glft-",
            "glimt-",
            "glagent-",
            "glsoat-",
            "gloas-",
            "glffct-",
            "glwt-",
            "LTAI",
            "AGE-SECRET-KEY-1",
        ],
        // Well-known vendor prefixes: OpenAI/Anthropic, Stripe, Google, GitLab, npm, Hugging
        // Face, Databricks, SendGrid, PyPI, Shopify, Doppler, Square, HashiCorp Vault, Twilio
        // DigitalOcean, Mailgun, Postman, New Relic, every GitLab token family (`glpat-`,
        // `glcbt-` CI job, `gldt-` deploy, `glrt-` runner, …), Alibaba Cloud AccessKey ids
        // (`LTAI…`), age secret keys. (A two-letter prefix such as Twilio's `SK` has its own
        // detector: in this set it would leave the regex crate no usable literal prefilter.)
        pattern: r"dop_v1_[a-f0-9]{64}|key-[0-9a-f]{32}|PMAK-[0-9a-f]{24}-[0-9a-f]{34}|NRAK-[A-Z0-9]{27}|hv[sb]\.[A-Za-z0-9_-]{24,}|sk-(?:ant-|proj-|svcacct-|live-)?[A-Za-z0-9_-]{20,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{30,}|gl(?:pat|cbt|dt|rt|ptt|ft|imt|agent|soat|oas|ffct|wt)-[A-Za-z0-9_-]{20,}|LTAI[A-Za-z0-9]{12,30}|AGE-SECRET-KEY-1[0-9A-Z]{58}|npm_[A-Za-z0-9]{36}|hf_[A-Za-z0-9]{30,}|dapi[a-f0-9]{32}(?:-[0-9]{1,2})?|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|pypi-[A-Za-z0-9_-]{50,}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|dp\.(?:pt|st|ct|sa|scim|audit)\.[A-Za-z0-9]{40,}|EAAA[A-Za-z0-9_-]{56,}|sq0(?:atp|csp|idp)-[A-Za-z0-9_-]{22,}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::ApiToken),
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "connection_password",
        gate: &["://"],
        // `scheme://user:PASS@host`. The user part may hold `@` (an email as user name); the
        // password runs to the last `@` before the host.
        pattern: r#"[A-Za-z][A-Za-z0-9+.-]{0,30}://[^\s/?#'"<>:]*:(?P<v>[^\s/'"<>]+)@"#,
        decide: decide_url_password,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "bearer_token",
        gate: &["earer", "EARER", "asic", "ASIC"],
        pattern: r"(?:[Bb]earer|BEARER|[Bb]asic|BASIC)[ \t]+(?P<v>[A-Za-z0-9._~+/=-]{12,})",
        decide: decide_bearer,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "flag",
        gate: &["--"],
        pattern: r#"--(?P<k>(?i-u:password|passwd|pwd|pass|token|api-key|apikey|secret|client-secret|access-token|auth-token|private-key-passphrase|[a-z]+-password|password-[a-z]+|[a-z]+-secret|[a-z]+-token))[ \t]+(?:"(?P<v>[^"\r\n]+)"|'(?P<v2>[^'\r\n]+)'|(?P<v3>[^\s"'<-][^\s"']*))"#,
        decide: decide_flag,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "identified_by",
        gate: &["dentified", "DENTIFIED"],
        pattern: r#"(?:identified|IDENTIFIED|Identified)[ \t]+(?:by|BY|By)[ \t]+(?:"(?P<v>[^"\r\n]+)"|'(?P<v2>[^'\r\n]+)'|(?P<v3>[^\s;'"<][^\s;]*))"#,
        decide: |_, caps| {
            let v = value_group(caps)?;
            (!is_reference(v.as_str(), false))
                .then(|| Candidate::new(FindingKind::Password, v.range()))
        },
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "email",
        gate: &["@"],
        pattern: r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}",
        decide: decide_email,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "mysql_password",
        gate: &["mysql", "mariadb"],
        // `mysql -pPW`, `mysqldump -p'PW'`: the value is glued to `-p`.
        pattern: r#"\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mysqlsh|mariadb|mariadb-dump|mariadb-admin)\b[^\n|;&]*?\s-p(?:'(?P<v>[^'\n]+)'|"(?P<v2>[^"\n]+)"|(?P<v3>[^\s'"-][^\s]*))"#,
        decide: decide_command_password,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "command_password",
        gate: &[
            "snowsql",
            "sshpass",
            "docker",
            "podman",
            "nerdctl",
            "buildah",
            "skopeo",
            "mongo",
            "redis-cli",
            "sqlcmd",
            "bcp",
            "isql",
            "osql",
            "ldap",
            "psexec",
            "paexec",
        ],
        // The password flag of each tool: `snowsql -p`, `sshpass -p`, `docker login -p`,
        // `mongosh -p`, `redis-cli -a`, `sqlcmd -P`, `ldapsearch -w` (never `psql -p`, a port,
        // or `snowsql -a`, an account).
        pattern: r#"\b(?:(?:snowsql|sshpass|docker|podman|nerdctl|buildah|skopeo|mongosh|mongo|mongodump|mongorestore|mongoexport|mongoimport|psexec|psexec64|paexec)\b[^\n|;&]*?\s-p|redis-cli\b[^\n|;&]*?\s-a|(?:sqlcmd|bcp|isql|osql)\b[^\n|;&]*?\s-P|(?:ldapsearch|ldapadd|ldapmodify|ldapdelete|ldapwhoami)\b[^\n|;&]*?\s-w)[ \t]+(?:'(?P<v>[^'\n]+)'|"(?P<v2>[^"\n]+)"|(?P<v3>[^\s'"-][^\s]*))"#,
        decide: decide_command_password,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "net_use_password",
        // Both forms name `/user:` (in any case, `/uſer:` too): `/u` is in every match.
        gate: &["/u"],
        // Windows `net use \\server\share PW /user:DOMAIN\name`, or the password after
        // `/user:…` (`*` asks for it: not a password), bare or quoted (`"pass phrase"`).
        pattern: r#"(?i:\bnet[ \t]+use)\b[^\n|;&]*?(?:(?i:/user:)[^\s]+[ \t]+(?:"(?P<v2>[^"\n]+)"|(?P<v3>[^\s/*'"][^\s]*))|\\\\[^\s]+[ \t]+(?:"(?P<v4>[^"\n]+)"|(?P<v>[^\s/*'"][^\s]*))[ \t]+(?i:/user:))"#,
        decide: decide_quoted_password,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "user_colon_password",
        gate: &["-u"],
        // `curl -u user:PW`, `wget --user=user:PW`, `smbclient -U user%PW`.
        pattern: r#"\b(?:curl|wget|xh|smbclient)\b[^\n|;&]*?\s(?:-u|--user|--proxy-user|-U)(?:[ \t]+|=)['"]?[^\s:%'"]+[:%](?P<v>[^\s'"]+)"#,
        decide: decide_command_password,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "openssl_pass",
        gate: &["pass:"],
        pattern: r#"-(?:pass(?:in|out)?|password|passphrase|srppass)[ \t]+['"]?pass:(?P<v>[^\s'"]+)"#,
        decide: decide_command_password,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "oracle_login",
        gate: &[
            "sqlplus", "rman", "expdp", "impdp", "sqlldr", "dgmgrl", "sqlcl",
        ],
        // `sqlplus scott/PW@db`, `expdp user/PW`.
        pattern: r#"\b(?:sqlplus|rman|expdp|impdp|sqlldr|dgmgrl|sqlcl)[ \t]+(?:-[A-Za-z]+[ \t]+)*['"]?[A-Za-z0-9_$#.]+/(?P<v>[^\s@/'"]+)(?:@|['"\s]|$)"#,
        decide: decide_command_password,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "xml_secret_element",
        gate: &["</"],
        // `<password>PW</password>`, `<apiKey>…</apiKey>`: an element named after a secret.
        pattern: r"<(?P<k>[A-Za-z_][A-Za-z0-9_.:-]*)>(?P<v>[^<\n]+)</(?P<k2>[A-Za-z_][A-Za-z0-9_.:-]*)>",
        decide: decide_xml_element,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "xml_named_property",
        gate: &["</"],
        // `<property name="hibernate.connection.password">PW</property>`, `<entry
        // key="db.secret">…</entry>`: the element's name attribute names a secret.
        pattern: r#"<[A-Za-z_][A-Za-z0-9_.:-]*[ \t][^>\n]*?\b(?:name|key|id)[ \t]*=[ \t]*["'](?P<k>[^"'\n]{1,80})["'][^>\n]*>(?P<v>[^<\n]{1,200})</"#,
        decide: decide_named_value,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "xml_name_value_elements",
        gate: &["</value>"],
        // Hadoop-style `<property><name>javax.jdo.option.ConnectionPassword</name>
        // <value>PW</value></property>`: the name and the value are sibling elements.
        pattern: r"<name>[ \t]*(?P<k>[A-Za-z_][A-Za-z0-9_.:-]{0,120})[ \t]*</name>\s*<value>[ \t]*(?P<v>[^<\n]{1,400})</value>",
        decide: decide_named_value,
        non_ascii: false,
        anchors: Anchors {
            words: &["<name>"],
            before: 0,
            after: 700,
            ends_words: false,
        },
    },
    Detector {
        name: "national_id_in_context",
        gate: &[],
        // A national, tax or personal id right after its name, in any of the countries' own
        // words (CPF, BSN, personnummer, fødselsnummer, henkilötunnus, PESEL, NRIC/FIN, codice
        // fiscale, CURP, RUT, DNI/NIE/NIF, Steuer-ID, AHV/AVS, TFN, PPS, CPR-nr, rijksregister-
        // nummer, T.C. Kimlik No, 身份证号, マイナンバー, 주민등록번호, תעודת זהות, …) and the
        // generic ones (`national id`, `personal id`, `tax id`, `id_card_no`). A few filler
        // words may stand between (`pesel pacjenta = …`), the separator may be `:`, `=`, `#`,
        // `;` or `,`, and the value may group its digits with `.`, `-`, `/` or blanks
        // (`756.5376.4570.78`, `60 251 796 386`, `131052-308T`). A filler word is never a
        // placeholder (`DNI <NATIONAL_ID>, fecha de alta 12/03/2021` keeps its date on a second
        // pass). The name is specific enough
        // for no checksum; [`decide_named_id`] wants six digits, and a shape for the names that
        // are also ordinary words (`cf`, `pps`, `nie`).
        pattern: concat!(
            r#"(?P<n>"#,
            national_id_names!(),
            r#")(?:[ \t_,;/.-]+(?:[^\s:：;,=#0-9"'.<>]{1,4}['’])?[^\s:：;,=#0-9"'.<>]{1,20}){0,4}\)?\.?["']?(?:[ \t]*[:：#=;,][ \t]*|[ \t]+)["']?(?P<v>[A-Za-z0-9][A-Za-z0-9]*(?:[./-][A-Za-z0-9]+|[ ][./-]?[ ]?[0-9][A-Za-z0-9]*){0,7})"#
        ),
        decide: decide_named_id,
        non_ascii: false,
        anchors: Anchors {
            words: NATIONAL_ID_WORDS,
            before: 8,
            after: 160,
            ends_words: false,
        },
    },
    Detector {
        name: "airtable_pat",
        gate: &["pat"],
        // Airtable personal access tokens: `pat`, 14 characters, a dot, 64 hex digits.
        pattern: r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::ApiToken),
        non_ascii: false,
        anchors: Anchors {
            words: &["pat"],
            before: 0,
            after: 96,
            ends_words: false,
        },
    },
    Detector {
        name: "discord_webhook",
        gate: &["/api/webhooks/"],
        // `https://discord.com/api/webhooks/<id>/<token>`: whoever has the token posts as the
        // hook. The id stays (it names the hook, like a Slack channel id).
        pattern: r"discord(?:app)?\.com/api/webhooks/[0-9]{15,22}/(?P<v>[A-Za-z0-9_-]{40,100})",
        decide: |_, caps| {
            caps.name("v")
                .map(|v| Candidate::new(FindingKind::ApiToken, v.range()))
        },
        non_ascii: false,
        // Read only around its path, in the anchored pass (no pass of its own over a large text).
        anchors: Anchors {
            words: &["/api/webhooks/"],
            before: 24,
            after: 140,
            ends_words: false,
        },
    },
    Detector {
        name: "algolia_client_key",
        gate: &["algoliasearch", "searchclient", "liteclient"],
        // `algoliasearch('APPID', 'KEY')`, `SearchClient.create('APPID', 'KEY')`: the second
        // argument is the API key (an admin key in an indexer); the application id stays.
        pattern: r#"(?:algoliasearch|SearchClient\.create|searchClient|liteClient)\([ \t]*[^,()\n]{1,80},[ \t]*(?:"(?P<v>[A-Za-z0-9]{16,64})"|'(?P<v2>[A-Za-z0-9]{16,64})')"#,
        decide: decide_command_password_as_secret,
        non_ascii: false,
        anchors: Anchors {
            words: &["algoliasearch", "searchclient", "liteclient"],
            before: 0,
            after: 240,
            ends_words: false,
        },
    },
    Detector {
        name: "username_and_key",
        gate: &["\"key\""],
        // kaggle.json and its kind: `{"username": "ana", "key": "…"}`, in either order. A bare
        // `key` names a secret only next to the user it authenticates.
        pattern: r#""(?:username|user|login)"[ \t]*:[ \t]*"[^"\n]{1,64}"[ \t]*,\s*"key"[ \t]*:[ \t]*"(?P<v>[^"\n]{8,200})"|"key"[ \t]*:[ \t]*"(?P<v2>[^"\n]{8,200})"[ \t]*,\s*"(?:username|user|login)""#,
        decide: decide_command_password_as_secret,
        non_ascii: false,
        anchors: Anchors {
            words: &["\"key\""],
            before: 120,
            after: 240,
            ends_words: false,
        },
    },
    Detector {
        name: "twilio_api_key",
        gate: &["SK"],
        // Twilio API keys: `SK` and 32 lower-case hex digits.
        pattern: r"SK[0-9a-f]{32}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::ApiToken),
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "telegram_bot_token",
        gate: &[":AA"],
        // `123456789:AA…` (35 characters after the colon), often inside `…/bot<token>/…`.
        pattern: r"(?:bot)?[0-9]{8,10}:AA[A-Za-z0-9_-]{33}",
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::ApiToken),
        non_ascii: false,
        anchors: Anchors {
            words: &[":AA"],
            before: 14,
            after: 40,
            ends_words: false,
        },
    },
    Detector {
        name: "hcl_variable_default",
        gate: &["variable"],
        // Terraform's `variable "db_password" { default = "PW" }`: the block's label names a
        // secret, its default is the value.
        pattern: r#"(?-u:\b)variable[ \t]+"(?P<k>[A-Za-z0-9_-]{1,80})"[ \t]*\{[^}]{0,300}?(?-u:\b)default[ \t]*=[ \t]*"(?P<v>[^"\n]+)""#,
        decide: decide_named_value,
        non_ascii: false,
        anchors: Anchors {
            words: &["variable"],
            before: 1,
            after: 420,
            ends_words: false,
        },
    },
    Detector {
        name: "keytool_password",
        gate: &["pass"],
        // Java's keytool: `-storepass PW`, `-srcstorepass PW`, `-keypass PW` (`-storepass:env
        // VAR` and `:file` name where it is, and are left alone).
        pattern: r#"(?:^|[ \t])-(?:src|dest|new)?(?:store|key)pass[ \t]+(?:"(?P<v>[^"\r\n]+)"|'(?P<v2>[^'\r\n]+)'|(?P<v3>[^\s"'-][^\s"']*))"#,
        decide: decide_command_password,
        non_ascii: false,
        anchors: Anchors {
            words: &["storepass", "keypass"],
            before: 8,
            after: 96,
            ends_words: false,
        },
    },
    Detector {
        name: "azure_client_secret",
        gate: &["Q~"],
        // Azure AD (Entra) client secrets: three characters, a digit, `Q~`, 31–34 more.
        pattern: r"[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}",
        decide: decide_azure_client_secret,
        non_ascii: false,
        anchors: Anchors {
            words: &["q~"],
            before: 4,
            after: 40,
            ends_words: false,
        },
    },
    Detector {
        name: "az_login_password",
        gate: &["login"],
        // `az login --service-principal -u APP -p SECRET` (`--password` is the `flag` detector's).
        pattern: r#"(?-u:\b)az[ \t]+login(?-u:\b)[^\n|;&]*?[ \t]-p(?:[ \t]+|=)(?:'(?P<v>[^'\n]+)'|"(?P<v2>[^"\n]+)"|(?P<v3>[^\s'"-][^\s]*))"#,
        decide: decide_command_password,
        non_ascii: false,
        anchors: Anchors {
            words: &["az login"],
            before: 0,
            after: 400,
            ends_words: false,
        },
    },
    Detector {
        name: "account_user_password",
        gate: &[],
        // "the VPN fallback account is vpn_break_glass / Maple-ember-402!": an account word, then
        // a user name and a password with a spaced slash between them. Paths and choices (`read
        // / write`) fail the password's shape. (Not Portuguese `conta`: as an anchor it is in
        // every `Contact`.)
        pattern: r#"(?i:account|login|credentials?|creds|konto|compte|cuenta|zugang(?:sdaten)?|identifiants)[^\n:=]{0,40}?(?:[ \t](?i:is|are|was|ist|est|es|é)[ \t]+|[ \t]*[:=][ \t]*)["'`]?[A-Za-z0-9][A-Za-z0-9._@\\-]{1,63}[ \t]+/[ \t]+["'`]?(?P<v>[^\s'"`]{8,64})"#,
        decide: decide_account_password,
        non_ascii: false,
        anchors: Anchors {
            words: &[
                "account",
                "login",
                "credential",
                "creds",
                "konto",
                "compte",
                "cuenta",
                "zugang",
                "identifiants",
            ],
            before: 0,
            after: 200,
            ends_words: false,
        },
    },
    Detector {
        name: "url_key_user",
        gate: &["://"],
        // A key as a URL's user name with no password: Sentry's DSN
        // `https://<32 hex>@o123.ingest.sentry.io/456`.
        pattern: r"://(?P<v>[0-9a-f]{32})@",
        decide: |_, caps| {
            caps.name("v")
                .map(|v| Candidate::new(FindingKind::Token, v.range()))
        },
        non_ascii: false,
        anchors: Anchors {
            words: &["@o", "@sentry", "ingest."],
            before: 40,
            after: 8,
            ends_words: false,
        },
    },
    Detector {
        name: "cjk_password",
        gate: &[
            "\u{30d1}\u{30b9}\u{30ef}\u{30fc}\u{30c9}",
            "\u{5bc6}\u{7801}",
            "\u{5bc6}\u{78bc}",
            "\u{53e3}\u{4ee4}",
            "\u{be44}\u{bc00}\u{bc88}\u{d638}",
            "\u{c554}\u{d638}",
        ],
        // `本番環境のパスワードは X です`, `测试库的密码是 X`, `비밀번호는 X 입니다`: the password
        // word, a few characters of the phrase, the particle or copula, the value.
        pattern: r"(?:パスワード|密码|密碼|口令|비밀번호|암호)[^\s:：。、,，]{0,6}?(?:は|是|为|為|는|은|:|：)[ \t]*(?P<v>[!-~]{4,64})",
        decide: |_, caps| {
            let v = caps.name("v")?;
            let value = v.as_str().trim_end_matches(['.', ',', ')', '(']);
            (!is_reference(value, true))
                .then(|| Candidate::new(FindingKind::Password, v.start()..v.start() + value.len()))
        },
        non_ascii: true,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "stdin_password",
        gate: &["password-stdin"],
        // `echo PW | docker login … --password-stdin`.
        pattern: r#"(?-u:\b)echo[ \t]+(?:-n[ \t]+)?(?:"(?P<v>[^"\n]+)"|'(?P<v2>[^'\n]+)'|(?P<v3>[^\s|"']+))[ \t]*\|[^|\n]{0,200}--password-stdin"#,
        decide: decide_command_password,
        non_ascii: false,
        anchors: Anchors {
            words: &["password-stdin"],
            before: 300,
            after: 16,
            ends_words: false,
        },
    },
    Detector {
        name: "htpasswd_password",
        gate: &["htpasswd"],
        // `htpasswd -b [-c] FILE USER PASSWORD`: with `-b` the password is the last argument.
        pattern: r"(?-u:\b)htpasswd[ \t]+(?:-[a-zA-Z]+[ \t]+)*-[a-zA-Z]*b[a-zA-Z]*[ \t]+(?:-[a-zA-Z]+[ \t]+)*\S+[ \t]+\S+[ \t]+(?P<v>[^\s]+)",
        decide: decide_command_password,
        non_ascii: false,
        anchors: Anchors {
            words: &["htpasswd"],
            before: 1,
            after: 300,
            ends_words: false,
        },
    },
    Detector {
        name: "spaced_email",
        gate: &[" @ ", "\t@\t", "\t@ ", " @\t"],
        // `malik.haddad @ fjordlogistics . no`: an address with blanks around `@` and dots.
        pattern: r"[A-Za-z0-9][A-Za-z0-9._%+-]*[ \t]+@[ \t]+[A-Za-z0-9-]+(?:[ \t]*\.[ \t]*[A-Za-z0-9-]+)*[ \t]*\.[ \t]*[A-Za-z]{2,24}(?-u:\b)",
        decide: |_, caps| whole(caps, FindingKind::Email),
        non_ascii: false,
        anchors: Anchors {
            words: &[" @ ", "\t@\t", "\t@ ", " @\t"],
            before: 72,
            after: 96,
            ends_words: false,
        },
    },
    Detector {
        name: "php_define",
        gate: &["define"],
        // PHP's `define('DB_PASSWORD', 'PW');`: a constant named like a secret, and its value.
        pattern: r#"\bdefine\(\s*["'](?P<k>[A-Za-z_][A-Za-z0-9_]*)["']\s*,\s*(?:"(?P<v>[^"\r\n]+)"|'(?P<v2>[^'\r\n]+)')"#,
        decide: decide_named_value,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "named_value",
        gate: &["val"],
        // A secret's name and value in separate fields: `<add key="Password" value="…"/>`,
        // `{"name":"DB_PASSWORD","value":"…"}`, `- name: SNOWFLAKE_PASSWORD\n  value: …`.
        pattern: r#"\b(?:key|name|id|param|property|setting|variable|secretName|Name|Key)["']?[ \t]*[:=][ \t]*["']?(?P<k>[A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*(?:,[ \t]*|[ \t]+|[ \t]*\r?\n[ \t]*(?:-[ \t]+)?)["']?(?:value|Value|val|secretValue)["']?[ \t]*[:=][ \t]*(?:"(?P<v>[^"\n]+)"|'(?P<v2>[^'\n]+)'|(?P<v3>[^\s"'/>,}][^\s"'>,}]*))"#,
        decide: decide_named_value,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "obfuscated_email",
        gate: &["(", "[", "{", "<", " at", "\tat"],
        // `ana (at) example (dot) com`, `ana[at]example[dot]com`, `bob AT acme DOT io`; a
        // plain `.` only inside a name (`com .A` is a new sentence).
        pattern: r"[A-Za-z0-9][A-Za-z0-9._%+-]*[ \t]*(?:[(\[{<][ \t]*(?i:at)[ \t]*[)\]}>]|[ \t]AT[ \t])[ \t]*[A-Za-z0-9-]+(?:(?:[ \t]*(?:[(\[{<][ \t]*(?i:dot)[ \t]*[)\]}>]|[ \t]DOT[ \t])[ \t]*|\.)[A-Za-z0-9-]+)+",
        decide: decide_obfuscated_email,
        non_ascii: false,
        anchors: Anchors {
            words: &[
                "(at)", "[at]", "{at}", "<at>", "( at", "[ at", "{ at", "< at", " AT ", "\tAT",
            ],
            before: 72,
            after: 160,
            ends_words: false,
        },
    },
    Detector {
        name: "spelled_email",
        gate: &[" dot", "\tdot"],
        // `ana at contoso dot com`: `at` and `dot` as plain words (any case). Prose has those
        // words too (`look at the dot com bubble`), so the decision wants a top-level domain
        // last and no common word as the address's local part or domain.
        pattern: r"\b[A-Za-z0-9][A-Za-z0-9._%+-]*[ \t]+(?i:at)[ \t]+[A-Za-z0-9-]+(?:[ \t]+(?i:dot)[ \t]+[A-Za-z0-9-]+)+\b",
        decide: decide_spelled_email,
        non_ascii: false,
        anchors: Anchors {
            words: &[" dot ", "\tdot "],
            before: 96,
            after: 64,
            ends_words: false,
        },
    },
    Detector {
        name: "quoted_local_email",
        gate: &["\"@"],
        // A quoted local part: `"john..doe"@example.org`.
        pattern: r#""[^"\n@]+"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}"#,
        decide: |_, caps| whole_email(caps),
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "escaped_email",
        gate: &["%40", "&#64;", "&#x40;", "&commat;"],
        // An escaped `@` in a URL: `ana%40example.com`.
        pattern: r"[A-Za-z0-9._+-]+(?:%40|&#64;|&#[xX]40;|&commat;)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}",
        decide: |_, caps| whole_email(caps),
        non_ascii: false,
        anchors: Anchors {
            words: &["%40", "&#64;", "&#x40;", "&commat;"],
            before: 64,
            after: 96,
            ends_words: false,
        },
    },
    Detector {
        name: "address_literal_email",
        gate: &["@["],
        pattern: r"[A-Za-z0-9._%+-]+@\[(?:[0-9]{1,3}\.){3}[0-9]{1,3}\]",
        decide: |_, caps| whole(caps, FindingKind::Email),
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "fullwidth_email",
        gate: &["\u{ff20}"],
        // A fullwidth `＠`: `ana＠example.com`.
        pattern: r"[\p{L}\p{N}._%+-]+\x{ff20}[\p{L}\p{N}-]+(?:[.\x{ff0e}][\p{L}\p{N}-]+)*[.\x{ff0e}]\p{L}{2,24}",
        decide: |_, caps| whole_email(caps),
        non_ascii: true,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "idn_email",
        gate: &["@"],
        // Addresses with letters outside ASCII (`josé@exämple.de`, `用户@例子.广告`).
        pattern: r"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*)?(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}",
        decide: decide_idn_email,
        non_ascii: true,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "passport",
        // Short stems: the gate proof works on case-expanded prefixes of the words.
        gate: &[
            "pas",
            "rei",
            "\u{30d1}\u{30b9}\u{30dd}\u{30fc}\u{30c8}",
            "\u{62a4}\u{7167}",
            "\u{8b77}\u{7167}",
            "\u{c5ec}\u{ad8c}",
        ],
        pattern: r#"(?:(?i-u:passport|reisepass|passeport|pasaporte|passaporto|paspoort|paszport|pasaport)|パスポート|护照|護照|여권)(?i:[ \t]+(?:del|della|dello|de|do|da|du|des|of|the|von|van|des)(?:[ \t]+[a-zà-ÿ]{2,20}){1,2})?(?i:[ \t_-]*(?:no|nr|number|num|nummer|numero|número|n[º°]|n\.[º°]|#|id|番号|号码|번호))?\.?["']?[ \t]*(?:[:#=]|(?i:is))?[ \t]*["']?(?P<v>[A-Z0-9]{6,9})\b"#,
        decide: decide_passport,
        non_ascii: false,
        anchors: Anchors {
            words: &[
                "passport",
                "reisepass",
                "passeport",
                "pasaporte",
                "passaporto",
                "paspoort",
                "paszport",
                "pasaport",
                "\u{30d1}\u{30b9}\u{30dd}\u{30fc}\u{30c8}",
                "\u{62a4}\u{7167}",
                "\u{8b77}\u{7167}",
                "\u{c5ec}\u{ad8c}",
            ],
            before: 0,
            after: 96,
            ends_words: false,
        },
    },
    Detector {
        name: "date_of_birth",
        // No gate: the birth words of many languages leave no short literal that every match
        // holds; the regex's own literal prefilter skips text without them.
        gate: &[],
        // A date right after a birth word: `DOB: 1984-07-12`, `born on 12/07/1984`,
        // `date of birth: March 3, 1991`, `Geburtsdatum: 05.11.1978`, `"dob": "1990-02-28"`,
        // `Geburtsdatum des Antragstellers: 02.11.1979`, `date of birth of the applicant: …`.
        pattern: r#"\b(?:(?i-u:date[ _-]of[ _-]birth|birth[ _-]?date|birthday|(?:dob|d\.o\.b)\.?|born(?:[ \t]+on)?|geburtsdatum|geboren(?:[ \t]+am)?|geb\.(?:[ \t]+am)?|nar\.|ur\.|fecha de nacimiento|date de naissance|ne le|nee le|data di nascita|data de nascimento|geboortedatum|data urodzenia|dogum tarihi)|[Nn]ée? le|[Dd]oğum tarihi|[Дд]ата рождения|[Ff]ödelsedatum|[Ff]ødselsdato|[Ss]yntymäaika|[Dd]atum narození|[Ss]zületési dátum|[Дд]ата народження|生年月日|出生日期|생년월일|[Dd]zimšanas datums|[Gg]imimo data|[Ss]ünniaeg|[Ff]æðingardag(?:ur)?|[Dd]atum rođenja|[Дд]атум рођења|[Дд]ата на раждане|[Dd]ata (?:de )?na[șş]ter(?:ii|e)|[Dd]ata de naixement|[Dd]yddiad geni|[Ηη]μερομηνία γέννησης|[Tt]arehe ya kuzaliwa|[Pp]etsa ng kapanganakan|[Tt]arikh lahir|[Dd]oğum tarixi)(?:[ \t]+(?i-u:des|der|of|of the|the|du|de|del|della|do|da|van|van de|för|dos)[ \t]+[^\s:=]{1,30}(?:[ \t]+[^\s:=]{1,30})?[ \t]*[:=：])?(?:[ \t]*\([^)\n]{1,12}\))?["']?[ \t]*(?:[:=：]|is|was|:[ \t]*is)?[ \t]*["']?(?P<v>[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}|[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{2,4}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+[0-9]{1,2}(?:st|nd|rd|th)?,?[ \t]+[0-9]{4}|[0-9]{1,2}(?:st|nd|rd|th)?\.?[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)[a-zäéû]*\.?,?[ \t]+[0-9]{4}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2} de (?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro) de [0-9]{4})"#,
        decide: |_, caps| {
            caps.name("v")
                .map(|v| Candidate::new(FindingKind::DateOfBirth, v.range()))
        },
        non_ascii: false,
        anchors: Anchors {
            words: super::birth_words::BIRTH_LABELS,
            before: 16,
            after: 96,
            ends_words: false,
        },
    },
    Detector {
        name: "card_in_context",
        // No gate: as for dates of birth, the card words leave no literal every match holds.
        gate: &[],
        // After a card word, digits with any separators (dots, underscores, slashes, double
        // spaces, NBSP, thin spaces, dashes, one digit per line) or fullwidth digits. The gap
        // may hold other numbers: an SSN between the word and the card must not hide the card
        // on the first pass and show it on the second, once the SSN is a placeholder.
        pattern: r"(?:^|[^A-Za-z])(?:(?i-u:credit card|debit card|card|cc|visa|mastercard|master card|mc|amex|american express|discover|jcb|maestro|unionpay|union pay|diners(?: club)?|pan|paid with|pay with|charged to|tarjeta|carte|karte|kreditkarte|cartao|carta|kaart|karta)|[Cc]artão|カード|卡号|卡號|카드|بطاقة|بطاقه|کارت|कार्ड)(?s:.)*?(?P<v>[0-9\x{ff10}-\x{ff19}\x{660}-\x{669}\x{6f0}-\x{6f9}\x{966}-\x{96f}](?:[ \t.\-_/\x{a0}\x{202f}\x{2009}\x{2007}\x{2013}\x{2014}\x{3000}:\r\n]{0,3}[0-9\x{ff10}-\x{ff19}\x{660}-\x{669}\x{6f0}-\x{6f9}\x{966}-\x{96f}]){12,18})",
        decide: decide_card_digits,
        non_ascii: false,
        anchors: Anchors {
            words: super::decide::CARD_WORDS,
            before: 1,
            after: 160,
            ends_words: false,
        },
    },
    Detector {
        name: "card_grouped",
        // No gate: every match is digits and separators, which no literal gate can name.
        gate: &[],
        // Four groups of four (Amex: 4-6-5) joined by the same non-ASCII separator (NBSP, a
        // thin space, an en dash, the ideographic space of Japanese and Chinese text; ASCII or
        // fullwidth digits), no card word needed. The numbers scanner handles spaces,
        // dashes, dots, underscores and slashes.
        pattern: r"(?:^|[^0-9A-Za-z.])(?P<v>[2-6\x{ff12}-\x{ff16}][0-9\x{ff10}-\x{ff19}]{3}(?:[\x{a0}\x{202f}\x{2009}\x{2013}\x{3000}][0-9\x{ff10}-\x{ff19}]{4}){3}(?:[\x{a0}\x{202f}\x{2009}\x{2013}\x{3000}]?[0-9\x{ff10}-\x{ff19}]{1,3})?|3[47][0-9]{2}[\x{a0}\x{202f}\x{2009}\x{2013}\x{3000}][0-9]{6}[\x{a0}\x{202f}\x{2009}\x{2013}\x{3000}][0-9]{5})(?:$|[^0-9A-Za-z\x{ff10}-\x{ff19}])",
        decide: decide_card_digits,
        non_ascii: true,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "putty_private_key",
        gate: &["Private-Lines", "Private-MAC"],
        // A PuTTY key file (`PuTTY-User-Key-File-2/3`): the base64 lines after `Private-Lines: N`
        // (written one per line, or JSON-escaped) and the `Private-MAC` that authenticates them.
        // The `Public-Lines` body is the public key and stays.
        pattern: r"Private-Lines:[ \t]*[0-9]{1,4}[ \t]*(?:\r?\n|\\r\\n|\\n)(?P<v>(?:[A-Za-z0-9+/=]+(?:\r?\n|\\r\\n|\\n|$))+)|Private-MAC:[ \t]*(?P<v2>[0-9a-fA-F]{16,})",
        decide: decide_putty_private,
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "powershell_secure_string",
        // Short stems: the gate proof reads the pattern's case-expanded literals in short windows.
        gate: &["-secu"],
        // `ConvertTo-SecureString 'PW' -AsPlainText -Force` (also `-String "PW"`, the switches
        // first, or `'PW' | ConvertTo-SecureString`): the plain text a credential is built from.
        // Variables (`$env:PW`, `$plain`) and subexpressions name where it comes from.
        pattern: r#"(?i-u:ConvertTo-SecureString)(?:[ \t]+-(?i-u:AsPlainText|Force)(?::\$true)?)*[ \t]+(?:-(?i-u:String)[ \t]+)?(?:"(?P<v>[^"\r\n]+)"|'(?P<v2>[^'\r\n]+)'|(?P<v3>[^\s"'$(@-][^\s)]*))|(?:"(?P<v4>[^"\r\n]+)"|'(?P<v5>[^'\r\n]+)')[ \t]*\|[ \t]*(?i-u:ConvertTo-SecureString)"#,
        decide: decide_quoted_password,
        non_ascii: false,
        // Its case-insensitive name leaves the regex no literal prefilter: only the windows
        // around the cmdlet's name (the piped form has the value before it).
        anchors: Anchors {
            words: &["convertto-securestring"],
            before: 200,
            after: 300,
            ends_words: false,
        },
    },
    Detector {
        name: "network_credential",
        gate: &["workc"],
        // .NET's `NetworkCredential("user", "PW")` (PowerShell's `New-Object
        // System.Net.NetworkCredential(…)`, C#'s `new NetworkCredential(…)`): the second
        // argument is the plain-text password.
        pattern: r#"(?i-u:NetworkCredential)[ \t]*\([ \t]*(?:"[^"\r\n]*"|'[^'\r\n]*'|\$[A-Za-z_][A-Za-z0-9_:]*)[ \t]*,[ \t]*(?:"(?P<v>[^"\r\n]+)"|'(?P<v2>[^'\r\n]+)')"#,
        decide: decide_quoted_password,
        non_ascii: false,
        // Read only around its name (found by the one anchor pass), not in a pass of its own.
        anchors: Anchors {
            words: &["networkcredential"],
            before: 0,
            after: 300,
            ends_words: false,
        },
    },
    Detector {
        name: "single_dash_secret_parameter",
        // No gate (its names of any case leave the proof no short literal); the anchors keep it
        // to the windows around the parameter names.
        gate: &[],
        // PowerShell and Windows tools name parameters with one dash: `-Password 'PW'`, `Set-Secret
        // -Secret PW`, `-ClientSecret`, `-AccessToken`, `-AccountKey`, `-SasToken` (double-dash
        // flags are the `flag` detector's). `-Password $pw` and `-Secret (Read-Host …)` name
        // where the value comes from.
        pattern: r#"(?:^|[ \t(])-(?P<k>(?i:password|passwd|passphrase|plaintextpassword|adminpassword|sqlpassword|dbpassword|secret|secretvalue|clientsecret|apikey|accesstoken|token|authtoken|accountkey|storageaccountkey|sastoken|personalaccesstoken))(?::|[ \t]+)(?:"(?P<v>[^"\r\n]+)"|'(?P<v2>[^'\r\n]+)'|(?P<v3>[^\s"'$(@<-][^\s"'`)]*))"#,
        decide: decide_single_dash_parameter,
        non_ascii: false,
        anchors: Anchors {
            words: SECRET_PARAMETERS,
            before: 1,
            after: 200,
            ends_words: false,
        },
    },
    Detector {
        name: "schtasks_password",
        gate: &["htask"],
        // `schtasks /create … /ru USER /rp PW`, `schtasks /s HOST /u USER /p PW` (`/rp *`
        // prompts for it).
        pattern: r#"(?i-u:\bschtasks)\b[^\n|;&]*?[ \t]/(?i:rp|p)[ \t]+(?:"(?P<v>[^"\n]+)"|'(?P<v2>[^'\n]+)'|(?P<v3>[^\s/*'"][^\s]*))"#,
        decide: decide_command_password,
        non_ascii: false,
        // Read only around its name (found by the one anchor pass), not in a pass of its own.
        anchors: Anchors {
            words: &["schtasks"],
            before: 0,
            after: 600,
            ends_words: false,
        },
    },
    Detector {
        name: "vendor_token",
        gate: vendor::PREFIXES,
        pattern: vendor::PATTERN,
        decide: |text, caps| token_with_boundaries(text, caps, FindingKind::ApiToken),
        non_ascii: false,
        anchors: Anchors {
            words: vendor::PREFIXES,
            before: 16,
            after: 420,
            ends_words: false,
        },
    },
    Detector {
        name: "positional_password",
        // No gate: the names' case-expanded literals leave the proof no short one; the anchors
        // keep it to the windows around the names.
        gate: &[],
        pattern: calls::POSITIONAL_PATTERN,
        decide: calls::decide_positional,
        non_ascii: false,
        anchors: Anchors {
            words: calls::POSITIONAL_ANCHORS,
            before: 24,
            after: 400,
            ends_words: false,
        },
    },
    Detector {
        name: "twilio_client",
        gate: &["\"AC", "'AC"],
        pattern: calls::TWILIO_PATTERN,
        decide: |_, caps| {
            caps.name("v")
                .map(|v| Candidate::new(FindingKind::ApiToken, v.range()))
        },
        non_ascii: false,
        anchors: WHOLE_TEXT,
    },
    Detector {
        name: "redis_password",
        // Short stems: the gate proof reads case-expanded literals in short windows.
        gate: &["requi", "erauth"],
        pattern: calls::REDIS_PATTERN,
        decide: calls::decide_redis,
        non_ascii: false,
        anchors: Anchors {
            words: &["requirepass", "masterauth"],
            before: 0,
            after: 300,
            ends_words: false,
        },
    },
    Detector {
        name: "foreign_spelled_email",
        gate: &[],
        pattern: calls::FOREIGN_SPELLED_EMAIL,
        decide: calls::decide_foreign_spelled_email,
        non_ascii: false,
        anchors: Anchors {
            words: calls::FOREIGN_AT_WORDS,
            before: 96,
            after: 96,
            ends_words: false,
        },
    },
    Detector {
        name: "uk_national_insurance",
        // No gate: the proof can only name the final letter; the regex's prefix prefilter does
        // the skipping.
        gate: &[],
        pattern: r#"(?i:national insurance(?:[ \t]+(?:number|no\.?))?|nino|ni[ \t_-]*(?:no|number|num|nr)\.?|nin|ni)["']?[ \t]*(?:[:=#]|is|was)?[ \t]*["']?(?P<v>[A-CEGHJ-TW-Z][A-CEGHJ-NP-TW-Z][ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[A-D])\b"#,
        decide: decide_uk_ni,
        non_ascii: false,
        anchors: Anchors {
            words: &["national insurance", "nino", "ni ", "ni_", "ni-", "nin"],
            before: 0,
            after: 64,
            ends_words: false,
        },
    },
    Detector {
        name: "postal_address",
        // No gate: the street words are short and common; the anchors keep it to their windows.
        gate: &[],
        pattern: addresses::POSTAL_PATTERN,
        decide: decide_address,
        non_ascii: false,
        anchors: Anchors {
            words: addresses::STREET_WORDS,
            before: 80,
            after: 96,
            ends_words: false,
        },
    },
    Detector {
        name: "compound_street_address",
        gate: addresses::COMPOUND_ENDINGS,
        pattern: addresses::COMPOUND_PATTERN,
        decide: decide_address,
        non_ascii: false,
        // Anchored: its leading `\p{Lu}[\p{L}-]*` leaves the regex no literal to skip ahead
        // with, and it cost a fifth of all detectors on a 10 MiB text read whole. The window
        // reaches the start of the compound word (windows never cut a word) and the number,
        // postcode and town after it.
        anchors: Anchors {
            words: addresses::COMPOUND_ENDINGS,
            before: 0,
            after: 80,
            ends_words: true,
        },
    },
    Detector {
        name: "address_in_context",
        // No gate: the context words of many languages leave no short literal every match holds.
        gate: &[],
        pattern: addresses::CONTEXT_PATTERN,
        decide: decide_address,
        non_ascii: false,
        anchors: Anchors {
            words: addresses::CONTEXT_WORDS,
            before: 0,
            after: 160,
            ends_words: false,
        },
    },
];

/// An address detector's finding: its `v` group.
fn decide_address(_: &str, caps: &Captures<'_>) -> Option<Candidate> {
    caps.name("v")
        .map(|v| Candidate::new(FindingKind::Address, v.range()))
}

/// A window scanner's entry point: the text, its windows, the findings.
type WindowScan = fn(&str, &[(usize, usize)], &mut Vec<Candidate>);

/// A detector written as code rather than a regular expression (it reads a table, not a
/// match), run like the anchored detectors: only in the windows around its anchor words, which
/// the same single pass finds.
struct WindowScanner {
    anchors: Anchors,
    /// Only the words written outside ASCII count as anchors (a list shared with a detector
    /// whose ASCII words this scanner gets from another list).
    script_words_only: bool,
    /// Gets the whole text and the merged windows, in text order.
    scan: WindowScan,
}

/// The column scanner, once for each list of header words (the header line around a column
/// word; the scanner finds the line itself). A line two lists hit is read twice and found the
/// same way twice: the merge keeps one finding.
static WINDOW_SCANNERS: &[WindowScanner] = &[
    column_scanner(columns::HEADER_WORDS, false),
    // The id names of other scripts (`ИНН`, `身份证号`); the ASCII ones (`fin`, `tax`, `pan`) are
    // common words that would send every line holding one to the scanner, and the id columns
    // written in ASCII are among the header words already.
    column_scanner(NATIONAL_ID_WORDS, true),
    column_scanner(columns::PHONE_HEADER_WORDS, false),
    column_scanner(columns::BIRTH_HEADER_WORDS, false),
    column_scanner(columns::EMAIL_HEADER_WORDS, false),
];

const fn column_scanner(words: &'static [&'static str], script_words_only: bool) -> WindowScanner {
    WindowScanner {
        anchors: Anchors {
            words,
            before: 0,
            after: 0,
            ends_words: false,
        },
        script_words_only,
        scan: columns::scan,
    }
}

/// The anchor words of a detector or window scanner (see [`anchors_of`]).
fn anchor_words(index: usize) -> impl Iterator<Item = &'static str> {
    let script_only = index
        .checked_sub(DETECTORS.len())
        .and_then(|k| WINDOW_SCANNERS.get(k))
        .is_some_and(|s| s.script_words_only);
    anchors_of(index)
        .words
        .iter()
        .copied()
        .filter(move |w| !(script_only && w.is_ascii()))
}

/// The anchors of anchored detectors and window scanners; an index past the detectors names a
/// window scanner.
fn anchors_of(index: usize) -> Anchors {
    match DETECTORS.get(index) {
        Some(d) => d.anchors,
        None => WINDOW_SCANNERS[index - DETECTORS.len()].anchors,
    }
}

/// The detector's regular expression, compiled on first use.
fn compiled(index: usize) -> &'static Regex {
    static COMPILED: OnceLock<Vec<OnceLock<Regex>>> = OnceLock::new();
    let slots = COMPILED.get_or_init(|| DETECTORS.iter().map(|_| OnceLock::new()).collect());
    let detector = &DETECTORS[index];
    slots[index].get_or_init(|| {
        // Invariant: the patterns are constants covered by unit tests.
        Regex::new(detector.pattern)
            .unwrap_or_else(|e| panic!("detector {} does not compile: {e}", detector.name))
    })
}

/// Detectors every match of which holds a digit, ASCII or fullwidth (an address has a house
/// number; a unit test proves it of each pattern). Their Unicode letter classes make them the
/// costliest detectors to compile, and most texts that hold one of their anchor words (`ship
/// to`, `lives`, `street`) hold no digit at all: a prompt about shipping carriers paid 20 ms.
const NEED_A_DIGIT: &[&str] = &[
    "postal_address",
    "compound_street_address",
    "address_in_context",
];

fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit()) || text.chars().any(|c| ('０'..='９').contains(&c))
}

/// Above this size every detector runs: compiling them all costs about as much as one gate
/// pass over this many bytes, and a large text usually holds every gate anyway.
const GATE_MAX_BYTES: usize = 256 * 1024;

/// Which detectors' gates occur in `text`: one pass over it for all of them, which stops as
/// soon as every detector is wanted.
pub(super) fn gated_in(text: &str) -> Vec<bool> {
    let mut wanted = gates_in(text);
    if !has_digit(text) {
        for (w, d) in wanted.iter_mut().zip(DETECTORS) {
            *w = *w && !NEED_A_DIGIT.contains(&d.name);
        }
    }
    // Detectors that need a character outside ASCII have nothing to find in ASCII text.
    if text.is_ascii() {
        return wanted
            .into_iter()
            .zip(DETECTORS)
            .map(|(w, d)| w && !d.non_ascii)
            .collect();
    }
    wanted
}

/// Texts up to this size are searched for gates and anchors one word at a time: building the
/// automaton would cost more than the search (a prompt is usually a few hundred bytes).
const SMALL_TEXT_BYTES: usize = 4096;

/// Which detectors' gate literals occur in `text` (case-insensitively).
fn gates_in(text: &str) -> Vec<bool> {
    if text.len() > GATE_MAX_BYTES {
        return vec![true; DETECTORS.len()];
    }
    if text.len() <= SMALL_TEXT_BYTES {
        let lower = text.to_ascii_lowercase();
        return DETECTORS
            .iter()
            .map(|d| {
                d.gate.is_empty()
                    || d.gate.iter().any(|g| {
                        memchr::memmem::find(lower.as_bytes(), g.to_ascii_lowercase().as_bytes())
                            .is_some()
                    })
            })
            .collect();
    }
    static GATES: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    let (scanner, owner) = GATES.get_or_init(|| {
        let mut literals = Vec::new();
        let mut owner = Vec::new();
        for (index, detector) in DETECTORS.iter().enumerate() {
            for gate in detector.gate {
                literals.push(*gate);
                owner.push(index);
            }
        }
        // Invariant: a few dozen short constant literals always build.
        // Only texts between SMALL_TEXT_BYTES and GATE_MAX_BYTES get here; a contiguous NFA
        // builds fast and searches them well enough.
        let scanner = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .ascii_case_insensitive(true)
            .build(&literals)
            .unwrap_or_else(|e| panic!("detector gates do not build: {e}"));
        (scanner, owner)
    });
    let mut wanted: Vec<bool> = DETECTORS.iter().map(|d| d.gate.is_empty()).collect();
    let mut missing = wanted.iter().filter(|w| !**w).count();

    for m in scanner.find_overlapping_iter(text) {
        let index = owner[m.pattern().as_usize()];
        if !wanted[index] {
            wanted[index] = true;
            missing -= 1;
            if missing == 0 {
                break;
            }
        }
    }
    wanted
}

/// Run every detector whose gate `text` holds.
#[cfg(test)]
pub(super) fn scan(text: &str, out: &mut Vec<Candidate>) {
    let wanted = gated_in(text);
    scan_whole_text(text, &wanted, out);
    scan_anchored(text, &wanted, out);
}

/// Run the detectors that read the whole text (their regex's literal prefilter finds where) and
/// that `wanted` (from [`gated_in`]) selects.
pub(super) fn scan_whole_text(text: &str, wanted: &[bool], out: &mut Vec<Candidate>) {
    for (index, detector) in DETECTORS.iter().enumerate() {
        if wanted[index] && detector.anchors.words.is_empty() {
            scan_one(text, compiled(index), detector.decide, out);
        }
    }
}

/// Run the anchored detectors only in windows around their anchor words: one case-insensitive
/// pass for every detector's words, then each regex in its (merged) windows, spans mapped back.
pub(super) fn scan_anchored(text: &str, wanted: &[bool], out: &mut Vec<Candidate>) {
    if text.len() <= SMALL_TEXT_BYTES {
        let lower = text.to_ascii_lowercase();
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for index in 0..DETECTORS.len() + WINDOW_SCANNERS.len() {
            if !wanted.get(index).copied().unwrap_or(true) {
                continue;
            }
            for w in anchor_words(index) {
                let w = w.to_ascii_lowercase();
                // A first-byte scan: a `memmem` searcher costs more to set up, per word, than
                // a short text costs to scan.
                let (hay, needle) = (lower.as_bytes(), w.as_bytes());
                let Some(&first) = needle.first() else {
                    continue;
                };
                for at in memchr::memchr_iter(first, hay) {
                    if hay[at..].starts_with(needle) {
                        hits.push((at, at + needle.len(), index));
                    }
                }
            }
        }
        hits.sort_unstable();
        scan_windows(text, hits.into_iter(), out);
        return;
    }
    let Some(anchors) = anchor_scanners() else {
        // Invariant: constant anchor words always build; without them, whole texts.
        for (index, d) in DETECTORS.iter().enumerate() {
            if wanted[index] && !d.anchors.words.is_empty() {
                scan_one(text, compiled(index), d.decide, out);
            }
        }
        for s in WINDOW_SCANNERS {
            (s.scan)(text, &[(0, text.len())], out);
        }
        return;
    };
    let wanted_hits = |scanner: &AnchorScanner| -> Vec<(usize, usize, usize)> {
        scanner
            .words
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), scanner.owner[m.pattern().as_usize()]))
            .filter(|(_, _, index)| wanted.get(*index).copied().unwrap_or(true))
            .collect()
    };
    let mut hits = wanted_hits(&anchors.ascii);
    // Words with a character outside ASCII cannot occur in ASCII text, which is most text: a
    // second pass for them only where it can find something.
    if !text.is_ascii() {
        hits.extend(wanted_hits(&anchors.non_ascii));
        hits.sort_unstable();
    }
    scan_windows(text, hits.into_iter(), out);
}

/// One automaton over anchor words and, for each of its patterns, the detector (or window
/// scanner, past the detectors) that owns the word.
struct AnchorScanner {
    words: AhoCorasick,
    owner: Vec<usize>,
}

/// The anchor words written in ASCII and the rest, in two automata: the smaller ASCII one is
/// all that ASCII text needs, and its DFA stays small enough to be fast.
struct AnchorScanners {
    ascii: AnchorScanner,
    non_ascii: AnchorScanner,
}

fn anchor_scanners() -> Option<&'static AnchorScanners> {
    static ANCHORS: OnceLock<Option<AnchorScanners>> = OnceLock::new();
    ANCHORS
        .get_or_init(|| {
            let build = |ascii: bool| -> Option<AnchorScanner> {
                let mut words = Vec::new();
                let mut owner = Vec::new();
                for index in 0..DETECTORS.len() + WINDOW_SCANNERS.len() {
                    for w in anchor_words(index) {
                        if w.is_ascii() == ascii {
                            words.push(w);
                            owner.push(index);
                        }
                    }
                }
                // Only texts over SMALL_TEXT_BYTES get here: a DFA searches them fastest, and
                // its build (once per process) is small next to scanning them.
                let words = AhoCorasick::builder()
                    .kind(Some(AhoCorasickKind::DFA))
                    .ascii_case_insensitive(true)
                    .build(&words)
                    .ok()?;
                Some(AnchorScanner { words, owner })
            };
            Some(AnchorScanners {
                ascii: build(true)?,
                non_ascii: build(false)?,
            })
        })
        .as_ref()
}

/// Run each anchored detector in the windows around its anchor hits (start, end, detector), in
/// text order.
fn scan_windows(
    text: &str,
    hits: impl Iterator<Item = (usize, usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    let mut windows: Vec<Vec<(usize, usize)>> =
        vec![Vec::new(); DETECTORS.len() + WINDOW_SCANNERS.len()];
    for (m_start, m_end, index) in hits {
        // An anchor word that starts with a letter starts a word (`cc` in `account` is no
        // card word); `[at]` may follow one.
        let Anchors {
            before,
            after,
            ends_words,
            ..
        } = anchors_of(index);
        let glued = byte_at(text, m_start).is_some_and(|b| b.is_ascii_alphabetic())
            && byte_before(text, m_start).is_some_and(|b| b.is_ascii_alphabetic());
        if glued && !ends_words {
            continue;
        }
        // A window never cuts a word: a cut would read as a word boundary (`X12345678|AKIA`
        // would pass for a passport number when the window ends after the 8).
        let start = floor_boundary(text, m_start.saturating_sub(before));
        let start = word_start(text, start, WINDOW_WORD_SLACK);
        let end = ceil_boundary(text, (m_end + after).min(text.len()));
        let end = word_end(text, end, WINDOW_WORD_SLACK);
        let list = &mut windows[index];
        match list.last_mut() {
            Some(last) if start <= last.1 => {
                last.0 = last.0.min(start);
                last.1 = last.1.max(end);
            }
            _ => list.push((start, end)),
        }
    }
    for (index, list) in windows.into_iter().enumerate() {
        if let Some(s) = index
            .checked_sub(DETECTORS.len())
            .and_then(|k| WINDOW_SCANNERS.get(k))
        {
            (s.scan)(text, &list, out);
            continue;
        }
        for (start, end) in list {
            let mut found = Vec::new();
            scan_one(
                &text[start..end],
                compiled(index),
                DETECTORS[index].decide,
                &mut found,
            );
            out.extend(found.into_iter().map(|c| Candidate {
                kind: c.kind,
                span: (c.span.0 + start, c.span.1 + start),
            }));
        }
    }
}

/// The one-dash parameters `single_dash_secret_parameter` reads (its anchors; each of its
/// names holds one of these).
const SECRET_PARAMETERS: &[&str] = &[
    "-pass",
    "-plaintextpassword",
    "-adminpassword",
    "-sqlpassword",
    "-dbpassword",
    "-secret",
    "-clientsecret",
    "-apikey",
    "-accesstoken",
    "-token",
    "-authtoken",
    "-accountkey",
    "-storageaccountkey",
    "-sastoken",
    "-personalaccesstoken",
];

/// How far a window grows to reach the edge of the word it would cut; a longer word is cut.
const WINDOW_WORD_SLACK: usize = 256;

/// The start of the word `at` falls in (after the nearest blank at most `slack` bytes back, or
/// the text's start), else `at`.
pub(super) fn word_start(text: &str, at: usize, slack: usize) -> usize {
    let b = text.as_bytes();
    let low = at.saturating_sub(slack);
    match b[low..at].iter().rposition(u8::is_ascii_whitespace) {
        Some(k) => low + k + 1,
        None if low == 0 => 0,
        None => at,
    }
}

/// The end of the word `at` falls in (the nearest blank at most `slack` bytes on, or the text's
/// end), else `at`.
pub(super) fn word_end(text: &str, at: usize, slack: usize) -> usize {
    let b = text.as_bytes();
    let high = (at + slack).min(b.len());
    match b[at..high].iter().position(u8::is_ascii_whitespace) {
        Some(k) => at + k,
        None if high == b.len() => high,
        None => at,
    }
}

pub(super) fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

pub(super) fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// After a rejected match the search resumes one character after its start, not after its end:
/// a rejected match must not hide a shorter one inside it (`--password x<EMAIL> --password y`).
fn scan_one(text: &str, re: &Regex, decide: Decide, out: &mut Vec<Candidate>) {
    let mut at = 0;
    while at <= text.len() {
        let Some(caps) = re.captures_at(text, at) else {
            break;
        };
        let Some(m) = caps.get(0) else {
            break;
        };
        let next = match decide(text, &caps) {
            Some(c) => {
                out.push(c);
                m.end()
            }
            None => m.start(),
        };
        // Always move forward by at least one character.
        at = if next > m.start() || next > at {
            next
        } else {
            m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8)
        };
    }
}

#[cfg(test)]
mod tests;
