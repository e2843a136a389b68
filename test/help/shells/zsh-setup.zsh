# Sourced by the interactive zsh that zsh-capture.zsh drives: loads the
# completion system and the script under test, and makes every match
# offered print itself as `<<M>>word` (with the prefixes zsh would insert).
PROMPT='' RPROMPT='' PS2=''
unsetopt zle_bracketed_paste beep
autoload -Uz compinit && compinit -u -D
source "$COMPLETION_SCRIPT"
compadd() {
  # Calls that only compute (-O, -A, -D) are internal to helpers like _describe.
  if (( ${@[(I)-[OAD]]} )); then
    builtin compadd "$@"
    return
  fi
  local -a __hits __apre __hpre __ignored
  zparseopts -E -a __ignored P:=__apre p:=__hpre
  builtin compadd -A __hits "$@"
  local hit
  for hit in $__hits; do print -r -- "<<M>>$IPREFIX${__apre[2]}${__hpre[2]}$hit"; done
  builtin compadd "$@"
}
__capture_end() { print -r -- '<<END>>' }
# zsh empties comppostfuncs after each completion: set it for every Tab.
__capture_complete() {
  comppostfuncs=(__capture_end)
  zle complete-word
}
zle -N __capture_complete
bindkey '^I' __capture_complete
bindkey '^U' kill-whole-line
print -r -- '<<READY>>'
