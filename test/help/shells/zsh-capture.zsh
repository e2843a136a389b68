# zsh -f zsh-capture.zsh SETUP LINE...: types each LINE into an interactive
# zsh on a pseudo-terminal, presses Tab, and prints the matches offered,
# one per line, each LINE's block ended by <<BLOCK>>.
zmodload zsh/zpty
zpty capture zsh -f -i
zpty -w capture "source ${(q)1}"
zpty -r capture out '*<<READY>>*'
shift
for line in "$@"; do
  zpty -w -n capture $'\C-u'"$line"$'\t'
  zpty -r capture out '*<<END>>*'
  out=${out//$'\r'/}
  pieces=("${(@s:<<M>>:)out}")
  shift pieces
  for piece in $pieces; do print -r -- ${piece%%$'\n'*}; done
  print -r -- '<<BLOCK>>'
done
zpty -d capture
