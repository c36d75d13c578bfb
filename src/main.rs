//! The `newsline` binary: everything is in the library.

fn main() -> std::process::ExitCode {
    newsline::cli::main()
}
