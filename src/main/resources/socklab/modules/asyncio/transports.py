"""socklab's asyncio.transports: the interfaces of transports; selector_events has the ones in use."""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport')


class BaseTransport:
    """What every transport has: extra information, close, and its protocol."""

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """A transport that reads: reading can be paused and resumed."""


class WriteTransport(BaseTransport):
    """A transport that writes from a buffer."""

    def writelines(self, list_of_data):
        data = b''.join(list_of_data)
        self.write(data)


class Transport(ReadTransport, WriteTransport):
    """A stream transport (a TCP connection)."""


class DatagramTransport(BaseTransport):
    """A datagram transport (a UDP socket)."""
