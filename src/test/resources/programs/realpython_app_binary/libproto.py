"""Shared message framing: a >H proto header, a JSON header, then the content."""
import io
import json
import struct
import sys

PROTO = struct.Struct(">H")
REQUIRED = ("byteorder", "content-length", "content-type", "content-encoding")


def json_encode(obj, encoding):
    return json.dumps(obj, ensure_ascii=False).encode(encoding)


def json_decode(json_bytes, encoding):
    tiow = io.TextIOWrapper(io.BytesIO(json_bytes), encoding=encoding, newline="")
    obj = json.load(tiow)
    tiow.close()
    return obj


def create_message(*, content_bytes, content_type, content_encoding):
    jsonheader = {
        "byteorder": sys.byteorder,
        "content-type": content_type,
        "content-encoding": content_encoding,
        "content-length": len(content_bytes),
    }
    jsonheader_bytes = json_encode(jsonheader, "utf-8")
    message_hdr = PROTO.pack(len(jsonheader_bytes))
    return message_hdr + jsonheader_bytes + content_bytes


class Reader:
    """Collects bytes until a whole message (header and content) has arrived."""

    def __init__(self):
        self.buffer = b""
        self.hdrlen = None
        self.header = None

    def feed(self, data):
        self.buffer += data

    def message(self):
        if self.hdrlen is None and len(self.buffer) >= PROTO.size:
            (self.hdrlen,) = PROTO.unpack(self.buffer[:PROTO.size])
            self.buffer = self.buffer[PROTO.size:]
        if self.hdrlen is not None and self.header is None and len(self.buffer) >= self.hdrlen:
            self.header = json_decode(self.buffer[:self.hdrlen], "utf-8")
            self.buffer = self.buffer[self.hdrlen:]
            for reqhdr in REQUIRED:
                if reqhdr not in self.header:
                    raise ValueError(f"Missing required header '{reqhdr}'.")
        if self.header is not None and len(self.buffer) >= self.header["content-length"]:
            n = self.header["content-length"]
            content, self.buffer = self.buffer[:n], self.buffer[n:]
            header = self.header
            self.hdrlen = self.header = None
            return header, content
        return None
