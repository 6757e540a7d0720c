#!/usr/bin/env bash
# Install cortex-route: the binary (cargo install into a prefix), the agent skill folder, and a
# user config from config.yaml.example if there is none. Idempotent; --uninstall reverses it.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: ./install.sh [--prefix DIR] [--agent claude|cursor|codex] [--binary PATH] [--uninstall]

  --prefix DIR     install the binary into DIR/bin (default: ~/.local)
  --agent NAME     which agent's skill folder to install (default: claude)
                     claude  ~/.claude/skills/cortex-code/
                     cursor  ~/.cursor/skills/cortex-code/
                     codex   ~/.codex/skills/cortex-code/
  --binary PATH    install this already-built binary instead of running cargo install
  --uninstall      remove the binary and the skill's SKILL.md (keeps config.yaml and audit logs)
  -h, --help       this help
USAGE
}

prefix="${HOME}/.local"
agent="claude"
binary=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a directory}"; shift 2 ;;
    --agent) agent="${2:?--agent needs claude, cursor or codex}"; shift 2 ;;
    --binary) binary="${2:?--binary needs a path}"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

case "$agent" in
  claude) skill_dir="${HOME}/.claude/skills/cortex-code" ;;
  cursor) skill_dir="${HOME}/.cursor/skills/cortex-code" ;;
  codex)  skill_dir="${HOME}/.codex/skills/cortex-code" ;;
  *) echo "install.sh: --agent must be claude, cursor or codex (got: $agent)" >&2; exit 2 ;;
esac

src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin_path="${prefix}/bin/cortex-route"

if [ "$uninstall" -eq 1 ]; then
  rm -f "$bin_path" "${skill_dir}/SKILL.md"
  rmdir "$skill_dir" 2>/dev/null || true
  echo "removed ${bin_path} and ${skill_dir}/SKILL.md"
  if [ -e "${skill_dir}/config.yaml" ]; then
    echo "kept ${skill_dir}/config.yaml (delete it yourself if you want it gone)"
  fi
  exit 0
fi

umask 077
mkdir -p "${prefix}/bin"
if [ -n "$binary" ]; then
  install -m 0755 "$binary" "$bin_path"
else
  command -v cargo >/dev/null || { echo "install.sh: cargo not found; install Rust from https://rustup.rs" >&2; exit 2; }
  cargo install --path "$src_dir" --locked --root "$prefix" --force --quiet
fi

mkdir -p "$skill_dir"
chmod 0700 "$skill_dir"
install -m 0600 "${src_dir}/skills/cortex-code/SKILL.md" "${skill_dir}/SKILL.md"
if [ ! -e "${skill_dir}/config.yaml" ]; then
  install -m 0600 "${src_dir}/config.yaml.example" "${skill_dir}/config.yaml"
  echo "wrote ${skill_dir}/config.yaml (from config.yaml.example)"
else
  chmod 0600 "${skill_dir}/config.yaml"
  echo "kept existing ${skill_dir}/config.yaml"
fi

echo "installed ${bin_path}"
echo "installed the ${agent} skill in ${skill_dir}"
case ":${PATH}:" in
  *":${prefix}/bin:"*) ;;
  *) echo "note: ${prefix}/bin is not on your PATH; add it, e.g. export PATH=\"${prefix}/bin:\$PATH\"" ;;
esac
"$bin_path" config check >/dev/null 2>&1 && echo "config check: ok" || echo "note: run \`cortex-route config check\` to see configuration problems"
