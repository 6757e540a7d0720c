//! `run PROMPT` (and the bare form): the whole pipeline, in `crate::pipeline::run`.

use super::Context;
use crate::cli::RunArgs;
use crate::error::Result;

pub fn run(ctx: &Context, args: &RunArgs, prompt: &[String]) -> Result<u8> {
    crate::pipeline::run::run(ctx, args, prompt)
}
