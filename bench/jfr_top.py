#!/usr/bin/env python3
"""Summarises a JFR recording: where the samples fall, by top frame (self) and by any frame (total), and by area
(migrate, the JDBC driver, Maven/Plexus/Guice, the JDK). Used by bench/profile; usable on its own:

    bench/jfr_top.py recording.jfr [--events jdk.ExecutionSample,jdk.NativeMethodSample] [--top 25]
                     [--filter dev.migrate]
"""
import argparse
import collections
import subprocess
import sys

AREAS = [
    ("migrate", ("dev.migrate.",)),
    ("sqlite-jdbc", ("org.sqlite.",)),
    ("pgjdbc", ("org.postgresql.",)),
    ("hibernate", ("org.hibernate.",)),
    ("maven/plexus/guice/sisu", ("org.apache.maven.", "org.codehaus.", "org.eclipse.", "com.google.inject.",
                                 "org.sonatype.", "org.slf4j.")),
    ("jdk class loading/reflection", ("java.lang.ClassLoader", "jdk.internal.loader.", "java.lang.Class.",
                                      "jdk.internal.reflect.", "java.lang.invoke.", "java.util.zip.",
                                      "java.util.jar.", "sun.net.www.protocol.jar.")),
    ("jdk other", ("java.", "jdk.", "sun.", "javax.")),
]


def area_of(frames):
    """The area of a sample: the first (innermost) frame that is not JDK, else the JDK bucket of the top frame."""
    for f in frames:
        for name, prefixes in AREAS[:5]:
            if f.startswith(prefixes):
                return name
    top = frames[0] if frames else ""
    for name, prefixes in AREAS[5:]:
        if top.startswith(prefixes):
            return name
    return "other"


def load(path, events):
    """Streams `jfr print` (text), so that a long recording never has to fit in memory as one document."""
    proc = subprocess.Popen(["jfr", "print", "--stack-depth", "96", "--events", events, path],
                            stdout=subprocess.PIPE, text=True, bufsize=1 << 16)
    samples = []
    kind = None
    frames = None
    for line in proc.stdout:
        s = line.strip()
        if s.endswith("{") and not s.startswith("stackTrace"):
            kind = s[:-1].strip()
        elif s == "stackTrace = [":
            frames = []
        elif frames is not None:
            if s == "]":
                samples.append((kind, tuple(frames)))
                frames = None
            elif s and s != "...":
                frames.append(s.split("(", 1)[0])
    if proc.wait() != 0:
        raise SystemExit(f"jfr print failed on {path}")
    return samples


def main():
    p = argparse.ArgumentParser()
    p.add_argument("jfr")
    p.add_argument("--events", default="jdk.ExecutionSample")
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--filter", default="", help="only samples with a frame starting with this")
    a = p.parse_args()
    samples = [s for s in load(a.jfr, a.events) if not a.filter or any(f.startswith(a.filter) for f in s[1])]
    n = len(samples)
    if not n:
        print("no samples")
        return
    self_c = collections.Counter(frames[0] for _, frames in samples if frames)
    total_c = collections.Counter()
    for _, frames in samples:
        total_c.update(set(frames))
    areas = collections.Counter(area_of(frames) for _, frames in samples)
    print(f"{n} samples ({a.events}{', with ' + a.filter if a.filter else ''})")
    print("\nby area (innermost non-JDK frame):")
    for k, v in areas.most_common():
        print(f"  {100 * v / n:5.1f}%  {k}")
    print(f"\ntop {a.top} self (top frame):")
    for k, v in self_c.most_common(a.top):
        print(f"  {100 * v / n:5.1f}%  {k}")
    print(f"\ntop {a.top} total (anywhere on the stack), migrate frames:")
    shown = 0
    for k, v in total_c.most_common():
        if k.startswith("dev.migrate."):
            print(f"  {100 * v / n:5.1f}%  {k}")
            shown += 1
            if shown >= a.top:
                break


if __name__ == "__main__":
    sys.exit(main())
