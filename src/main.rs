//! The `cortex-route` binary. All logic lives in the library (`cortex_route::app`).

fn main() -> std::process::ExitCode {
    cortex_route::app::main()
}
