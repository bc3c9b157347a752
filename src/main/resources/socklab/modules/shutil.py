"""File copying and removal over os and open(), the part of shutil a file-transfer program uses."""

import collections as _collections
import os

__all__ = ['copyfileobj', 'copyfile', 'copy', 'copy2', 'move', 'rmtree', 'get_terminal_size', 'which',
           'Error', 'SameFileError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies what fsrc reads to fdst, a chunk of length bytes (64 KiB by default) at a time."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _same(src, dst):
    return os.path.exists(dst) and os.path.abspath(src) == os.path.abspath(dst)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of the file src to the file dst; returns dst."""
    if _same(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies the file src to dst, which may be a folder to copy it into; returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def move(src, dst):
    """Moves a file or folder to dst (into dst when it is a folder); returns the new path."""
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes a folder and everything in it."""
    try:
        for name in os.listdir(path):
            full = os.path.join(path, name)
            if os.path.isdir(full) and not os.path.islink(full):
                rmtree(full, ignore_errors, onerror)
            else:
                os.remove(full)
        os.rmdir(path)
    except OSError:
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(os.rmdir, path, None)


terminal_size = _collections.namedtuple('terminal_size', ['columns', 'lines'])


def get_terminal_size(fallback=(80, 24)):
    """The terminal's width and height: $COLUMNS and $LINES when set, else fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    return terminal_size(columns if columns > 0 else fallback[0], lines if lines > 0 else fallback[1])


def which(cmd, mode=None, path=None):
    """None: socklab runs no other programs, so none is found."""
    return None
