//! The heuristic's vocabulary: phrases, what kind of evidence each is, and how much it weighs.
//!
//! Phrases are lowercase and matched on word boundaries (a phrase that starts or ends with a letter,
//! digit or `_` must not continue into a longer word; a trailing `s` is allowed for plurals).
//! Ambiguous words are deliberately weak (`warehouse`, `stage`, `credits` …): they only add up with
//! other evidence. Words that are only Snowflake (`COPY INTO`, `RESULT_SCAN`, `UNDROP`, `Snowpark`)
//! are strong. Negative context (other databases, local code work, embedded "Cortex" cores, data
//! science on local files) pulls the other way. Senses of the words "snowflake" and "cortex" are
//! resolved in `heuristic`, not here: they need the words around them.

/// What a phrase is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    // ---- for Cortex ----
    /// Snowflake products and features by name.
    Product,
    /// SQL syntax, functions, views and roles that only Snowflake has.
    SqlOnly,
    /// Snowflake object kinds and parameters (strong ones are nearly unique to Snowflake).
    Object,
    /// Ambiguous Snowflake-ish words: only count together with other evidence.
    Weak,
    /// Generic data words (SQL, query, table): a nudge, never a decision.
    DataWord,
    /// Operating on live database objects ("drop the tables in the SCRATCH schema") with no other
    /// database named: in this tool's setting, most likely Snowflake.
    DataOp,
    // ---- against ----
    /// Another database or warehouse product.
    OtherDb,
    /// Local code, repository and tooling work.
    CodeWork,
    /// Local data science libraries and local data files.
    LocalData,
    /// Embedded / ARM words (the other "Cortex").
    Embedded,
    /// Other platforms and tools unrelated to Snowflake.
    OtherTool,
    /// "data warehouse" as a generic concept, "warehouse" as a building.
    GenericWarehouse,
    /// Maintenance of local code or docs ("fix the test in tests/x.py", "add … to the README"):
    /// a Snowflake word in such a request is incidental.
    LocalEdit,
    // ---- modifiers: no weight of their own ----
    /// Moving or translating something (to Snowflake, when Snowflake is named).
    Migration,
    /// Comparing products.
    Compare,
    // ---- intent, for the envelope proposal ----
    IntentDeploy,
    IntentWrite,
    IntentRead,
    IntentResearch,
    /// "our", "yesterday": the request is about actual data, not a general question.
    Possession,
    /// Work on files (scripts, apps, models in the repository).
    Files,
    /// A command-line tool Cortex would run through the shell.
    Cli,
}

impl Group {
    /// The most a group can add up to: many weak hits never make a strong case.
    pub fn cap(self) -> f32 {
        match self {
            Group::Product => 6.0,
            Group::SqlOnly => 6.0,
            Group::Object => 5.0,
            Group::Weak => 1.6,
            // Below the bias: generic SQL alone never makes a request Snowflake work.
            Group::DataWord => 0.7,
            Group::DataOp => 1.4,
            Group::OtherDb => 4.5,
            Group::CodeWork => 3.5,
            Group::LocalData => 2.5,
            Group::Embedded => 3.0,
            Group::OtherTool => 2.5,
            Group::GenericWarehouse => 1.5,
            Group::LocalEdit => 2.5,
            _ => 0.0,
        }
    }

    /// True for groups that count for Cortex.
    pub fn is_positive(self) -> bool {
        matches!(
            self,
            Group::Product
                | Group::SqlOnly
                | Group::Object
                | Group::Weak
                | Group::DataWord
                | Group::DataOp
        )
    }

    /// True for groups that count against Cortex.
    pub fn is_negative(self) -> bool {
        matches!(
            self,
            Group::OtherDb
                | Group::CodeWork
                | Group::LocalData
                | Group::Embedded
                | Group::OtherTool
                | Group::GenericWarehouse
                | Group::LocalEdit
        )
    }
}

/// One phrase of the vocabulary.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub phrase: &'static str,
    pub group: Group,
    pub weight: f32,
    /// Shown in the reason; phrases with the same label count once.
    pub label: &'static str,
}

const fn cue(phrase: &'static str, group: Group, weight: f32, label: &'static str) -> Cue {
    Cue {
        phrase,
        group,
        weight,
        label,
    }
}

use Group::*;

