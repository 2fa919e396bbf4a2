#!/bin/bash
set -e
cd /tmp/p6/dict12_gen && /work/wt-dict12/.venv/bin/python gen.py | tail -2
F=/work/wt-dict12/store/actors/actors.toml
python3 - <<'PY'
p="/work/wt-dict12/store/actors/actors.toml"
s=open(p,encoding="utf-8").read()
m="# ── Batch 2026-11l"
if m in s: s=s[:s.index(m)].rstrip()+"\n"
s+=open("/tmp/p6/dict12_gen/header.txt",encoding="utf-8").read()+"\n"+open("/tmp/p6/dict12_gen/batch.toml",encoding="utf-8").read()
open(p,"w",encoding="utf-8").write(s)
PY
