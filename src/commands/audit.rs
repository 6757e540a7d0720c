//! `audit verify` / `audit tail`: not built yet.

use std::path::Path;

use super::Context;
use crate::error::{Error, Result};

pub fn verify(_ctx: &Context, _path: Option<&Path>) -> Result<u8> {
    Err(Error::NotImplemented("audit verify"))
}

pub fn tail(_ctx: &Context, _lines: u32) -> Result<u8> {
    Err(Error::NotImplemented("audit tail"))
}