/// The vocabulary. Order does not matter.
pub const CUES: &[Cue] = &[
    // ---- Snowflake products and features ----
    cue("snowpark", Product, 3.5, "Snowpark"),
    cue("snowpipe", Product, 3.5, "Snowpipe"),
    cue("snowsight", Product, 3.5, "Snowsight"),
    cue("snowsql", Product, 3.5, "SnowSQL"),
    cue("snow cli", Product, 3.0, "Snowflake CLI"),
    cue("snow sql", Product, 3.0, "Snowflake CLI"),
    cue("snow app", Product, 3.0, "Snowflake CLI"),
    cue("snow streamlit", Product, 3.0, "Snowflake CLI"),
    cue(
        "streamlit in snowflake",
        Product,
        3.0,
        "Streamlit in Snowflake",
    ),
    cue(
        "snowpark container services",
        Product,
        3.5,
        "Snowpark Container Services",
    ),
    cue("spcs", Product, 3.0, "Snowpark Container Services"),
    cue("compute pool", Product, 3.0, "compute pool"),
    cue("native app", Product, 1.5, "native app"),
    cue("application package", Product, 2.5, "application package"),
    cue(
        "snowflake marketplace",
        Product,
        3.0,
        "Snowflake Marketplace",
    ),
    cue("marketplace listing", Product, 1.5, "Marketplace listing"),
    cue("document ai", Product, 2.0, "Document AI"),
    cue("unistore", Product, 3.0, "Unistore"),
    cue("hybrid table", Product, 2.5, "hybrid table"),
    cue("iceberg table", Product, 1.0, "Iceberg table"),
    cue("snowflake scripting", Product, 3.0, "Snowflake Scripting"),
    cue("snowflake notebook", Product, 3.0, "Snowflake Notebooks"),
    cue("snowflake horizon", Product, 3.0, "Snowflake Horizon"),
    cue("snowflake.connector", Product, 2.0, "Snowflake connector"),
    cue(
        "snowflake-connector-python",
        Product,
        1.5,
        "Snowflake connector",
    ),
    cue("snowflake connector", Product, 1.5, "Snowflake connector"),
    cue("write_pandas", Product, 2.5, "write_pandas"),
    cue("snowflake.snowpark", Product, 3.5, "Snowpark"),
    cue("snowflake.ml.", SqlOnly, 3.5, "SNOWFLAKE.ML functions"),
    cue(
        "snowflake.cortex.",
        SqlOnly,
        3.5,
        "SNOWFLAKE.CORTEX functions",
    ),
    cue("snowflake.account_usage", SqlOnly, 3.5, "ACCOUNT_USAGE"),
    // ---- Snowflake-only SQL, functions, views, roles ----
    cue("copy into", SqlOnly, 3.0, "COPY INTO"),
    cue("result_scan", SqlOnly, 3.5, "RESULT_SCAN"),
    cue("last_query_id", SqlOnly, 3.5, "LAST_QUERY_ID"),
    cue("system$", SqlOnly, 3.5, "SYSTEM$ function"),
    cue("metadata$", SqlOnly, 3.5, "METADATA$ column"),
    cue("lateral flatten", SqlOnly, 3.5, "LATERAL FLATTEN"),
    cue("flatten(", SqlOnly, 2.5, "FLATTEN"),
    cue("flatten (", SqlOnly, 2.5, "FLATTEN"),
    cue("qualify", SqlOnly, 1.2, "QUALIFY"),
    cue("undrop", SqlOnly, 3.5, "UNDROP"),
    cue("at(offset", SqlOnly, 3.5, "time travel AT(OFFSET =>)"),
    cue("at (offset", SqlOnly, 3.5, "time travel AT(OFFSET =>)"),
    cue("at(timestamp", SqlOnly, 3.5, "time travel AT(TIMESTAMP =>)"),
    cue(
        "at (timestamp",
        SqlOnly,
        3.5,
        "time travel AT(TIMESTAMP =>)",
    ),
    cue(
        "before(statement",
        SqlOnly,
        3.5,
        "time travel BEFORE(STATEMENT =>)",
    ),
    cue(
        "before (statement",
        SqlOnly,
        3.5,
        "time travel BEFORE(STATEMENT =>)",
    ),
    cue("time travel", Object, 2.0, "Time Travel"),
    cue("fail-safe", Object, 1.5, "Fail-safe"),
    cue("failsafe", Object, 1.5, "Fail-safe"),
    cue("zero-copy clone", Object, 3.0, "zero-copy clone"),
    cue("zero copy clone", Object, 3.0, "zero-copy clone"),
    cue("account_usage", SqlOnly, 3.5, "ACCOUNT_USAGE"),
    cue("account usage", SqlOnly, 2.0, "ACCOUNT_USAGE"),
    cue("organization_usage", SqlOnly, 3.5, "ORGANIZATION_USAGE"),
    cue("reader_account_usage", SqlOnly, 3.5, "READER_ACCOUNT_USAGE"),
    cue(
        "warehouse_metering_history",
        SqlOnly,
        3.5,
        "WAREHOUSE_METERING_HISTORY",
    ),
    cue("metering_history", SqlOnly, 3.0, "METERING_HISTORY"),
    cue(
        "warehouse_load_history",
        SqlOnly,
        3.5,
        "WAREHOUSE_LOAD_HISTORY",
    ),
    cue("copy_history", SqlOnly, 3.0, "COPY_HISTORY"),
    cue("pipe_usage_history", SqlOnly, 3.5, "PIPE_USAGE_HISTORY"),
    cue("query_history", SqlOnly, 2.0, "QUERY_HISTORY"),
    cue("login_history", SqlOnly, 2.0, "LOGIN_HISTORY"),
    cue("access_history", SqlOnly, 2.5, "ACCESS_HISTORY"),
    cue("storage_usage", SqlOnly, 2.0, "STORAGE_USAGE"),
    cue(
        "table_storage_metrics",
        SqlOnly,
        3.5,
        "TABLE_STORAGE_METRICS",
    ),
    cue(
        "database_storage_usage_history",
        SqlOnly,
        3.5,
        "DATABASE_STORAGE_USAGE_HISTORY",
    ),
    cue("information_schema", Weak, 0.6, "INFORMATION_SCHEMA"),
    cue("accountadmin", SqlOnly, 3.5, "ACCOUNTADMIN role"),
    cue("securityadmin", SqlOnly, 3.5, "SECURITYADMIN role"),
    cue("useradmin", SqlOnly, 3.0, "USERADMIN role"),
    cue("orgadmin", SqlOnly, 3.5, "ORGADMIN role"),
    cue("sysadmin", SqlOnly, 1.5, "SYSADMIN role"),
    cue("use warehouse", SqlOnly, 3.5, "USE WAREHOUSE"),
    cue("use role", SqlOnly, 2.5, "USE ROLE"),
    cue("use secondary roles", SqlOnly, 3.5, "USE SECONDARY ROLES"),
    cue("current_warehouse", SqlOnly, 3.5, "CURRENT_WAREHOUSE()"),
    cue("show warehouses", SqlOnly, 3.5, "SHOW WAREHOUSES"),
    cue("show stages", SqlOnly, 3.5, "SHOW STAGES"),
    cue("show pipes", SqlOnly, 3.5, "SHOW PIPES"),
    cue("show streams", SqlOnly, 3.0, "SHOW STREAMS"),
    cue("show tasks", SqlOnly, 3.0, "SHOW TASKS"),
    cue("show shares", SqlOnly, 3.0, "SHOW SHARES"),
    cue("show integrations", SqlOnly, 3.5, "SHOW INTEGRATIONS"),
    cue("show grants", SqlOnly, 2.0, "SHOW GRANTS"),
    cue("show roles", SqlOnly, 1.5, "SHOW ROLES"),
    cue("show users", SqlOnly, 1.2, "SHOW USERS"),
    cue("show schemas", SqlOnly, 1.5, "SHOW SCHEMAS"),
    cue("show parameters", SqlOnly, 2.0, "SHOW PARAMETERS"),
    cue("in account", SqlOnly, 2.0, "SHOW … IN ACCOUNT"),
    cue("in database", Weak, 0.5, "IN DATABASE"),
    cue("to role", SqlOnly, 2.0, "GRANT … TO ROLE"),
    cue("on warehouse", SqlOnly, 3.0, "grant on a warehouse"),
    cue("on future tables", SqlOnly, 3.0, "future grants"),
    cue("on all tables in schema", SqlOnly, 1.5, "bulk grant"),
    cue("database role", SqlOnly, 2.0, "database role"),
    cue("ownership on", SqlOnly, 2.0, "OWNERSHIP privilege"),
    cue("ownership", Weak, 0.5, "OWNERSHIP privilege"),
    cue("parse_json", SqlOnly, 2.5, "PARSE_JSON"),
    cue("object_construct", SqlOnly, 3.5, "OBJECT_CONSTRUCT"),
    cue("try_to_number", SqlOnly, 3.0, "TRY_TO_NUMBER"),
    cue("try_to_date", SqlOnly, 2.5, "TRY_TO_DATE"),
    cue("try_to_timestamp", SqlOnly, 2.5, "TRY_TO_TIMESTAMP"),
    cue("to_variant", SqlOnly, 3.0, "TO_VARIANT"),
    cue("::variant", SqlOnly, 3.0, "VARIANT cast"),
    cue("variant column", Object, 2.0, "VARIANT column"),
    cue("iff(", SqlOnly, 1.5, "IFF()"),
    cue("generator(rowcount", SqlOnly, 3.5, "GENERATOR()"),
    cue("timestamp_ntz", SqlOnly, 3.0, "TIMESTAMP_NTZ"),
    cue("timestamp_ltz", SqlOnly, 3.0, "TIMESTAMP_LTZ"),
    cue("timestamp_tz", SqlOnly, 2.5, "TIMESTAMP_TZ"),
    cue(
        "sql compilation error",
        SqlOnly,
        3.0,
        "Snowflake error message",
    ),
    cue(
        "does not exist or not authorized",
        SqlOnly,
        3.5,
        "Snowflake error message",
    ),
    cue(
        "could not connect to snowflake",
        SqlOnly,
        3.0,
        "Snowflake error message",
    ),
    cue("execute task", SqlOnly, 2.5, "EXECUTE TASK"),
    cue("ai_complete", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_classify", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_filter", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_agg", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_summarize_agg", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_sentiment", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_extract", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_embed", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_translate", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_similarity", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_parse_document", SqlOnly, 3.5, "Cortex AI function"),
    cue("ai_transcribe", SqlOnly, 3.5, "Cortex AI function"),
    cue("embed_text_768", SqlOnly, 3.5, "Cortex AI function"),
    cue("embed_text_1024", SqlOnly, 3.5, "Cortex AI function"),
    cue(
        "vector_cosine_similarity",
        SqlOnly,
        2.5,
        "VECTOR_COSINE_SIMILARITY",
    ),
    cue("extract_answer", SqlOnly, 2.5, "Cortex AI function"),
    cue(
        "split_text_recursive_character",
        SqlOnly,
        3.5,
        "Cortex AI function",
    ),
    cue("parse_document", SqlOnly, 2.0, "Cortex AI function"),
    // ---- Snowflake object kinds and parameters ----
    cue("virtual warehouse", Object, 3.5, "virtual warehouse"),
    cue("warehouse_size", Object, 3.0, "WAREHOUSE_SIZE"),
    cue("warehouse size", Object, 2.0, "warehouse size"),
    cue("auto_suspend", Object, 3.0, "AUTO_SUSPEND"),
    cue("auto-suspend", Object, 2.0, "auto-suspend"),
    cue("auto_resume", Object, 3.0, "AUTO_RESUME"),
    cue("multi-cluster", Object, 2.5, "multi-cluster warehouse"),
    cue("multi cluster", Object, 2.0, "multi-cluster warehouse"),
    cue("scaling_policy", Object, 3.0, "SCALING_POLICY"),
    cue("max_cluster_count", Object, 3.0, "MAX_CLUSTER_COUNT"),
    cue(
        "snowpark-optimized",
        Object,
        3.5,
        "Snowpark-optimized warehouse",
    ),
    cue(
        "data_retention_time_in_days",
        Object,
        3.5,
        "DATA_RETENTION_TIME_IN_DAYS",
    ),
    cue(
        "statement_timeout_in_seconds",
        Object,
        3.0,
        "STATEMENT_TIMEOUT_IN_SECONDS",
    ),
    cue("dynamic table", Object, 3.0, "dynamic table"),
    cue("target lag", Object, 2.0, "dynamic table target lag"),
    cue("target_lag", Object, 3.0, "dynamic table target lag"),
    cue("external stage", Object, 2.5, "stage"),
    cue("internal stage", Object, 2.5, "stage"),
    cue("named stage", Object, 2.5, "stage"),
    cue("user stage", Object, 2.5, "stage"),
    cue("table stage", Object, 2.5, "stage"),
    cue("create stage", Object, 3.0, "stage"),
    cue("create or replace stage", Object, 3.0, "stage"),
    cue("file format", Object, 1.5, "file format"),
    cue("create file format", Object, 3.0, "CREATE FILE FORMAT"),
    cue("create a file format", Object, 3.0, "CREATE FILE FORMAT"),
    cue("alter account", SqlOnly, 3.0, "ALTER ACCOUNT"),
    cue("changes clause", SqlOnly, 3.0, "CHANGES clause"),
    cue("changes(information", SqlOnly, 3.0, "CHANGES clause"),
    cue("change_tracking", Object, 3.0, "CHANGE_TRACKING"),
    cue("change tracking", Object, 1.2, "change tracking"),
    cue("object tagging", Object, 2.5, "object tagging"),
    cue("tag-based masking", Object, 3.0, "tag-based masking"),
    cue("x-large", Weak, 1.0, "warehouse size name"),
    cue("xlarge", Weak, 1.0, "warehouse size name"),
    cue("x-small", Weak, 1.0, "warehouse size name"),
    cue("xsmall", Weak, 1.0, "warehouse size name"),
    cue("2x-large", Weak, 1.0, "warehouse size name"),
    cue("file_format", Object, 2.0, "FILE_FORMAT"),
    cue("storage integration", Object, 3.0, "storage integration"),
    cue("storage_integration", Object, 3.0, "storage integration"),
    cue(
        "external access integration",
        Object,
        3.0,
        "external access integration",
    ),
    cue(
        "notification integration",
        Object,
        2.5,
        "notification integration",
    ),
    cue("api integration", Object, 1.5, "API integration"),
    cue("auto_ingest", Object, 3.0, "pipe AUTO_INGEST"),
    cue("auto-ingest", Object, 2.0, "pipe auto-ingest"),
    cue("create pipe", Object, 3.0, "pipe"),
    cue("create or replace pipe", Object, 3.0, "pipe"),
    cue("create stream", Object, 2.5, "stream"),
    cue("stream on", Object, 1.5, "stream"),
    cue("append_only", Object, 1.5, "append-only stream"),
    cue("create task", Object, 2.5, "task"),
    cue("alter task", Object, 3.0, "task"),
    cue("task graph", Object, 2.0, "task graph"),
    cue("serverless task", Object, 3.0, "serverless task"),
    cue("create alert", Object, 2.0, "alert"),
    cue("masking policy", Object, 3.0, "masking policy"),
    cue("row access policy", Object, 3.5, "row access policy"),
    cue("row access policies", Object, 3.5, "row access policy"),
    cue("aggregation policy", Object, 3.0, "aggregation policy"),
    cue("projection policy", Object, 3.0, "projection policy"),
    cue("network policy", Object, 1.5, "network policy"),
    cue("network policies", Object, 1.5, "network policy"),
    cue("resource monitor", Object, 3.5, "resource monitor"),
    cue("secure view", Object, 2.0, "secure view"),
    cue("secure share", Object, 3.0, "share"),
    cue("data share", Object, 2.0, "share"),
    cue("create share", Object, 3.0, "share"),
    cue("reader account", Object, 3.0, "reader account"),
    cue("external function", Object, 1.5, "external function"),
    cue("external table", Object, 1.2, "external table"),
    cue("search optimization", Object, 3.0, "search optimization"),
    cue("clustering key", Object, 2.5, "clustering key"),
    cue("clustering depth", Object, 3.0, "clustering depth"),
    cue(
        "clustering information",
        Object,
        3.0,
        "clustering information",
    ),
    cue("micro-partition", Object, 3.5, "micro-partitions"),
    cue("micro partition", Object, 3.0, "micro-partitions"),
    cue("query acceleration", Object, 3.0, "query acceleration"),
    cue("query profile", Object, 1.2, "query profile"),
    cue("spilling to remote storage", Object, 3.0, "remote spilling"),
    cue("spilling to local storage", Object, 3.0, "local spilling"),
    cue("result cache", Object, 1.0, "result cache"),
    cue("key-pair auth", Object, 1.5, "key-pair authentication"),
    cue("key pair auth", Object, 1.5, "key-pair authentication"),
    cue(
        "programmatic access token",
        Object,
        2.0,
        "programmatic access token",
    ),
    cue("semantic model", Object, 1.5, "semantic model"),
    cue("semantic view", Object, 2.0, "semantic view"),
    cue("cortex search service", Product, 3.5, "Cortex Search"),
    cue("image repository", Object, 1.5, "image repository"),
    cue("specification_file", Object, 3.0, "service specification"),
    cue("in compute pool", Object, 3.0, "compute pool"),
    cue("listing", Weak, 0.4, "listing"),
    cue("edition", Weak, 0.3, "edition"),
    // ---- weak Snowflake-ish words ----
    cue("warehouse", Weak, 0.8, "warehouse"),
    cue("credit usage", Weak, 1.2, "credit usage"),
    cue("credits", Weak, 0.8, "credits"),
    cue("credit", Weak, 0.6, "credits"),
    cue("stage", Weak, 0.3, "stage"),
    cue("pipe", Weak, 0.3, "pipe"),
    cue("stream", Weak, 0.2, "stream"),
    cue("task", Weak, 0.2, "task"),
    cue("grant", Weak, 0.4, "grant"),
    cue("role", Weak, 0.3, "role"),
    cue("clone", Weak, 0.5, "clone"),
    cue("variant", Weak, 0.3, "VARIANT"),
    cue("warehouse queuing", Weak, 1.2, "warehouse queuing"),
    cue("queued", Weak, 0.4, "queued"),
    // ---- generic data words ----
    cue("sql", DataWord, 0.3, "SQL"),
    cue("query", DataWord, 0.3, "query"),
    cue("queries", DataWord, 0.3, "query"),
    cue("table", DataWord, 0.3, "table"),
    cue("schema", DataWord, 0.3, "schema"),
    cue("database", DataWord, 0.3, "database"),
    cue("column", DataWord, 0.25, "column"),
    cue("rows", DataWord, 0.25, "rows"),
    cue("select", DataWord, 0.25, "SELECT"),
    cue("view", DataWord, 0.15, "view"),
    // ---- other databases and warehouses ----
    cue("postgres", OtherDb, 3.0, "Postgres"),
    cue("postgresql", OtherDb, 3.0, "Postgres"),
    cue("psql", OtherDb, 3.0, "Postgres"),
    cue("pg_dump", OtherDb, 3.0, "Postgres"),
    cue("pgadmin", OtherDb, 3.0, "Postgres"),
    cue("mysql", OtherDb, 3.0, "MySQL"),
    cue("mariadb", OtherDb, 3.0, "MariaDB"),
    cue("bigquery", OtherDb, 3.0, "BigQuery"),
    cue("big query", OtherDb, 3.0, "BigQuery"),
    cue("redshift", OtherDb, 3.0, "Redshift"),
    cue("databricks", OtherDb, 3.0, "Databricks"),
    cue("delta lake", OtherDb, 2.0, "Delta Lake"),
    cue("unity catalog", OtherDb, 2.5, "Databricks"),
    cue("spark sql", OtherDb, 2.0, "Spark"),
    cue("pyspark", OtherDb, 2.0, "Spark"),
    cue("duckdb", OtherDb, 3.0, "DuckDB"),
    cue("motherduck", OtherDb, 3.0, "DuckDB"),
    cue("sqlite", OtherDb, 3.0, "SQLite"),
    cue("sqlite3", OtherDb, 3.0, "SQLite"),
    cue("oracle", OtherDb, 2.5, "Oracle"),
    cue("pl/sql", OtherDb, 3.0, "Oracle"),
    cue("plsql", OtherDb, 3.0, "Oracle"),
    cue("sql server", OtherDb, 3.0, "SQL Server"),
    cue("mssql", OtherDb, 3.0, "SQL Server"),
    cue("t-sql", OtherDb, 3.0, "SQL Server"),
    cue("tsql", OtherDb, 3.0, "SQL Server"),
    cue("synapse", OtherDb, 2.5, "Azure Synapse"),
    cue("athena", OtherDb, 2.5, "Athena"),
    cue("presto", OtherDb, 2.5, "Trino/Presto"),
    cue("trino", OtherDb, 3.0, "Trino/Presto"),
    cue("hive", OtherDb, 1.5, "Hive"),
    cue("clickhouse", OtherDb, 3.0, "ClickHouse"),
    cue("mongodb", OtherDb, 3.0, "MongoDB"),
    cue("mongo", OtherDb, 2.5, "MongoDB"),
    cue("cassandra", OtherDb, 3.0, "Cassandra"),
    cue("dynamodb", OtherDb, 3.0, "DynamoDB"),
    cue("cockroachdb", OtherDb, 3.0, "CockroachDB"),
    cue("supabase", OtherDb, 3.0, "Supabase"),
    cue("elasticsearch", OtherDb, 3.0, "Elasticsearch"),
    cue("opensearch", OtherDb, 3.0, "OpenSearch"),
    cue("teradata", OtherDb, 3.0, "Teradata"),
    cue("vertica", OtherDb, 3.0, "Vertica"),
    cue("greenplum", OtherDb, 3.0, "Greenplum"),
    cue("firebolt", OtherDb, 3.0, "Firebolt"),
    cue("redis", OtherDb, 2.5, "Redis"),
    cue("neo4j", OtherDb, 3.0, "Neo4j"),
    cue("influxdb", OtherDb, 3.0, "InfluxDB"),
    cue("timescaledb", OtherDb, 3.0, "TimescaleDB"),
    cue("aurora", OtherDb, 2.0, "Aurora"),
    cue("firestore", OtherDb, 3.0, "Firestore"),
    // ---- local code and repository work ----
    cue("refactor", CodeWork, 2.0, "refactoring"),
    cue("unit test", CodeWork, 1.8, "unit tests"),
    cue("unit tests", CodeWork, 1.8, "unit tests"),
    cue("test suite", CodeWork, 1.5, "test suite"),
    cue("failing test", CodeWork, 1.5, "failing test"),
    cue("pytest", CodeWork, 1.8, "pytest"),
    cue("jest", CodeWork, 1.8, "jest"),
    cue("cargo", CodeWork, 1.5, "cargo"),
    cue("npm", CodeWork, 1.8, "npm"),
    cue("yarn", CodeWork, 1.5, "yarn"),
    cue("pip install", CodeWork, 1.0, "pip"),
    cue("requirements.txt", CodeWork, 1.8, "requirements.txt"),
    cue("package.json", CodeWork, 1.8, "package.json"),
    cue("cargo.toml", CodeWork, 1.8, "Cargo.toml"),
    cue("dockerfile", CodeWork, 2.0, "Docker"),
    cue("docker", CodeWork, 1.5, "Docker"),
    cue("kubernetes", CodeWork, 2.0, "Kubernetes"),
    cue("k8s", CodeWork, 2.0, "Kubernetes"),
    cue("helm chart", CodeWork, 2.0, "Helm"),
    cue("ansible", CodeWork, 1.8, "Ansible"),
    cue("github actions", CodeWork, 2.0, "CI"),
    cue("gitlab ci", CodeWork, 2.0, "CI"),
    cue("jenkins", CodeWork, 2.0, "CI"),
    cue("ci pipeline", CodeWork, 1.8, "CI"),
    cue("pull request", CodeWork, 1.8, "git"),
    cue("merge conflict", CodeWork, 2.0, "git"),
    cue("rebase", CodeWork, 2.0, "git"),
    cue("git", CodeWork, 1.5, "git"),
    cue("feature branch", CodeWork, 1.5, "git"),
    cue("the repo", CodeWork, 1.2, "repository"),
    cue("codebase", CodeWork, 1.8, "codebase"),
    cue("linter", CodeWork, 1.5, "linting"),
    cue("linters", CodeWork, 1.5, "linting"),
    cue("eslint", CodeWork, 1.8, "linting"),
    cue("typescript", CodeWork, 1.8, "TypeScript"),
    cue("javascript", CodeWork, 1.5, "JavaScript"),
    cue("react", CodeWork, 1.8, "React"),
    cue("vue", CodeWork, 1.5, "Vue"),
    cue("angular", CodeWork, 1.5, "Angular"),
    cue("next.js", CodeWork, 1.8, "Next.js"),
    cue("node.js", CodeWork, 1.5, "Node.js"),
    cue("node app", CodeWork, 1.5, "Node.js"),
    cue("django", CodeWork, 1.8, "Django"),
    cue("flask", CodeWork, 1.5, "Flask"),
    cue("fastapi", CodeWork, 1.5, "FastAPI"),
    cue("css", CodeWork, 1.8, "CSS"),
    cue("html", CodeWork, 1.5, "HTML"),
    cue("navbar", CodeWork, 1.5, "UI code"),
    cue("component", CodeWork, 1.0, "UI code"),
    cue("frontend", CodeWork, 1.5, "frontend"),
    cue("rust", CodeWork, 1.2, "Rust"),
    cue("golang", CodeWork, 1.5, "Go"),
    cue("in go", CodeWork, 1.2, "Go"),
    cue("java", CodeWork, 1.2, "Java"),
    cue("kotlin", CodeWork, 1.5, "Kotlin"),
    cue("gradle", CodeWork, 1.8, "Gradle"),
    cue("maven", CodeWork, 1.5, "Maven"),
    cue("makefile", CodeWork, 1.8, "Makefile"),
    cue("webpack", CodeWork, 1.8, "webpack"),
    cue("linked list", CodeWork, 2.0, "algorithms"),
    cue("binary search", CodeWork, 2.0, "algorithms"),
    cue("regex", CodeWork, 1.5, "regex"),
    cue("bash script", CodeWork, 1.5, "shell script"),
    cue("shell script", CodeWork, 1.5, "shell script"),
    cue("shell command", CodeWork, 1.5, "shell script"),
    cue("cron job", CodeWork, 1.5, "cron"),
    cue("async/await", CodeWork, 1.8, "async code"),
    cue("callback", CodeWork, 1.2, "async code"),
    cue("re-render", CodeWork, 1.8, "React"),
    cue("borrowed value", CodeWork, 2.0, "Rust"),
    cue("endpoint", CodeWork, 0.8, "API code"),
    cue("api route", CodeWork, 1.5, "API code"),
    cue("pagination", CodeWork, 1.0, "API code"),
    cue("readme", CodeWork, 1.8, "README"),
    cue("changelog", CodeWork, 1.8, "changelog"),
    cue("typo", CodeWork, 1.5, "editing text"),
    cue("rename", CodeWork, 0.8, "renaming"),
    cue("variable", CodeWork, 1.2, "code identifiers"),
    cue("function", CodeWork, 0.4, "code"),
    cue("stack trace", CodeWork, 1.5, "debugging"),
    cue("segfault", CodeWork, 2.0, "debugging"),
    cue("compile", CodeWork, 0.8, "compiling"),
    cue("jira", CodeWork, 2.0, "Jira"),
    cue("code review", CodeWork, 1.5, "code review"),
    cue("security issues", CodeWork, 0.8, "code review"),
    cue("airflow dag", CodeWork, 1.2, "Airflow"),
    cue("dag", CodeWork, 0.6, "Airflow"),
    cue("retry logic", CodeWork, 1.2, "application code"),
    cue("logging", CodeWork, 1.0, "application code"),
    cue("vercel", CodeWork, 2.0, "web hosting"),
    cue("heroku", CodeWork, 2.0, "web hosting"),
    cue("netlify", CodeWork, 2.0, "web hosting"),
    cue("nginx", CodeWork, 2.0, "nginx"),
    cue("sudo", CodeWork, 1.5, "server administration"),
    cue("build server", CodeWork, 1.5, "server administration"),
    cue("server-sent events", CodeWork, 1.8, "web code"),
    cue("browser", CodeWork, 1.0, "web code"),
    cue("django app", CodeWork, 1.0, "Django"),
    cue("canvas", CodeWork, 1.0, "graphics"),
    cue("svg", CodeWork, 1.5, "graphics"),
    cue("turtle", CodeWork, 1.5, "graphics"),
    cue("animation", CodeWork, 1.0, "graphics"),
    cue("banner", CodeWork, 1.0, "UI code"),
    cue("icon", CodeWork, 0.8, "UI code"),
    cue("emoji", CodeWork, 1.0, "UI code"),
    // ---- local data science ----
    cue("pandas", LocalData, 1.8, "pandas"),
    cue("numpy", LocalData, 1.8, "numpy"),
    cue("scikit-learn", LocalData, 2.0, "scikit-learn"),
    cue("sklearn", LocalData, 2.0, "scikit-learn"),
    cue("pytorch", LocalData, 2.0, "PyTorch"),
    cue("torch", LocalData, 1.5, "PyTorch"),
    cue("tensorflow", LocalData, 2.0, "TensorFlow"),
    cue("keras", LocalData, 2.0, "Keras"),
    cue("matplotlib", LocalData, 2.0, "matplotlib"),
    cue("seaborn", LocalData, 2.0, "seaborn"),
    cue("jupyter", LocalData, 1.8, "Jupyter"),
    cue("iris dataset", LocalData, 2.0, "toy dataset"),
    cue("csv", LocalData, 0.8, "CSV file"),
    cue("excel", LocalData, 0.8, "spreadsheet"),
    cue("dataframe", LocalData, 0.8, "DataFrame"),
    cue("overfitting", LocalData, 1.5, "model training"),
    cue("dropout", LocalData, 1.5, "model training"),
    cue("random forest", LocalData, 1.2, "model training"),
    // ---- embedded / ARM ----
    cue("firmware", Embedded, 2.0, "firmware"),
    cue("microcontroller", Embedded, 2.0, "microcontroller"),
    cue("mcu", Embedded, 2.0, "microcontroller"),
    cue("stm32", Embedded, 2.5, "STM32"),
    cue("nvic", Embedded, 2.5, "NVIC"),
    cue("cmsis", Embedded, 2.5, "CMSIS"),
    cue("freertos", Embedded, 2.5, "FreeRTOS"),
    cue("rtos", Embedded, 2.0, "RTOS"),
    cue("vector table", Embedded, 2.0, "interrupt vector table"),
    cue("interrupt", Embedded, 1.5, "interrupts"),
    cue("peripheral", Embedded, 1.5, "peripherals"),
    cue("hal driver", Embedded, 2.0, "HAL"),
    cue("spi", Embedded, 1.2, "bus drivers"),
    cue("i2c", Embedded, 1.5, "bus drivers"),
    cue("uart", Embedded, 1.5, "bus drivers"),
    cue("u-boot", Embedded, 2.5, "bootloader"),
    cue("bootloader", Embedded, 2.0, "bootloader"),
    cue("device tree", Embedded, 2.0, "device tree"),
    cue("gpio", Embedded, 2.0, "GPIO"),
    cue("mpu", Embedded, 1.5, "MPU"),
    cue("jtag", Embedded, 2.0, "JTAG"),
    cue("dmx", Embedded, 2.0, "DMX"),
    cue("arm", Embedded, 0.8, "ARM"),
    // ---- other platforms ----
    cue("kafka", OtherTool, 1.5, "Kafka"),
    cue("kernel", OtherTool, 1.5, "operating systems"),
    cue("linux", OtherTool, 1.0, "operating systems"),
    cue("operating system", OtherTool, 1.5, "operating systems"),
    cue("celery", CodeWork, 2.0, "Celery"),
    cue("thread", CodeWork, 1.0, "threads"),
    cue("threads", CodeWork, 1.0, "threads"),
    cue("goroutine", CodeWork, 2.0, "Go"),
    cue("prometheus", OtherTool, 2.0, "Prometheus"),
    cue("grafana", OtherTool, 1.5, "Grafana"),
    cue("aws lambda", OtherTool, 1.5, "AWS Lambda"),
    cue("s3 access logs", OtherTool, 1.0, "AWS logs"),
    cue("cortex xdr", OtherTool, 3.0, "Palo Alto Cortex XDR"),
    cue("cortex xsoar", OtherTool, 3.0, "Palo Alto Cortex XSOAR"),
    cue(
        "inventory management",
        GenericWarehouse,
        1.5,
        "warehouse as a building",
    ),
    cue(
        "warehouse inventory",
        GenericWarehouse,
        1.5,
        "warehouse as a building",
    ),
    cue(
        "data warehouse",
        GenericWarehouse,
        0.6,
        "data warehouse (generic)",
    ),
    cue(
        "what is a data warehouse",
        GenericWarehouse,
        1.0,
        "data warehouse (generic)",
    ),
    // ---- modifiers ----
    cue("migrate", Migration, 0.0, "migration"),
    cue("migration", Migration, 0.0, "migration"),
    cue("convert", Migration, 0.0, "migration"),
    cue("translate", Migration, 0.0, "migration"),
    cue("port", Migration, 0.0, "migration"),
    cue("move", Migration, 0.0, "migration"),
    cue("equivalent", Migration, 0.0, "migration"),
    cue("syntax", Migration, 0.0, "migration"),
    cue("load it into", Migration, 0.0, "migration"),
    cue("compare", Compare, 0.0, "comparison"),
    cue("comparison", Compare, 0.0, "comparison"),
    cue("versus", Compare, 0.0, "comparison"),
    cue("vs", Compare, 0.0, "comparison"),
    // ---- intent: deploy ----
    cue("deploy", IntentDeploy, 0.0, "deploy"),
    cue("deployment", IntentDeploy, 0.0, "deploy"),
    cue("go live", IntentDeploy, 0.0, "go live"),
    cue("goes live", IntentDeploy, 0.0, "go live"),
    cue("publish", IntentDeploy, 0.0, "publish"),
    cue("in production", IntentDeploy, 0.0, "production"),
    cue("to production", IntentDeploy, 0.0, "production"),
    cue("in prod", IntentDeploy, 0.0, "production"),
    cue("to prod", IntentDeploy, 0.0, "production"),
    cue("turn it on", IntentDeploy, 0.0, "switch on"),
    cue("turn on", IntentDeploy, 0.0, "switch on"),
    cue("resume", IntentDeploy, 0.0, "resume"),
    cue("compute pool", IntentDeploy, 0.0, "service"),
    cue("create service", IntentDeploy, 0.0, "service"),
    cue("application package", IntentDeploy, 0.0, "app"),
    cue("native app", IntentDeploy, 0.0, "app"),
    cue("listing", IntentDeploy, 0.0, "listing"),
    // ---- intent: write ----
    cue("create", IntentWrite, 0.0, "create"),
    cue("add", IntentWrite, 0.0, "add"),
    cue("tag", IntentWrite, 0.0, "tag"),
    cue("restore", IntentWrite, 0.0, "restore"),
    cue("recover", IntentWrite, 0.0, "restore"),
    cue("unload", IntentWrite, 0.0, "unload"),
    cue("rotate", IntentWrite, 0.0, "rotate"),
    cue("cancel", IntentWrite, 0.0, "cancel"),
    cue("kill", IntentWrite, 0.0, "cancel"),
    cue("abort", IntentWrite, 0.0, "cancel"),
    cue("replace", IntentWrite, 0.0, "replace"),
    cue("fix", IntentWrite, 0.0, "fix"),
    cue("make", IntentWrite, 0.0, "make"),
    cue("spin up", IntentWrite, 0.0, "provision"),
    cue("provision", IntentWrite, 0.0, "provision"),
    cue("alter", IntentWrite, 0.0, "alter"),
    cue("drop", IntentWrite, 0.0, "drop"),
    cue("insert", IntentWrite, 0.0, "insert"),
    cue("update", IntentWrite, 0.0, "update"),
    cue("delete", IntentWrite, 0.0, "delete"),
    cue("merge", IntentWrite, 0.0, "merge"),
    cue("copy into", IntentWrite, 0.0, "load"),
    cue("put", IntentWrite, 0.0, "upload"),
    cue("load", IntentWrite, 0.0, "load"),
    cue("ingest", IntentWrite, 0.0, "load"),
    cue("upload", IntentWrite, 0.0, "upload"),
    cue("uploads", IntentWrite, 0.0, "upload"),
    cue("export", IntentWrite, 0.0, "export"),
    cue("grant", IntentWrite, 0.0, "grant"),
    cue("give", IntentWrite, 0.0, "grant"),
    cue("revoke", IntentWrite, 0.0, "revoke"),
    cue("truncate", IntentWrite, 0.0, "truncate"),
    cue("clone", IntentWrite, 0.0, "clone"),
    cue("undrop", IntentWrite, 0.0, "undrop"),
    cue("set up", IntentWrite, 0.0, "set up"),
    cue("setup", IntentWrite, 0.0, "set up"),
    cue("configure", IntentWrite, 0.0, "configure"),
    cue("enable", IntentWrite, 0.0, "enable"),
    cue("disable", IntentWrite, 0.0, "disable"),
    cue("resize", IntentWrite, 0.0, "resize"),
    cue("suspend", IntentWrite, 0.0, "suspend"),
    cue("set", IntentWrite, 0.0, "set"),
    cue("write", IntentWrite, 0.0, "write"),
    cue("build", IntentWrite, 0.0, "build"),
    cue("migrate", IntentWrite, 0.0, "migrate"),
    cue("move", IntentWrite, 0.0, "move"),
    cue("sync", IntentWrite, 0.0, "sync"),
    cue("schedule", IntentWrite, 0.0, "schedule"),
    cue("backfill", IntentWrite, 0.0, "backfill"),
    cue("refresh", IntentWrite, 0.0, "refresh"),
    cue("archive", IntentWrite, 0.0, "archive"),
    cue("train", IntentWrite, 0.0, "train"),
    cue("get @", IntentWrite, 0.0, "download"),
    cue("call", IntentWrite, 0.0, "call"),
    // ---- intent: read ----
    cue("show", IntentRead, 0.0, "show"),
    cue("top", IntentRead, 0.0, "ranking"),
    cue("most", IntentRead, 0.0, "ranking"),
    cue("least", IntentRead, 0.0, "ranking"),
    cue("biggest", IntentRead, 0.0, "ranking"),
    cue("largest", IntentRead, 0.0, "ranking"),
    cue("slowest", IntentRead, 0.0, "ranking"),
    cue("monitor", IntentRead, 0.0, "monitor"),
    cue("list", IntentRead, 0.0, "list"),
    cue("describe", IntentRead, 0.0, "describe"),
    cue("how many", IntentRead, 0.0, "count"),
    cue("how much", IntentRead, 0.0, "count"),
    cue("which", IntentRead, 0.0, "which"),
    cue("who", IntentRead, 0.0, "who"),
    cue("find", IntentRead, 0.0, "find"),
    cue("count", IntentRead, 0.0, "count"),
    cue("check", IntentRead, 0.0, "check"),
    cue("analyze", IntentRead, 0.0, "analyze"),
    cue("summarize", IntentRead, 0.0, "summarize"),
    cue("forecast", IntentRead, 0.0, "forecast"),
    cue("why is", IntentRead, 0.0, "diagnose"),
    cue("why", IntentRead, 0.0, "diagnose"),
    cue("run", IntentRead, 0.0, "run"),
    cue("is it safe", IntentRead, 0.0, "check"),
    // ---- intent: research ----
    cue("how do i", IntentResearch, 0.0, "how-to"),
    cue("how do", IntentResearch, 0.0, "how-to"),
    cue("how does", IntentResearch, 0.0, "how-to"),
    cue("how to", IntentResearch, 0.0, "how-to"),
    cue("explain", IntentResearch, 0.0, "explain"),
    cue("what is", IntentResearch, 0.0, "what is"),
    cue("what are", IntentResearch, 0.0, "what is"),
    cue("difference between", IntentResearch, 0.0, "difference"),
    cue("what's the difference", IntentResearch, 0.0, "difference"),
    cue("best practice", IntentResearch, 0.0, "best practice"),
    cue("best practices", IntentResearch, 0.0, "best practice"),
    cue(
        "does snowflake support",
        IntentResearch,
        0.0,
        "feature support",
    ),
    cue("can snowflake", IntentResearch, 0.0, "feature support"),
    cue("is it possible", IntentResearch, 0.0, "feature support"),
    cue("documentation", IntentResearch, 0.0, "docs"),
    cue("docs", IntentResearch, 0.0, "docs"),
    cue("pricing", IntentResearch, 0.0, "pricing"),
    cue("when should", IntentResearch, 0.0, "advice"),
    cue("should we", IntentResearch, 0.0, "advice"),
    cue("should i", IntentResearch, 0.0, "advice"),
    cue("equivalent", IntentResearch, 0.0, "equivalent"),
    cue("per hour", IntentResearch, 0.0, "general fact"),
    cue("estimate", IntentResearch, 0.0, "estimate"),
    cue("would cost", IntentResearch, 0.0, "estimate"),
    cue("how do credits", IntentResearch, 0.0, "general fact"),
    cue("get billed", IntentResearch, 0.0, "general fact"),
    // ---- possession: about actual data ----
    cue("our", Possession, 0.0, "our"),
    cue("my", Possession, 0.0, "my"),
    cue("we", Possession, 0.0, "we"),
    cue("us", Possession, 0.0, "us"),
    cue("yesterday", Possession, 0.0, "time range"),
    cue("today", Possession, 0.0, "time range"),
    cue("last week", Possession, 0.0, "time range"),
    cue("last month", Possession, 0.0, "time range"),
    cue("last quarter", Possession, 0.0, "time range"),
    cue("this month", Possession, 0.0, "time range"),
    cue("past", Possession, 0.0, "time range"),
    cue("last 24 hours", Possession, 0.0, "time range"),
    // ---- maintenance verbs: with local files, the request is code work ----
    cue("fix", LocalEdit, 0.0, "fix"),
    cue("refactor", LocalEdit, 0.0, "refactor"),
    cue("rename", LocalEdit, 0.0, "rename"),
    cue("add", LocalEdit, 0.0, "add"),
    cue("update", LocalEdit, 0.0, "update"),
    cue("edit", LocalEdit, 0.0, "edit"),
    cue("change", LocalEdit, 0.0, "change"),
    cue("remove", LocalEdit, 0.0, "remove"),
    cue("pin", LocalEdit, 0.0, "pin"),
    cue("bump", LocalEdit, 0.0, "bump"),
    cue("lint", LocalEdit, 0.0, "lint"),
    cue("format", LocalEdit, 0.0, "format"),
    cue("mock", LocalEdit, 0.0, "mock"),
    cue("mocks", LocalEdit, 0.0, "mock"),
    cue("debug", LocalEdit, 0.0, "debug"),
    // ---- files and CLIs ----
    cue("script", Files, 0.0, "script"),
    cue("app", Files, 0.0, "app"),
    cue("dbt", Files, 0.0, "dbt project"),
    cue("terraform", Files, 0.0, "Terraform"),
    cue("notebook", Files, 0.0, "notebook"),
    cue("streamlit", Files, 0.0, "Streamlit"),
    cue("config", Files, 0.0, "config file"),
    cue("file", Files, 0.0, "file"),
    cue("snowsql", Cli, 0.0, "SnowSQL"),
    cue("snow cli", Cli, 0.0, "Snowflake CLI"),
    cue("snow app", Cli, 0.0, "Snowflake CLI"),
    cue("snow streamlit", Cli, 0.0, "Snowflake CLI"),
    cue("snow sql", Cli, 0.0, "Snowflake CLI"),
    cue("test the connection", Cli, 0.0, "connection test"),
];

