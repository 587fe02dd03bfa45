#!/usr/bin/env bash
# Times the main public pages of a running Hub Atlas (./mvnw spring-boot:run) on this machine.
# Usage: bench/pages.sh [base-url] [requests-per-page]   (defaults: http://localhost:8080 and 200)
# Sends traffic only to the given local server, a bounded number of requests, one at a time.
set -euo pipefail
base="${1:-http://localhost:8080}"
count="${2:-200}"
case "$base" in
  http://localhost*|http://127.*|http://\[::1\]*) ;;
  *) echo "refusing to benchmark a non-local address: $base" >&2; exit 2 ;;
esac
pages=(/ /cities /cities/beijing /cities/hangzhou /companies /companies/deepseek /sources/3
       "/compare?cities=beijing,hangzhou,shanghai,shenzhen" "/api/compare?cities=beijing,shanghai")
printf '%-55s %8s %8s %8s %8s\n' page p50_ms p95_ms max_ms status
for page in "${pages[@]}"; do
  curl -s -o /dev/null "$base$page"   # warm-up: templates and JIT
  times=$(for _ in $(seq "$count"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$page"; done | sort -n)
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$page")
  p50=$(echo "$times" | awk -v n="$count" 'NR==int(n*0.50)+0{printf "%.1f", $1*1000}')
  p95=$(echo "$times" | awk -v n="$count" 'NR==int(n*0.95)+0{printf "%.1f", $1*1000}')
  max=$(echo "$times" | tail -1 | awk '{printf "%.1f", $1*1000}')
  printf '%-55s %8s %8s %8s %8s\n' "$page" "$p50" "$p95" "$max" "$status"
done
