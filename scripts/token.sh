#!/usr/bin/env bash
# Mints a DEVELOPMENT bearer token (RS256, signed with config/dev-keys/privateKey.pem) and prints it.
#
#   scripts/token.sh <role> [team] [subject]
#
#   role:    compliance-officer | product-team | auditor | ruleset-reader | evaluator
#   team:    the team claim (product-team tokens need one; default "demo-team")
#   subject: sub / upn of the caller (default "<role>@launchcheck.dev")
#
# Environment: LAUNCHCHECK_TOKEN_KEY (private key, PKCS#8 PEM), LAUNCHCHECK_TOKEN_TTL (seconds, default 3600),
# LAUNCHCHECK_TOKEN_ISSUER (default https://launchcheck.dev/issuer).
# Example: curl -H "Authorization: Bearer $(scripts/token.sh product-team payments)" localhost:8080/api/v1/assessments
set -euo pipefail

if [[ $# -lt 1 || $# -gt 3 || "$1" == -h || "$1" == --help ]]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

role="$1"
case "$role" in
  compliance-officer|product-team|auditor|ruleset-reader|evaluator) ;;
  *) echo "unknown role '$role' (compliance-officer, product-team, auditor, ruleset-reader, evaluator)" >&2; exit 2 ;;
esac
team="${2:-}"
if [[ "$role" == product-team && -z "$team" ]]; then team="demo-team"; fi
subject="${3:-$role@launchcheck.dev}"

root="$(cd "$(dirname "$0")/.." && pwd)"
key="${LAUNCHCHECK_TOKEN_KEY:-$root/config/dev-keys/privateKey.pem}"
ttl="${LAUNCHCHECK_TOKEN_TTL:-3600}"
issuer="${LAUNCHCHECK_TOKEN_ISSUER:-https://launchcheck.dev/issuer}"

# JSON string escaping for the few characters a name could carry
json() { local s="${1//\\/\\\\}"; s="${s//\"/\\\"}"; printf '"%s"' "$s"; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
payload="{\"iss\":$(json "$issuer"),\"aud\":\"launchcheck\",\"sub\":$(json "$subject"),\"upn\":$(json "$subject"),"
payload+="\"groups\":[$(json "$role")],"
if [[ -n "$team" ]]; then payload+="\"team\":$(json "$team"),"; fi
payload+="\"iat\":$now,\"exp\":$((now + ttl)),\"jti\":\"$(openssl rand -hex 16)\"}"

header=$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url)
body=$(printf '%s' "$payload" | b64url)
signature=$(printf '%s' "$header.$body" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$body" "$signature"
