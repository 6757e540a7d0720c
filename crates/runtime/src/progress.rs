//! How runtime code talks to the person without knowing about terminals: the binary implements
//! [`Progress`] on its terminal UI; tests and hooks pass [`Silent`].

/// Messages for the person, on stderr in the binary.
pub trait Progress {
    /// Something went wrong or was ignored, but the command goes on.
    fn warn(&self, message: &str);
    /// A detail shown only with `-v`.
    fn verbose(&self, message: &str);
}

/// Says nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Progress for Silent {
    fn warn(&self, _: &str) {}
    fn verbose(&self, _: &str) {}
}
