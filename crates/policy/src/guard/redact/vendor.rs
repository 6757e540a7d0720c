//! Vendor tokens whose prefix names them, beyond the common ones of the `api_token` detector:
//! Supabase, Pulumi, Linear, RubyGems, Prefect, ReadMe, Sentry, Grafana, PlanetScale, Brevo,
//! DigitalOcean OAuth, Shippo, Duffel, Dynatrace, EasyPost, Flutterwave, Frame.io, Perplexity,
//! Notion, Docker Hub, Heroku, Atlassian, Artifactory, Clojars, Typeform, 1Password, Hugging
//! Face organizations, Infracost, Sourcegraph, SettleMint, OpenShift, Fly.io, Scalingo, GitLab
//! runner registration, Terraform Cloud, Google OAuth refresh tokens (`1//0…`), and Windows
//! DPAPI blobs (the hex `ConvertFrom-SecureString` prints, which starts with the DPAPI
//! provider's GUID, `d08c9ddf-0115-d111-8c7a-00c04fc297eb`). Lengths and alphabets as their
//! vendors (and gitleaks' rules) give them.
//!
//! A detector of its own, read only around its prefixes (found by the one anchor pass): a
//! long alternation of literals in the whole-text `api_token` regex would slow its prefilter
//! for every text.

/// Every match starts with one of these (case as written: the anchor pass ignores case, the
/// regex does not).
pub(super) const PREFIXES: &[&str] = &[
    "sbp_",
    "sb_secret_",
    "pul-",
    "lin_api_",
    "rubygems_",
    "pnu_",
    "rdme_",
    "sntryu_",
    "sntrys_",
    "glsa_",
    "glc_",
    "pscale_",
    "xkeysib-",
    "doo_v1_",
    "dor_v1_",
    "shippo_",
    "duffel_",
    "dt0c01.",
    "EZAK",
    "EZTK",
    "FLWSECK",
    "fio-u-",
    "pplx-",
    "ntn_",
    "dckr_pat_",
    "HRKU-AA",
    "ATATT3",
    "AKCp",
    "CLOJARS_",
    "tfp_",
    "ops_eyJ",
    "api_org_",
    "ico-",
    "sgp_",
    "sm_aat_",
    "sm_pat_",
    "sm_sat_",
    "sha256~",
    "fo1_",
    "tk-us-",
    "GR1348941",
    ".atlasv1.",
    "1//0",
    "01000000d08c9ddf",
];

pub(super) const PATTERN: &str = r"sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,}|pul-[a-f0-9]{40}|lin_api_[A-Za-z0-9]{40}|rubygems_[a-f0-9]{48}|pnu_[A-Za-z0-9]{36}|rdme_[a-z0-9]{70}|sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/=_]{50,}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,}={0,3}|pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.-]{32,64}|xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|do[or]_v1_[a-f0-9]{64}|shippo_(?:live|test)_[a-fA-F0-9]{40}|duffel_(?:test|live)_[A-Za-z0-9_=-]{43}|dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}|EZ[AT]K[A-Za-z0-9]{54}|FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X|fio-u-[A-Za-z0-9_=-]{64}|pplx-[A-Za-z0-9]{48}|ntn_[0-9]{11}[A-Za-z0-9]{35}|dckr_pat_[A-Za-z0-9_-]{27}|HRKU-AA[0-9a-zA-Z_-]{58}|ATATT3[A-Za-z0-9_=-]{186}|AKCp[A-Za-z0-9]{69}|CLOJARS_[a-z0-9]{60}|tfp_[A-Za-z0-9_.=-]{59}|ops_eyJ[A-Za-z0-9+/]{250,}={0,3}|api_org_[A-Za-z]{34}|ico-[A-Za-z0-9]{32}|sgp_(?:[a-fA-F0-9]{16}_)?[a-fA-F0-9]{40}|sm_(?:aat|pat|sat)_[A-Za-z0-9]{16}|sha256~[A-Za-z0-9_-]{43}|fo1_[A-Za-z0-9_-]{43}|tk-us-[A-Za-z0-9_-]{48}|GR1348941[A-Za-z0-9_-]{20}|[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}|1//0[A-Za-z0-9_-]{40,}|01000000d08c9ddf0115d1118c7a00c04fc297eb[0-9a-fA-F]{40,}";
