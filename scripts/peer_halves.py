"""Write the two id-parity halves of the PLOVER peer set, to score each with ``accord eval``.

The event classifier trains on the even half (``accord.train.event_model.peer_is_training``);
the odd half is never trained on::

    python scripts/peer_halves.py build/
    accord eval build/peer-train.jsonl build/peer-heldout.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEER = ROOT.parent / "shared/peer/plover-gsr-dev.jsonl"


def main() -> int:
    from accord.train.event_model import peer_is_training

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build")
    out.mkdir(parents=True, exist_ok=True)
    lines = [line for line in PEER.read_text(encoding="utf-8").splitlines() if line.strip()]
    train = [line for line in lines if peer_is_training(json.loads(line)["id"])]
    heldout = [line for line in lines if not peer_is_training(json.loads(line)["id"])]
    (out / "peer-train.jsonl").write_text("\n".join(train) + "\n", encoding="utf-8")
    (out / "peer-heldout.jsonl").write_text("\n".join(heldout) + "\n", encoding="utf-8")
    print(f"{len(train)} training and {len(heldout)} held-out records in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