/// File name endings that mean "a file in the repository". `.sql` is excluded: a SQL file may be
/// Snowflake work.
#[rustfmt::skip]
pub const CODE_EXTENSIONS: &[&str] = &[
    "py", "rs", "ts", "tsx", "js", "jsx", "mjs", "go", "java", "kt", "rb", "php", "c", "cc", "cpp",
    "h", "hpp", "cs", "swift", "scala", "sh", "bash", "zsh", "md", "rst", "toml", "yaml", "yml",
    "lock", "gradle", "html", "css", "scss", "vue", "svelte", "tf", "ipynb", "txt", "xml", "ini",
    "cfg", "proto", "lua", "r", "dart", "ex", "exs", "hs", "ml", "zig", "jpg", "jpeg", "png",
    "gif", "svg",
];

/// Data file endings: local data, unless a stage or Snowflake is involved.
#[rustfmt::skip]
pub const DATA_EXTENSIONS: &[&str] = &[
    "csv", "tsv", "parquet", "json", "jsonl", "xlsx", "xls", "avro", "orc",
];

/// Words that make a nearby "snowflake" a shape, a picture or a decoration.
#[rustfmt::skip]
pub const SHAPE_WORDS: &[&str] = &[
    "fractal", "koch", "draw", "drawing", "svg", "canvas", "emoji", "icon", "ascii", "christmas",
    "winter", "holiday", "falling", "animation", "animate", "particle", "shape", "crystal",
    "sprite", "unicode", "snow", "snowfall", "weather", "paper", "origami", "turtle", "pattern",
    "logo", "banner", "png", "image", "css", "favicon", "site", "website", "webpage", "background",
    "theme", "decoration", "decorations", "ornament", "clipart", "wallpaper", "illustration",
    "graphic", "graphics", "sticker", "cursor", "scene", "game", "sweater", "card", "cute",
    "three", "blender", "unity", "3d",
];

