//! `sanitize`: not built yet; the interface is visible so agents and people can see what is coming.

use super::Context;
use crate::error::{Error, Result};

pub fn run(_ctx: &Context) -> Result<u8> {
    Err(Error::NotImplemented("sanitize"))
}
