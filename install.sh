#!/usr/bin/env bash
# Install cortex-route: the binary (cargo install into a prefix), the agent's skill folder (and,
# for Cursor, a rule), and a user config from config.yaml.example if there is none. Idempotent;
# --uninstall reverses it for one agent, keeping the binary while another agent still uses it.
# The Claude Code plugin (.claude-plugin/, hooks/, skills/) is separate: see the README.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: ./install.sh [--prefix DIR] [--agent claude|cursor|codex] [--binary PATH]
                    [--no-hooks] [--cortex-hook] [--uninstall]

  --prefix DIR     install the binary into DIR/bin (default: ~/.local)
  --agent NAME     which agent to install the skill for (default: claude); run once per agent,
                   they share the binary:
                     claude  ~/.claude/skills/cortex-code/
                     cursor  ~/.cursor/skills/cortex-code/ and the rule ~/.cursor/rules/cortex-code.mdc
                     codex   ~/.codex/skills/cortex-code/
  --binary PATH    install this already-built binary instead of running cargo install
  --no-hooks       claude: do not add cortex-route's hooks (UserPromptSubmit, SessionStart) and
                   the ask rule for `cortex-route approve` to ~/.claude/settings.json (use this
                   with the Claude Code plugin, which brings the hooks itself)
  --cortex-hook    also add the Cortex PreToolUse hook to ~/.snowflake/cortex/hooks.json: every
                   Cortex session, not only the ones cortex-route starts, is judged by the policy
  --uninstall      remove this agent's SKILL.md (and Cursor rule); remove the binary too, unless
                   another agent's skill still uses it (a cargo-installed binary is removed with
                   cargo uninstall, which drops its entries in DIR/.crates.toml and
                   DIR/.crates2.json), and the hooks it added. Keeps config.yaml and audit logs.
  -h, --help       this help

Each agent's skill folder has its own config.yaml; cortex-route reads every installed one, and
the stricter setting of each key wins.
USAGE
}

prefix="${HOME}/.local"
agent="claude"
binary=""
uninstall=0
hooks=1
cortex_hook=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a directory}"; shift 2 ;;
    --agent) agent="${2:?--agent needs claude, cursor or codex}"; shift 2 ;;
    --binary) binary="${2:?--binary needs a path}"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    --no-hooks) hooks=0; shift ;;
    --cortex-hook) cortex_hook=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

agents="claude cursor codex"
skill_dir_of() { printf '%s/.%s/skills/cortex-code' "$HOME" "$1"; }
case " $agents " in
  *" $agent "*) ;;
  *) echo "install.sh: --agent must be claude, cursor or codex (got: $agent)" >&2; exit 2 ;;
esac

src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
skill_dir="$(skill_dir_of "$agent")"
bin_path="${prefix}/bin/cortex-route"
cursor_rule="${HOME}/.cursor/rules/cortex-code.mdc"

# rm_said FILE: remove FILE and say so, only if it was there and is gone now.
rm_said() {
  if [ -e "$1" ] || [ -L "$1" ]; then
    rm -f -- "$1"
    if [ ! -e "$1" ] && [ ! -L "$1" ]; then echo "removed $1"; fi
  fi
}

# The agents (other than $agent) whose skill folder holds our SKILL.md.
other_users() {
  local other
  for other in $agents; do
    [ "$other" = "$agent" ] && continue
    if grep -qs 'cortex-route' "$(skill_dir_of "$other")/SKILL.md"; then printf '%s\n' "$other"; fi
  done
}

# Does a cargo tracking file in the prefix name the cortex-route package?
cargo_tracked() {
  grep -qs '^"cortex-route ' "${prefix}/.crates.toml" ||
    grep -qs '"cortex-route ' "${prefix}/.crates2.json"
}

# A tracking file cargo left with no package in it: `[v1]` / `{"installs":{}}`, nothing else.
rm_if_empty_tracking() {
  local file="$1" empty="$2" text
  [ -f "$file" ] || return 0
  text="$(tr -d ' \t\r\n' <"$file")"
  if [ "$text" = "$empty" ]; then rm_said "$file"; fi
}

