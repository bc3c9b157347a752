import socket
Address = tuple[str, int]
Address, type(Address), Address.__origin__, Address.__args__, Address(('h', 1))
list[int], dict[str, tuple[int, ...]], list[socket.socket], tuple[()], list[None]
MaybeText = str | None
MaybeText, type(MaybeText), MaybeText.__args__, isinstance('a', MaybeText), isinstance(1, int | str), issubclass(bool, int | str)
int | int, list[int] | None, None | int, int | str == str | int
def handle(conn: socket.socket, addr: Address) -> None:
    return None

handle(None, ('127.0.0.1', 80))
isinstance([], list[int])
int | 1
class Plain: pass

Plain[int]
object[int]
class Box:
    def __class_getitem__(cls, item):
        return 'Box of ' + item.__name__

Box[int]
