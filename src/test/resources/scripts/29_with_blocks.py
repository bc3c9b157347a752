# with blocks: a suppressed error keeps its traceback; an error in __exit__ chains to the one passing.
import socket


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.caught = value
        return True


class Broken:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return self.log.append(kind)


with Suppress() as s:
    {}["missing"]
print("suppressed", repr(s.caught))
with socket.socket() as sock:
    print(sock.family)
with Broken():
    print(1 / 0)