/// Words that make a nearby "snowflake" an ID scheme.
#[rustfmt::skip]
pub const ID_WORDS: &[&str] = &[
    "id", "ids", "twitter", "discord", "instagram", "sonyflake", "64-bit", "41-bit", "bit",
    "generator", "worker", "machine", "epoch", "uuid", "ulid", "distributed", "sequence bits",
];

/// Words after "cortex" that mean Snowflake Cortex.
#[rustfmt::skip]
pub const CORTEX_PRODUCT_NEXT: &[&str] = &[
    "analyst", "search", "agent", "agents", "ai", "code", "complete", "functions", "function",
    "llm", "fine-tuning", "finetuning", "guard", "knowledge", "playground", "rest", "inference",
    "models", "model",
];

/// Words before "cortex" that mean a brain region.
#[rustfmt::skip]
pub const CORTEX_BRAIN_PREV: &[&str] = &[
    "prefrontal", "cerebral", "visual", "motor", "auditory", "somatosensory", "cingulate",
    "parietal", "temporal", "frontal", "occipital", "entorhinal", "orbitofrontal", "adrenal",
    "renal", "the brain's", "insular",
];

/// Nouns after "snowflake" that make it the product.
#[rustfmt::skip]
pub const SNOWFLAKE_PRODUCT_NEXT: &[&str] = &[
    "account", "accounts", "account's", "database", "databases", "db", "warehouse", "warehouses",
    "table", "tables", "user", "users", "role", "roles", "stage", "stages", "instance",
    "connection", "connections", "connector", "cli", "sql", "query", "queries", "credits",
    "credit", "cost", "costs", "bill", "billing", "worksheet", "worksheets", "ui", "console",
    "docs", "documentation", "feature", "features", "equivalent", "syntax", "scripting", "trial",
    "marketplace", "cortex", "notebook", "notebooks", "data", "task", "tasks", "pipe", "pipes",
    "stream", "streams", "share", "shares", "view", "views", "procedure", "procedures", "udf",
    "udfs", "backend", "error", "errors", "object", "objects", "environment", "org",
    "organization", "region", "edition", "admin", "sso", "login", "storage", "compute",
    "integration", "native", "streamlit", "python", "api", "rest", "spend", "usage", "pricing",
    "model", "migration", "destination", "target", "sink", "source", "side", "ml",
];

