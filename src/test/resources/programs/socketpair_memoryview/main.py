# socket.socketpair between two threads; recv_into a memoryview, MSG_PEEK, dup and fileno.
import socket
import threading

left, right = socket.socketpair()
print(left.family == socket.AF_UNIX, left.type, right.getpeername() == '' or right.getpeername())


def producer(sock, count):
    for i in range(count):
        sock.sendall(f'{i:03d}'.encode() * 3)
    sock.shutdown(socket.SHUT_WR)


t = threading.Thread(target=producer, args=(left, 5), name='producer')
t.start()
buf = bytearray(64)
view = memoryview(buf)
total = 0
print(right.recv(4, socket.MSG_PEEK))
while True:
    n = right.recv_into(view[total:], 9)
    if n == 0:
        break
    total += n
t.join()
print(total, bytes(view[:total]))
print(view[:9].tobytes(), view[9:18].hex(), len(view), view.nbytes, view.readonly)
copy = right.dup()
print(copy.fileno() != right.fileno(), copy.type == right.type)
copy.close()
right.close()
left.close()
print(left.fileno(), right)
