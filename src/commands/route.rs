//! `route PROMPT`: the decision only. Not built yet.

use super::Context;
use crate::cli::RouteCommand;
use crate::error::{Error, Result};

pub fn run(_ctx: &Context, cmd: &RouteCommand) -> Result<u8> {
    super::read_prompt(&cmd.prompt)?;
    Err(Error::NotImplemented("route"))
}
