//! Who is writing a record and on which machine, from the operating system rather than from
//! environment variables a caller could set.

use crate::sys;

/// The effective user's login name (from the password database) and uid. The uid as text when
/// the name cannot be found.
pub fn user() -> (String, u32) {
    let uid = sys::effective_uid();
    (sys::login_name(uid).unwrap_or_else(|| uid.to_string()), uid)
}

/// This machine's host name, or `?`.
pub fn hostname() -> String {
    sys::hostname()
}

#[cfg(test)]
mod tests {
    #[test]
    fn user_and_host_are_known() {
        let (name, uid) = super::user();
        assert_eq!(uid, crate::sys::effective_uid());
        assert!(!name.is_empty());
        assert!(!super::hostname().is_empty());
    }
}
