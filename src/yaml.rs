//! The one place YAML is parsed. Everything else calls [`from_str`], so the parser can be swapped.
