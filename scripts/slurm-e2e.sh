#!/usr/bin/env bash
# The README's Slurm array recipe on a real single-node Slurm: installs
# slurm-wlm and munge (Debian's packages) when missing, starts munged,
# slurmctld and slurmd on localhost with a minimal slurm.conf of its own (no
# systemd, no cgroups: proctrack/linuxproc, task/none), submits the recipe's
# line, as the README writes it, as an 8-task array over a JSON Lines corpus
# made from the fixtures, and checks that the shards together equal one
# unsharded run byte for byte (scripts/shard-union.ts). Then resubmits the
# array, as a retried job would run, and checks that --resume leaves every
# output as it was. Stops the daemons it started, and only those. Not part of
# npm test: it needs root (or Slurm and munge already installed) and takes
# about a minute.
#
#   bash scripts/slurm-e2e.sh [WORK_FOLDER]    (SLURM_E2E_COPIES=5 sets the corpus size)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
  else
    echo "Slurm is missing: sudo apt-get install -y slurm-wlm munge" >&2
    exit 2
  fi
fi

work="${1:-$(mktemp -d)}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
chmod 700 "$work" # munged refuses a socket folder others can write to
echo "slurm: $(slurmctld -V)   munge: $(munged -V | head -1)   node: $(node --version)"
echo "work folder: $work"

# The CLI as a user installs it: `scrubdown` on PATH, the package's bin.
[ -f dist/cli-bundle/bin.cjs ] || npm run build >/dev/null
mkdir -p "$work/bin"
ln -sf "$repo/dist/cli-bundle/bin.cjs" "$work/bin/scrubdown"
chmod +x dist/cli-bundle/bin.cjs
export PATH="$work/bin:$PATH"
echo "scrubdown $(scrubdown --version) from $(readlink -f "$(command -v scrubdown)")"

# The recipe, exactly as the README's recipes block has it.
recipe="$(grep -A1 '^# Eight machines, one share each' README.md | tail -1)"
expected='scrubdown --jsonl in.jsonl --out out-$SLURM_ARRAY_TASK_ID.jsonl --shard $SLURM_ARRAY_TASK_ID/8 --resume'
if [ "$recipe" != "$expected" ]; then
  echo "FAIL the README's Slurm recipe is not the line this script checks:" >&2
  echo "  README: $recipe" >&2
  exit 1
fi
grep -q -- '(`--array=1-8`): `--shard $SLURM_ARRAY_TASK_ID/8`' README.md || { echo "FAIL the README no longer says --array=1-8" >&2; exit 1; }

pids=()
cleanup() {
  local status=$?
  if [ -n "${SLURM_CONF:-}" ] && [ -n "${job:-}" ]; then scancel "$job" 2>/dev/null || true; fi
  # Last started, first stopped; each by the id it was given here.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "${pids[i]}" 2>/dev/null || break; sleep 0.1; done
  done
  if [ "$status" != 0 ]; then
    for log in "$work"/{munged,slurmctld,slurmd}.log; do [ -f "$log" ] && { echo "--- $log (last lines)"; tail -20 "$log"; }; done
  fi
  echo "stopped the daemons this run started (${pids[*]:-none})"
  exit "$status"
}
trap cleanup EXIT

# munge, on a socket and with a key of this run's own, beside no other munged.
mkdir -p "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
socket="$work/munge/munge.socket"
munged --foreground --force --key-file="$work/munge/munge.key" --socket="$socket" \
  --pid-file="$work/munge/munged.pid" --seed-file="$work/munge/munged.seed" --log-file="$work/munged.log" >"$work/munged.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || { echo "FAIL munged did not start" >&2; exit 1; }

# Two free ports above 20000, for slurmctld and slurmd.
read -r ctld_port slurmd_port < <(node -e '
const net = require("node:net")
const free = () => new Promise((ok) => { const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)) }) })
Promise.all([free(), free()]).then((ports) => console.log(ports.join(" ")))')

cpus="$(nproc)"
mkdir -p "$work/state" "$work/spool"
export SLURM_CONF="$work/slurm.conf"
cat >"$SLURM_CONF" <<EOF
ClusterName=scrubdown
SlurmctldHost=localhost
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
SlurmdParameters=config_overrides
MinJobAge=3600
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=main Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF

slurmctld -D -i -f "$SLURM_CONF" >"$work/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -N localhost -f "$SLURM_CONF" >"$work/slurmd.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  state="$(sinfo -h -N -o '%T' 2>/dev/null || true)"
  case "$state" in idle*) break ;; esac
  sleep 0.2
