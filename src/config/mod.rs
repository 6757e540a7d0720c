//! Configuration (placeholder until the foundation lands).
#[derive(Debug, thiserror::Error)]
#[error("config error")]
pub struct ConfigError;
