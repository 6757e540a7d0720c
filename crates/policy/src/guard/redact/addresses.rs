//! Home and postal addresses (`address`, `<ADDRESS>`): a house number, a street word of one of
//! several languages and something only an address has: a postcode (US ZIP after a state, UK
//! outward and inward codes, Indian PIN, the 4- and 5-digit codes of Europe before a city), or
//! a word that says a person lives or receives mail there ("lives at", "ship to", `Anschrift`,
//! `domicilio`, `住所`). A street word without a number ("Main Street" as a branch name), a
//! number without a street word ("Room 101", "42 rows", "Route 66") and column names (`ADDRESS`,
//! `SHIP_TO_ADDRESS`, `STREET_NAME`) are left alone. "store #12 on Market St" is left alone too:
//! `#12` is a store number, and the street has no number of its own. The whole span, number
//! through postcode, is one finding.

/// English street words (number first: `42 Elm Street`, `1600 Amphitheatre Pkwy`).
macro_rules! en_types {
    () => {
        r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|parkway|pkwy|place|pl|terrace|close|crescent|highway|hwy|way|square|sq|circle|cir|marg)"
    };
}

/// What follows a street and makes it a postal address: `Springfield, IL 62704`,
/// `London NW1 6XE`, `Bengaluru - 560001`, `75002 Paris`.
macro_rules! tail {
    () => {
        r"(?:(?:\p{Lu}[\p{L}.'-]*[ \t]+){0,3}\p{Lu}[\p{L}.'-]*,[ \t]*[A-Z]{2}[ \t]+[0-9]{5}(?:-[0-9]{4})?|(?:\p{Lu}[\p{L}'-]*[ \t]+){0,2}[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]+[0-9][A-Z]{2}\b|(?:\p{Lu}[\p{L}'-]*[ \t,-]+){1,3}[0-9]{3}[ ]?[0-9]{3}\b|[0-9]{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+\p{Lu}\p{L}+)"
    };
}

/// Number first, English street word: `42 Elm Street, Apt 3`.
macro_rules! en_street {
    () => {
        concat!(
            r"(?:(?i:flat|apt|apartment|unit|suite)\.?[ \t]*#?[0-9]{1,4}[A-Za-z]?,?[ \t]+)?[0-9]{1,5}[A-Za-z]?(?:[-/][0-9]{1,4})?,?[ \t]+(?:[\p{Lu}0-9][\p{L}0-9'.-]* +){1,4}",
            en_types!(),
            r"\b\.?(?:,?[ \t]+(?i:apt|apartment|suite|ste|unit|flat)\.?[ \t]*#?[0-9A-Za-z-]{1,6})?"
        )
    };
}

/// Number first, Romance street word: `12 rue de la Paix`, `5 avenue Foch`.
macro_rules! fr_street {
    () => {
        r"[0-9]{1,4}(?:[ \t]?(?i:bis|ter))?,? +(?i:rue|avenue|boulevard|bd|place|chemin|allée|allee|impasse|quai|cours) +[\p{L}'’ -]{2,40}?"
    };
}

/// Street word first, number after: `Calle Mayor 5`, `Via Roma 10`, `Rua Augusta 100`.
macro_rules! latin_street {
    () => {
        r"(?i:calle|avenida|avda\.|paseo|plaza|carrer|via|viale|piazza|corso|largo|rua|travessa) +(?:[\p{L}'’.-]+[ \t]+){0,4}?[\p{L}'’.-]+,?[ \t]+(?:n[º°.][ \t]*)?[0-9]{1,4}[A-Za-z]?"
    };
}

/// Japanese: prefecture, municipality, block numbers (`東京都千代田区千代田1-1`).
macro_rules! jp_address {
    () => {
        r"(?:〒[ \t]*[0-9]{3}-[0-9]{4}[ \t\x{3000}]*)?\p{Han}{1,4}[都道府県]\p{Han}{1,6}?[市区町村郡]\p{Han}{0,8}?[0-9０-９]{1,4}(?:丁目|番地|番|号|[-−ー－][0-9０-９]{1,4}){1,4}"
    };
}

/// A street with its postcode, no context word needed.
pub(super) const POSTAL_PATTERN: &str = concat!(
    r"(?:^|[^\p{L}\p{N}])(?P<v>(?:",
    en_street!(),
    r"|",
    fr_street!(),
    r"|",
    latin_street!(),
    r"),?[ \t]+(?:[0-9]{4}-[0-9]{3}[ \t]+\p{Lu}\p{L}+|",
    tail!(),
    r")|",
    jp_address!(),
    r")"
);

