#!/usr/bin/env python3
"""Idle CPU of the whole stack with many open legacy zaken (issue 11).

Starts the six apps as the launcher does (own JVMs, -Xmx512m, embedded PostgreSQL and Artemis in the mid-office) on
free ports with a throw-away data directory, measures the CPU time of every process of the stack (the JVMs and the
PostgreSQL server) over a quiet period, submits N meldingen in Lindeveen (route 1: every one becomes an open zaak in
the legacy suite, which status polling then tracks), waits until all are registered, and measures again.

  ./mvnw -q package -DskipTests && python3 scripts/idle-cpu.py [N=20000] [seconds=300]

It waits SETTLE seconds (default 300) after the last registration before measuring: the intake's after-work
(autovacuum, checkpoints, garbage collection) is not idle cost.

Prints the CPU of each process and of the stack in % of one core, and the status questions per second.
"""
import base64, concurrent.futures, hashlib, hmac, json, os, re, shutil, socket, subprocess, sys, tempfile, time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
SECONDS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
SETTLE = int(os.environ.get("SETTLE", "300"))   # after the intake: autovacuum, checkpoints, garbage collection
SECRET = b"demo-only-secret-change-me-0123456789abcdef"   # the demo's published portal secret
BSN = "999993653"
TICK = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jar(module, artifact):
    version = re.search(r"<version>([^<]+)</version>", open(os.path.join(ROOT, "pom.xml")).read().split("</parent>")[1]).group(1)
    return os.path.join(ROOT, module, "target", f"{artifact}-{version}-exec.jar")


