import socket, threading
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
client = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
def chunks(sock):
    yield threading.current_thread().name
    while data := sock.recv(100):
        yield data

got = []
def reader():
    for piece in chunks(conn):
        got.append(piece)

r = threading.Thread(target=reader, name="reader")
r.start()
def writer():
    for i in range(3):
        client.sendall(b"part%d " % i)
    client.close()

w = threading.Thread(target=writer); w.start(); w.join(); r.join()
got[0], b"".join(got[1:])
def names():
    while True:
        yield threading.current_thread().name

gen = names()
next(gen)
out = []
t = threading.Thread(target=lambda: out.append(next(gen)), name="other"); t.start(); t.join()
out
conn.close(); srv.close()
