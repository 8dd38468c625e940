#!/usr/bin/env bash
# Shared by scripts/bench-*.sh: the machine a figure was measured on, tokens, and service processes.
# Sourced, not run.

machine() {
  echo "Date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc); memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  lscpu | head -n 14 | grep -E 'Architecture|^CPU\(s\)|Model name|Thread|Core' | sed 's/  */ /g'
  echo "Java: $(java -version 2>&1 | head -n 1)"
  # The same vCPUs are not always equally fast (shared hosts): one core's SHA-256 throughput, to compare runs.
  echo "CPU probe (openssl speed sha256, 16 KiB blocks, one core): $(openssl speed -seconds 2 -bytes 16384 sha256 2>/dev/null \
    | awk '$1 == "sha256" {printf "%.0f MB/s", $2 / 1000}')"
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# A development token for a role when the services check tokens (scripts/token.sh exists), else nothing.
token_for() {
  if [ -x scripts/token.sh ]; then scripts/token.sh "$@"; fi
}

port_of() {
  case "$1" in
    gateway) echo "${LAUNCHCHECK_PORT_BASE:-8080}" ;;
    registry-service) echo $((${LAUNCHCHECK_PORT_BASE:-8080} + 1)) ;;
    rules-service) echo $((${LAUNCHCHECK_PORT_BASE:-8080} + 2)) ;;
  esac
}

pid_of() { cat ".run/$1.pid" 2>/dev/null; }

# Methods the JIT has compiled so far in a service's JVM (jstat), 0 when it cannot be read.
jit_compiles() {
  local pid
  pid=$(pid_of "$1") && jstat -compiler "$pid" 2>/dev/null | awk 'NR == 2 {print $1; found = 1} END {if (!found) print 0}' \
    || echo 0
}

# Resident memory of a service in MiB: current (VmRSS) and peak (VmHWM).
rss_of() {
  local pid
  pid=$(pid_of "$1") || return 0
  awk '/^VmRSS:/ {rss=$2} /^VmHWM:/ {hwm=$2} END {printf "%d MiB (peak %d MiB)", rss/1024, hwm/1024}' "/proc/$pid/status"
}

rss_table() {
  echo "| service | RSS $1 |"
  echo "|---|---:|"
  for svc in registry-service rules-service gateway; do
    echo "| $svc | $(rss_of "$svc") |"
  done
}

# CPU seconds (user + system) used so far by each service and by all PostgreSQL processes, one "name seconds" a line.
cpu_seconds() {
  local tck pid svc
  tck=$(getconf CLK_TCK)
  for svc in registry-service rules-service gateway; do
    pid=$(pid_of "$svc") || continue
    awk -v n="$svc" -v t="$tck" '{printf "%s %.2f\n", n, ($14 + $15) / t}' "/proc/$pid/stat"
  done
  for pid in $(pgrep -u postgres); do cat "/proc/$pid/stat" 2>/dev/null; done \
    | awk -v t="$tck" '{s += $14 + $15} END {printf "postgresql %.2f\n", s / t}'
}

# CPU milliseconds per request of each process between two cpu_seconds outputs (files) for N requests.
cpu_per_request() {
  echo "| process | CPU ms per request |"
  echo "|---|---:|"
  paste "$1" "$2" | awk -v n="$3" '{printf "| %s | %.2f |\n", $1, ($4 - $2) * 1000 / n}'
}
