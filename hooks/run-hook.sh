#!/bin/sh
# Claude Code plugin hooks (hooks/hooks.json): run `cortex-route hook EVENT`, where EVENT is
# claude-prompt (UserPromptSubmit) or session-start (SessionStart).
#
# Claude Code may give hooks a PATH without the install folder, so ~/.local/bin (install.sh) and
# ~/.cargo/bin (cargo install) are searched after PATH. Without cortex-route the hook does nothing
# and exits 0: `{}` for the prompt hook, nothing for the session hook. It never exits 2, which would
# block the person's prompt: a 2 from cortex-route (e.g. an older binary without `hook`) becomes 1,
# a non-blocking error Claude Code shows in its verbose view. Kept to builtins: it runs per prompt.

event="${1:-}"
case "$event" in
  claude-prompt | session-start) ;;
  *)
    echo "run-hook.sh: unknown hook '$event' (expected claude-prompt or session-start)" >&2
    exit 1
    ;;
esac

if [ -n "${HOME:-}" ]; then
  PATH="${PATH:+$PATH:}$HOME/.local/bin:$HOME/.cargo/bin"
  export PATH
fi

if ! command -v cortex-route >/dev/null 2>&1; then
  [ "$event" = claude-prompt ] && echo '{}'
  exit 0
fi

cortex-route hook "$event"
status=$?
[ "$status" -eq 2 ] && exit 1
exit "$status"
