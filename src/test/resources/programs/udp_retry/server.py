# UDP request/reply that ignores the first try of every third request, so the client must retry.
import socket
import sys

host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind((host, port))
print("listening", flush=True)
seen = set()
while True:
    data, addr = srv.recvfrom(1024)
    text = data.decode()
    if text == "stop":
        srv.sendto(b"stopped", addr)
        break
    number = int(text.split(":")[1])
    if number % 3 == 0 and number not in seen:
        seen.add(number)
        print("dropping", text)
        continue
    print("answering", text)
    srv.sendto(f"square:{number * number}".encode(), addr)
srv.close()
print("dropped", len(seen))
