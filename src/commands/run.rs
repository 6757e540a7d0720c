//! `run PROMPT` (and the bare form): the whole pipeline. Not built yet.

use super::Context;
use crate::cli::RunArgs;
use crate::error::{Error, Result};

pub fn run(_ctx: &Context, _args: &RunArgs, prompt: &[String]) -> Result<u8> {
    super::read_prompt(prompt)?;
    Err(Error::NotImplemented("run"))
}