done
[[ "$state" == idle* ]] || { echo "FAIL the node is not idle (state: ${state:-none})" >&2; exit 1; }
echo "slurmctld on port $ctld_port, slurmd on port $slurmd_port; node localhost $state with $cpus CPUs"

# The corpus, and one unsharded run of it for the reference.
run="$work/run"
rm -rf "$run" && mkdir -p "$run"
node --import tsx scripts/slurm-corpus.ts "$run/in.jsonl" "${SLURM_E2E_COPIES:-5}"
(cd "$run" && scrubdown --quiet --jsonl in.jsonl --out all.jsonl 2>all.stderr) && whole=0 || whole=$?
echo "unsharded run: exit $whole, $(wc -l <"$run/all.jsonl") results, $(wc -l <"$run/all.errors.jsonl") errors"
[ "$whole" = 1 ] || { echo "FAIL the unsharded run should exit 1: its corpus holds records that cannot be cleaned" >&2; exit 1; }

# The array job: the README's line, nothing added.
cat >"$run/job.sh" <<EOF
#!/usr/bin/env bash
#SBATCH --job-name=scrubdown-shards
#SBATCH --array=1-8
#SBATCH --cpus-per-task=1
#SBATCH --output=slurm-%A_%a.log
$recipe
EOF
echo "--- $run/job.sh"
cat "$run/job.sh"
echo "---"

# Submit, wait for every task, then check each task's end against its shard:
# exit 1 exactly where the shard holds a record that cannot be cleaned.
submit() {
  local status=0
  job="$(cd "$run" && sbatch --parsable "$@" job.sh)"
  echo "submitted array job $job"
  timeout 600 bash -c "while squeue -h -j $job 2>/dev/null | grep -q .; do sleep 1; done" || { echo "FAIL the array did not finish in 600 s" >&2; exit 1; }
  for task in 1 2 3 4 5 6 7 8; do
    line="$(scontrol -o show job "${job}_$task")"
    state="$(grep -o 'JobState=[A-Z_]*' <<<"$line" | cut -d= -f2)"
    code="$(grep -o ' ExitCode=[0-9:]*' <<<"$line" | cut -d= -f2)"
    node="$(grep -o ' NodeList=[^ ]*' <<<"$line" | cut -d= -f2)"
    if [ -s "$run/out-$task.errors.jsonl" ]; then want="FAILED 1:0"; else want="COMPLETED 0:0"; fi
    span="$(grep -o ' StartTime=[^ ]*' <<<"$line" | cut -dT -f3)-$(grep -o ' EndTime=[^ ]*' <<<"$line" | cut -dT -f3)"
    printf '  task %s: %s, exit %s, on %s %s, %s results, %s errors; its log: %s\n' "$task" "$state" "$code" "$node" "$span" \
      "$(wc -l <"$run/out-$task.jsonl")" "$( [ -f "$run/out-$task.errors.jsonl" ] && wc -l <"$run/out-$task.errors.jsonl" || echo 0)" \
      "$(grep -m1 '^cleaned' "$run/slurm-${job}_$task.log" || echo '(no summary)')"
    [ "$state $code" = "$want" ] || { echo "FAIL task $task: $state $code, expected $want" >&2; cat "$run/slurm-${job}_$task.log" >&2; status=1; }
  done
  return "$status"
}
started=$(date +%s)
submit
echo "array done in $(($(date +%s) - started)) s"
shards=()
for task in 1 2 3 4 5 6 7 8; do shards+=("$run/out-$task.jsonl"); done
node --import tsx scripts/shard-union.ts "$run/in.jsonl" "$run/all.jsonl" "${shards[@]}"

# A retried job: the same array again. --resume must leave each output as it is.
sums="$(cd "$run" && sha256sum out-*.jsonl)"
submit
if [ "$(cd "$run" && sha256sum out-*.jsonl)" = "$sums" ]; then
  echo "resubmitted with --resume: all $(wc -l <<<"$sums") output files unchanged"
else
  echo "FAIL resubmitting changed an output" >&2
  exit 1
fi
node --import tsx scripts/shard-union.ts "$run/in.jsonl" "$run/all.jsonl" "${shards[@]}" >/dev/null
echo "PASS the README's Slurm array recipe, 8 tasks on a real slurmctld and slurmd, equals one unsharded run byte for byte"
