import json
import socket
import sys
from dataclasses import asdict, dataclass, field, astuple
from typing import List, Optional


@dataclass(order=True)
class Request:
    id: int
    op: str
    args: List[float] = field(default_factory=list)
    note: Optional[str] = None


requests = [Request(1, 'mean', [1, 2, 3, 4]), Request(2, 'max', [3.5, -1]), Request(3, 'mean'),
            Request(4, 'median', [1], note='not there')]
with socket.create_connection((sys.argv[1], int(sys.argv[2]))) as s:
    f = s.makefile('rw', encoding='utf-8')
    for r in sorted(requests, reverse=True):
        f.write(json.dumps(asdict(r)) + '\n')
    f.write(json.dumps({'id': 5, 'verb': 'x'}) + '\n')
    f.flush()
    s.shutdown(socket.SHUT_WR)
    for line in f:
        print(astuple(requests[0]), json.loads(line))