/// Words before "snowflake" that make it the place the work happens.
#[rustfmt::skip]
pub const SNOWFLAKE_LOCATIVE_PREV: &[&str] = &[
    "in", "on", "into", "to", "from", "against", "our", "my", "your", "for", "with", "via",
    "using", "inside", "within", "across", "and",
];

/// Nouns after "snowflake" for the modelling term.
#[rustfmt::skip]
pub const MODELLING_WORDS: &[&str] = &[
    "star", "dimension", "dimensional", "fact", "normalize", "normalized", "normalization",
    "modelling", "modeling", "kimball",
];

/// Upper-case words that are acronyms or keywords, not object names.
#[rustfmt::skip]
pub const NOT_OBJECT_NAMES: &[&str] = &[
    "SQL", "API", "APIS", "URL", "URI", "JSON", "YAML", "TOML", "XML", "HTML", "CSS", "CSV", "TSV",
    "PDF", "PNG", "SVG", "UTC", "GMT", "UUID", "ULID", "HTTP", "HTTPS", "REST", "CRUD", "JWT",
    "SSO", "MFA", "PII", "PHI", "GDPR", "AWS", "GCP", "ARM", "CPU", "GPU", "RAM", "SSD", "TLS",
    "SSL", "SSH", "DNS", "TCP", "UDP", "LLM", "NLP", "TODO", "FIXME", "NOTE", "README", "NULL",
    "TRUE", "FALSE", "ASCII", "UTF", "ARIA", "ETL", "ELT", "BI", "OK", "CI", "CD", "PR", "ID",
    "IDS", "SDK", "CLI", "UI", "UX", "IDE", "JVM", "NPM", "MCU", "RTOS", "SPI", "DMX", "NEON",
    "CAP", "ECS", "EKS", "GKE", "IAM", "VPC", "NOT", "AND", "THE", "FOR", "WITH", "FROM", "WHERE",
    "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "ALTER", "DROP", "SHOW", "TABLE",
    "TABLES", "VIEW", "INTO", "VALUES", "JOIN", "LEFT", "RIGHT", "INNER", "OUTER", "GROUP",
    "ORDER", "LIMIT", "HAVING", "UNION", "ALL", "DISTINCT", "CASE", "WHEN", "THEN", "ELSE", "END",
    "SET", "USE", "GRANT", "REVOKE", "ROLE", "USAGE", "ON", "TO", "AS", "BY", "OR", "IN", "IS",
    "COUNT", "SUM", "AVG", "MIN", "MAX", "DESC", "ASC", "OVER", "PARTITION", "QUALIFY", "REPLACE",
    "COPY", "PUT", "GET", "LIST", "CALL", "TYPE", "IF", "EXISTS", "SQS", "SNS", "ECR", "EC2",
    "RDS", "NAT", "KMS", "OAUTH", "SAML", "LDAP", "OIDC", "DAG", "DAGS", "FAQ", "ASAP", "FYI",
    "IMO", "WIP", "POC", "MVP", "KPI", "KPIS", "ROI", "QA", "SLA", "SLO", "CTE", "CTES", "DDL",
    "DML", "DCL", "ACID", "OLAP", "OLTP", "ORM", "ERD", "UDF", "UDFS", "DBA", "RDBMS", "NOSQL",
    "SCD", "EXPLAIN", "WITH", "USING", "DISTINCT", "BETWEEN", "LIKE", "ILIKE", "CAST", "TRY",
    "OFFSET", "FETCH", "NEXT", "ROWS", "ONLY", "RETURN", "RETURNS", "BEGIN", "DECLARE", "LANGUAGE",
    "PYTHON", "JAVA", "SCALA", "RUST", "GO", "HTTP2", "GRPC", "YAML",
];