def token():
    e = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
    h = e(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    p = e(json.dumps({"iss": "frontoffice-portal", "client_id": "frontoffice-portal", "iat": int(time.time()),
                      "bsn": BSN}).encode())
    return h + "." + p + "." + e(hmac.new(SECRET, (h + "." + p).encode(), hashlib.sha256).digest())


def get(url, auth=None):
    req = urllib.request.Request(url)
    if auth:
        req.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.read().decode()


def wait_ready(url, proc, timeout=300):
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            raise SystemExit(f"{url}: process ended with {proc.returncode}")
        try:
            get(url)
            return
        except Exception:
            time.sleep(1)
    raise SystemExit(f"{url}: not ready in {timeout} s")


def cpu_ticks(pids):
    total = {}
    for pid in pids:
        try:
            f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            total[pid] = int(f[11]) + int(f[12])   # utime + stime
        except FileNotFoundError:
            pass
    return total


def postgres_pids(data_dir):
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = open(f"/proc/{pid}/cmdline").read()
            if "postgres" in cmd:
                pids.append(int(pid))
        except OSError:
            pass
    # the server's backends are children of the postmaster named in postmaster.pid
    master = int(open(os.path.join(data_dir, "postmaster.pid")).readline())
    kids = [p for p in pids if p == master or open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[1] == str(master)]
    return kids


def metric(midoffice, name):
    text = get(midoffice + "/actuator/prometheus", "beheerder:demo")
    values = [float(m.group(1)) for m in re.finditer(r"^" + name + r"\{[^}]*\} ([0-9.eE+-]+)$", text, re.M)]
    return sum(values)


def measure(label, apps, data_dir, midoffice, seconds):
    pids = {name: p.pid for name, p in apps.items()}
    pg = postgres_pids(data_dir)
    before = cpu_ticks(list(pids.values()) + pg)
    q0 = metric(midoffice, "midoffice_statuspolling_vragen_total")
    time.sleep(seconds)
    after = cpu_ticks(list(pids.values()) + postgres_pids(data_dir))
    q1 = metric(midoffice, "midoffice_statuspolling_vragen_total")
    used = {pid: after.get(pid, 0) - before.get(pid, 0) for pid in after}
    share = lambda ticks: 100.0 * ticks / TICK / seconds
    print(f"\n{label}: {seconds} s")
    for name, pid in pids.items():
        print(f"  {name:13s} {share(used.get(pid, 0)):5.1f} % of one core")
    pg_ticks = sum(used.get(pid, 0) for pid in after if pid not in pids.values())
    print(f"  {'postgresql':13s} {share(pg_ticks):5.1f} %")
    print(f"  {'stack':13s} {share(sum(used.values())):5.1f} %   status questions: {(q1 - q0) / seconds:.2f}/s")


def main():
    data = tempfile.mkdtemp(prefix="idle-cpu-")
    ports = {n: free_port() for n in ["legacy-suite", "brp", "zaken", "vergunningen", "midoffice", "portal"]}
    url = lambda n: f"http://localhost:{ports[n]}"
    java = ["java", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar"]
    plan = [
        ("legacy-suite", jar("backoffice-adapters/legacy-suite/simulator", "legacy-suite-simulator"), [], "/actuator/health"),
        ("brp", jar("backoffice-adapters/brp/simulator", "brp-simulator"), [], "/actuator/health"),
        ("zaken", jar("backoffice-adapters/zaken/simulator", "zaken-simulator"), [], "/actuator/health"),
        ("vergunningen", jar("backoffice-adapters/vergunningen/simulator", "vergunningen-simulator"), [], "/actuator/health"),
        ("midoffice", jar("midoffice", "midoffice"), [
            f"--midoffice.embedded-postgres.data-directory={data}/postgres",
            f"--spring.artemis.embedded.data-directory={data}/artemis", "--midoffice.broker.tcp-acceptor=",
            f"--midoffice.adapters.legacy-suite.url={url('legacy-suite')}", f"--midoffice.adapters.brp.url={url('brp')}",
            f"--midoffice.adapters.zaken.url={url('zaken')}", f"--midoffice.adapters.vergunningen.url={url('vergunningen')}",
            f"--midoffice.public-base-url={url('midoffice')}",
            # one test citizen submits all of them: well over the per-citizen limit of a real deployment
            "--midoffice.ratelimit.indienen.per-burger=1000000"], "/actuator/health/readiness"),
        ("portal", jar("frontoffice-portal", "frontoffice-portal"), [f"--portal.midoffice.url={url('midoffice')}"],
         "/actuator/health"),
    ]
    apps = {}
    log = open(os.path.join(data, "stack.log"), "w")
    try:
        for name, path, args, ready in plan:
            apps[name] = subprocess.Popen(java + [path, f"--server.port={ports[name]}", "--spring.profiles.active=demo"] + args, cwd=data,
                                          stdout=log, stderr=subprocess.STDOUT)
            wait_ready(url(name) + ready, apps[name])
        print(f"stack ready, output in {log.name}")
        time.sleep(60)
        measure("idle, no aanvragen", apps, f"{data}/postgres", url("midoffice"), min(SECONDS, 120))

        body = json.dumps({"product": "melding-openbare-ruimte", "gemeente": "9001", "aanvrager": {"bsn": BSN},
                           "gegevens": {"categorie": "afval", "omschrijving": "Zakken naast de container",
                                        "locatie": {"postcode": "1234AB", "huisnummer": 12}}}).encode()
        auth = "Bearer " + token()

        def submit(i):
            req = urllib.request.Request(url("midoffice") + "/api/v1/aanvragen", data=body, method="POST",
                                         headers={"Authorization": auth, "Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status

        start = time.time()
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(submit, range(N)))
        print(f"\n{N} aanvragen submitted in {time.time() - start:.0f} s ({statuses.count(202)} x 202)")
        while (open_zaken := metric(url("midoffice"), "midoffice_statuspolling_open")) < N:
            time.sleep(10)
        print(f"all {int(open_zaken)} registered as open legacy zaken {time.time() - start:.0f} s after the first")
        time.sleep(SETTLE)
        measure(f"idle, {N} open legacy zaken", apps, f"{data}/postgres", url("midoffice"), SECONDS)
    finally:
        for p in reversed(list(apps.values())):
            p.terminate()
        for p in apps.values():
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