remove_binary() {
  if cargo_tracked; then
    if ! command -v cargo >/dev/null 2>&1; then
      rm_said "$bin_path"
      echo "note: cargo not found: ${prefix}/.crates.toml and .crates2.json still list cortex-route;" \
        "with cargo, \`cargo uninstall --root ${prefix} cortex-route\` removes them" >&2
      return 0
    fi
    local had_bin=0 placeholder=0 err
    if [ -e "$bin_path" ]; then had_bin=1; else
      # cargo refuses to uninstall a package whose binary is missing ("corrupt metadata"); give
      # it an empty placeholder to remove, so its tracking entries go too.
      mkdir -p "${prefix}/bin" && : >"$bin_path" && placeholder=1
    fi
    if ! err="$(cargo uninstall --quiet --root "$prefix" cortex-route 2>&1)"; then
      [ "$placeholder" -eq 1 ] && rm -f -- "$bin_path"
      echo "install.sh: \`cargo uninstall --root ${prefix} cortex-route\` failed:" >&2
      printf '%s\n' "$err" >&2
      exit 1
    fi
    if [ "$had_bin" -eq 1 ] && [ ! -e "$bin_path" ]; then echo "removed ${bin_path}"; fi
    echo "removed cortex-route from cargo's records in ${prefix} (cargo uninstall)"
    rm_if_empty_tracking "${prefix}/.crates.toml" '[v1]'
    rm_if_empty_tracking "${prefix}/.crates2.json" '{"installs":{}}'
  else
    rm_said "$bin_path"
  fi
}

# hooks_said VERB ARGS...: `cortex-route hooks VERB ARGS`, printing only what it changed.
hooks_said() {
  local out
  if ! out="$("$bin_path" hooks "$@" 2>&1)"; then
    echo "install.sh: \`cortex-route hooks $*\` failed:" >&2
    printf '%s\n' "$out" >&2
    return 1
  fi
  printf '%s\n' "$out" | grep -v -e 'already installed' -e 'nothing of ours' || true
}

if [ "$uninstall" -eq 1 ]; then
  if [ "$agent" = claude ] && [ -x "$bin_path" ]; then hooks_said uninstall --claude || exit 1; fi
  rm_said "${skill_dir}/SKILL.md"
  if [ -d "$skill_dir" ] && rmdir "$skill_dir" 2>/dev/null; then echo "removed ${skill_dir}/"; fi
  if [ "$agent" = cursor ]; then rm_said "$cursor_rule"; fi
  users="$(other_users | tr '\n' ' ')"
  users="${users% }"
  if [ -n "$users" ]; then
    if [ -e "$bin_path" ]; then
      case "$users" in
        *" "*) echo "kept ${bin_path}: still used by the ${users// / and } skills" ;;
        *) echo "kept ${bin_path}: still used by the ${users} skill" ;;
      esac
    fi
  else
    # A Cortex hook whose binary is gone would let every call through: remove it first.
    if [ -x "$bin_path" ]; then hooks_said uninstall --cortex || exit 1; fi
    remove_binary
  fi
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
for other in $agents; do
  [ "$other" = "$agent" ] && continue
  if [ -e "$(skill_dir_of "$other")/config.yaml" ]; then
    echo "note: $(skill_dir_of "$other")/config.yaml exists too: cortex-route reads both; the stricter setting of each key wins"
  fi
done
if [ "$agent" = cursor ]; then
  mkdir -p "$(dirname "$cursor_rule")"
  install -m 0600 "${src_dir}/skills/cortex-code/cursor/cortex-code.mdc" "$cursor_rule"
  echo "installed the Cursor rule ${cursor_rule}"
fi

echo "installed ${bin_path}"
echo "installed the ${agent} skill in ${skill_dir}"
if [ "$agent" = claude ] && [ "$hooks" -eq 1 ]; then hooks_said install --claude || exit 1; fi
if [ "$cortex_hook" -eq 1 ]; then hooks_said install --cortex || exit 1; fi
case ":${PATH}:" in
  *":${prefix}/bin:"*) ;;
  *) echo "note: ${prefix}/bin is not on your PATH; add it, e.g. export PATH=\"${prefix}/bin:\$PATH\"" ;;
esac
"$bin_path" config check >/dev/null 2>&1 && echo "config check: ok" || echo "note: run \`cortex-route config check\` to see configuration problems"
