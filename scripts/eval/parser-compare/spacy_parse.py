#!/usr/bin/env python3
"""Parses sentences with spaCy's fr_core_news_md and prints one JSON line per sentence.

stdin: JSON lines {"id": str, "text": str}. stdout: JSON lines {"id", "tokens": [{"i", "text", "idx",
"lemma", "pos", "dep", "head", "morph"}]}, then one line {"timing": {...}} with the model load time and the
parse time of the whole input (nlp.pipe, batch of 64; wall and CPU), measured here so the pipe to Node is not counted.
usage: spacy_parse.py [--model fr_core_news_md] [--exclude ner]
"""
import argparse
import json
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--exclude", default="", help="comma-separated pipeline components to leave out, e.g. ner")
    args = ap.parse_args()
    try:
        import spacy
    except ImportError:
        print("spacy_parse.py: spaCy is not installed in this Python; see docs/parser-comparison.md (venv /work/venv-spacy)", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    exclude = [c for c in args.exclude.split(",") if c]
    try:
        nlp = spacy.load(args.model, exclude=exclude)
    except OSError as e:
        print(f"spacy_parse.py: cannot load model {args.model}: {e}", file=sys.stderr)
        return 1
    load_s = time.perf_counter() - t0
    items = [json.loads(line) for line in sys.stdin if line.strip()]
    t1, c1 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((it["text"] for it in items), batch_size=64))
    parse_s, parse_cpu_s = time.perf_counter() - t1, time.process_time() - c1
    out = sys.stdout
    for it, doc in zip(items, docs):
        tokens = [
            {"i": t.i, "text": t.text, "idx": t.idx, "lemma": t.lemma_, "pos": t.pos_, "dep": t.dep_, "head": t.head.i, "morph": str(t.morph)}
            for t in doc
        ]
        out.write(json.dumps({"id": it["id"], "tokens": tokens}, ensure_ascii=False) + "\n")
    out.write(json.dumps({"timing": {"load_s": load_s, "parse_s": parse_s, "parse_cpu_s": parse_cpu_s, "sentences": len(items), "pipeline": nlp.pipe_names, "spacy": spacy.__version__, "model": nlp.meta.get("version")}}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