/// SQL keywords that start a statement.
#[rustfmt::skip]
pub const SQL_STARTERS: &[&str] = &[
    "select", "show", "create", "alter", "drop", "insert", "update", "delete", "merge", "copy",
    "put", "get", "list", "ls", "use", "grant", "revoke", "undrop", "call", "describe", "desc",
    "truncate", "execute", "with", "explain", "remove", "rm", "set", "unset", "begin",
];

/// Keywords after which a dotted name is a table reference.
#[rustfmt::skip]
pub const SQL_NAME_CONTEXT: &[&str] = &[
    "from", "join", "into", "table", "update", "on", "in", "view",
];

/// With "warehouse": compute, not a building.
#[rustfmt::skip]
pub const WAREHOUSE_COMPUTE_WORDS: &[&str] = &[
    "suspend", "suspended", "resume", "resumed", "resize", "resized", "idle", "size", "queuing",
    "queueing", "queued", "credit", "spill", "spilling", "running", "cost", "large", "medium",
    "small", "xsmall", "xlarge",
];

/// With "task" or "alert": a Snowflake task being switched on or off.
#[rustfmt::skip]
pub const TASK_SWITCH_WORDS: &[&str] = &[
    "resume", "resumed", "suspend", "suspended", "schedule", "scheduled",
];

/// With "credits": credits being consumed.
#[rustfmt::skip]
pub const CREDIT_USE_WORDS: &[&str] = &[
    "burn", "burned", "burning", "eating", "consume", "consumed", "consumption", "spend", "spent",
    "used", "usage",
];

/// Database objects a request can operate on.
#[rustfmt::skip]
pub const DATA_OBJECT_WORDS: &[&str] = &[
    "table", "schema", "database", "column", "view", "row", "query", "queries", "load",
];
