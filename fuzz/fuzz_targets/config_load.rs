//! Configuration and policy parsing never panics: any bytes give a typed file or an error with
//! a position, and a parsed file layers over the defaults.
#![no_main]

use cortex_route_policy::config::{FileConfig, Layering, Mode, Origin, Settings};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(file) = cortex_route_policy::yaml::from_str::<FileConfig>(text, "fuzz.yaml") {
        if let Ok(defaults) = Settings::defaults() {
            let mut layering = Layering::new(defaults.clone());
            layering.apply(&file, &Origin::OrgPolicy("org.yaml".into()), Mode::Authority);
            layering.apply(&file, &Origin::UserConfig("user.yaml".into()), Mode::TightenOnly);
            let _ = serde_json::to_string(&layering.settings);
        }
    }
});
