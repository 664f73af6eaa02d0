# Sourced by the private-server scripts.
#
#   free_port [TAKEN...]             a TCP port on 127.0.0.1 that nothing listens on and that is none of TAKEN
#   free_port_block N [TAKEN...]     the first of N such ports in a row (none of them one of TAKEN)
#
# Ports come from outside the kernel's ephemeral range when there is room (10000-64999 less that range): outgoing
# connections take their local ports from it (a CLI's own to epmd, a test's to the server), so a port found free there
# can be taken before the server binds it.
free_port() { free_port_block 1 "$@"; }

free_port_block() {
  local count=$1 low high below above start port ok
  shift
  read -r low high </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || { low=32768; high=60999; }
  # How many blocks fit below and above the ephemeral range (none: the whole of 10000-64999 is drawn from).
  below=$((low - 10000 - count)); [ "$below" -gt 0 ] || below=0
  above=$((64999 - high - count)); [ "$above" -gt 0 ] || above=0
  for _ in $(seq 1 500); do
    if [ $((below + above)) -eq 0 ]; then
      start=$(((RANDOM * 32768 + RANDOM) % 55000 + 10000))
    else
      start=$(((RANDOM * 32768 + RANDOM) % (below + above)))
      if [ "$start" -lt "$below" ]; then start=$((10000 + start)); else start=$((high + 1 + start - below)); fi
    fi
    ok=1
    for ((port = start; port < start + count; port++)); do
      if [[ " $* " == *" $port "* ]] || (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null \
        || ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then
        ok=""
        break
      fi
    done
    [ -n "$ok" ] && { echo "$start"; return; }
  done
  echo "No free port found" >&2
  exit 1
}
