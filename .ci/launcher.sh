# Sourced by the benchmarks. Builds the launcher when it is missing; start_launcher <port> starts it
# on an empty data directory in /tmp ($data), waits until CHIDI is ready, and stops it and removes
# the directory when the script exits. Its process id is $launcher.
[ -f server-config/target/chidi-launcher.jar ] || mvn -q install -DskipTests

start_launcher() {
  data="$(mktemp -d /tmp/chidi-benchmark.XXXXXX)"
  trap 'kill "$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true; rm -rf "$data"' EXIT
  java -jar server-config/target/chidi-launcher.jar --data-dir "$data" --port "$1" \
    >"$data/launcher.out" 2>&1 &
  launcher=$!
  until grep -q "CHIDI is ready" "$data/launcher.out"; do
    if ! kill -0 "$launcher" 2>/dev/null; then cat "$data/launcher.out"; exit 1; fi
    sleep 0.2
  done
}