/// The words `POSTAL_PATTERN` is anchored on (its street words, lower case; the Japanese
/// prefecture characters and the postal mark).
/// Abbreviations and short words carry the blank next to them in every match (the patterns
/// put ` +` around the street word; `via ` and `rua ` open theirs). Bare, `st ` and `ct `
/// sit in `most ` and `SELECT ` on every other line and ran the detector on nearly all
/// text (21 MiB/s). A tab straight after an abbreviation (`Main St<TAB>62704`) escapes the
/// gate and is not redacted: rare enough to pay for the throughput.
pub(super) const STREET_WORDS: &[&str] = &[
    "street",
    " st ",
    " st.",
    " st,",
    "avenue",
    " ave ",
    " ave.",
    " ave,",
    "road",
    " rd ",
    " rd.",
    " rd,",
    "boulevard",
    "blvd",
    "lane",
    " ln ",
    " ln.",
    " ln,",
    "drive",
    " dr ",
    " dr.",
    " dr,",
    "court",
    " ct ",
    " ct.",
    " ct,",
    "parkway",
    "pkwy",
    "place",
    " pl ",
    " pl.",
    " pl,",
    "terrace",
    "close",
    "crescent",
    "highway",
    "hwy",
    " way ",
    " way,",
    "square",
    " sq ",
    " sq.",
    " sq,",
    "circle",
    " cir ",
    " cir.",
    " cir,",
    "marg",
    " rue ",
    " bd ",
    "chemin",
    "all\u{e9}e",
    "allee",
    "impasse",
    "quai",
    " cours ",
    "calle",
    "avenida",
    "avda",
    "paseo",
    "plaza",
    "carrer",
    "via ",
    "viale",
    "piazza",
    "corso",
    "largo",
    "rua ",
    "travessa",
    "\u{3012}",
    "\u{90fd}",
    "\u{9053}",
    "\u{5e9c}",
    "\u{770c}",
];

/// German, Dutch and Nordic compound street names: `Musterstraße 12, 10115 Berlin`,
/// `Kerkstraat 12, 1012 AB Amsterdam`.
pub(super) const COMPOUND_PATTERN: &str = r"(?:^|[^\p{L}\p{N}])(?P<v>\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|platz|gasse|allee|damm|ufer|straat|laan|gracht|plein|kade|vej|gade|gatan|vägen|veien)[ \t]+[0-9]{1,4}[a-zA-Z]?(?:-[0-9]{1,4})?,?[ \t]+(?:[A-Z]{1,2}-)?[0-9]{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+\p{Lu}\p{L}+)";

/// The compound endings (`COMPOUND_PATTERN`'s gate).
pub(super) const COMPOUND_ENDINGS: &[&str] = &[
    "stra\u{df}e",
    "strasse",
    "str.",
    "weg",
    "platz",
    "gasse",
    "allee",
    "damm",
    "ufer",
    "straat",
    "laan",
    "gracht",
    "plein",
    "kade",
    "vej",
    "gade",
    "gatan",
    "v\u{e4}gen",
    "veien",
];

/// After a word that says someone lives or receives mail there, a street with its number is
/// an address even without a postcode: `lives at 42 Elm Street`, `Anschrift: Hauptweg 3`.
pub(super) const CONTEXT_PATTERN: &str = concat!(
    r"(?:(?i:lives|living|live|resides|residing|reside|moved) +(?i:at|in|on|to)|(?i:ship(?:ping)?|deliver(?:y)?|send(?: it)?|mail(?: it)?) +(?i:to)|(?i:home|postal|mailing|billing|shipping|street|residential|private)[ \t_-]+(?i:address)|(?i:address|adresse|anschrift|wohnhaft|wohnt|domicilio|dirección|direccion|indirizzo|endereço|endereco|morada|adres|woonadres)|住所|地址|주소|पता)",
    r#"[^\n0-9]{0,24}?(?P<v>(?:"#,
    en_street!(),
    r"|",
    fr_street!(),
    r"\b|",
    latin_street!(),
    r"|\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|platz|gasse|allee|damm|ufer|straat|laan|gracht|plein|kade)[ \t]+[0-9]{1,4}[a-zA-Z]?)(?:,?[ \t]+",
    tail!(),
    r")?|",
    jp_address!(),
    r")"
);

/// `CONTEXT_PATTERN`'s anchors: its context words, lower case.
pub(super) const CONTEXT_WORDS: &[&str] = &[
    "lives",
    "living",
    "live ",
    "resides",
    "residing",
    "reside ",
    "moved",
    "ship ",
    "shipping",
    "deliver ",
    "delivery ",
    "send ",
    "mail ",
    "address",
    "adresse",
    "anschrift",
    "wohnhaft",
    "wohnt",
    "domicilio",
    "direcci\u{f3}n",
    "direccion",
    "indirizzo",
    "endere\u{e7}o",
    "endereco",
    "morada",
    "adres",
    "woonadres",
    "\u{4f4f}\u{6240}",
    "\u{5730}\u{5740}",
    "\u{c8fc}\u{c18c}",
    "\u{92a}\u{924}\u{93e}",
];
