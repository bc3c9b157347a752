# A JSON-lines protocol whose messages are dataclasses: each line is decoded into a typed
# request, answered with a dataclass turned back into JSON with asdict().
import json
import socket
import sys
from dataclasses import asdict, dataclass, field
from typing import List, Optional


@dataclass
class Request:
    id: int
    op: str
    args: List[float] = field(default_factory=list)
    note: Optional[str] = None


@dataclass(frozen=True)
class Reply:
    id: int
    ok: bool
    result: Optional[float] = None
    error: Optional[str] = None


def handle(req):
    if req.op == 'mean':
        if not req.args:
            return Reply(req.id, False, error='mean of nothing')
        return Reply(req.id, True, sum(req.args) / len(req.args))
    if req.op == 'max':
        return Reply(req.id, True, max(req.args))
    return Reply(req.id, False, error='unknown op %r' % req.op)


host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print('listening', flush=True)
conn, _ = srv.accept()
with conn:
    rfile = conn.makefile('r', encoding='utf-8')
    for line in rfile:
        try:
            req = Request(**json.loads(line))
        except TypeError as e:
            reply = Reply(-1, False, error=str(e))
        else:
            reply = handle(req)
            print(req)
        print(reply)
        conn.sendall((json.dumps(asdict(reply)) + '\n').encode())
srv.close()
