"""A readable summary of a facts file: ``python -m quizgen.summary facts.jsonl``."""

from __future__ import annotations

import json
import sys
from collections import defaultdict


def summarise(lines) -> str:
    by_doc: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for line in lines:
        if line.strip():
            fact = json.loads(line)
            by_doc[fact["doc"]][fact["kind"]].append(fact)
    out = []
    for doc, kinds in sorted(by_doc.items()):
        out.append(f"\n{doc}")
        for q in kinds["quote"]:
            role = f", {q['speaker_role']}" if q.get("speaker_role") else ""
            out.append(f"  quote   “{q['text'][:90]}” — {q['speaker'] or 'unknown'}{role}")
        for f in kinds["figure"]:
            qual = f"{f['qualifier']} " if f.get("qualifier") else ""
            out.append(f"  figure  {f['surface']!r}: {qual}{f['value']} {f.get('counted') or f['unit'] or ''} ({f['about']})")
        for p in kinds["participant"]:
            role = f": {p['role']}" if p.get("role") else ""
            out.append(f"  person  {p['name']} [{p['type']}]{role}")
    return "\n".join(out)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        print(summarise(fh))
