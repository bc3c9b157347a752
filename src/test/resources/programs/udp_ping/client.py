# UDP pinger client: ten pings with a one-second timeout, RTT statistics at the end.
import socket
import sys
import time

server = (sys.argv[1], int(sys.argv[2]))
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.settimeout(0.3)
print(client.gettimeout())
rtts = []
lost = 0
for seq in range(1, 11):
    sent_at = time.time()
    message = f'ping {seq} {sent_at}'
    client.sendto(message.encode(), server)
    try:
        data, addr = client.recvfrom(1024)
        rtt = time.time() - sent_at
        rtts.append(rtt)
        print(f'Reply from {addr[0]}: {data.decode().split()[0]} seq={seq} rtt<1s={rtt < 1}')
    except socket.timeout as e:
        lost += 1
        print(f'Request {seq} timed out', repr(e), type(e).__name__, isinstance(e, OSError))
client.sendto(b'quit', server)
print(f'{len(rtts)} received, {lost} lost, {lost / 10:.0%} packet loss')
print('min/avg/max under a second:', all(r < 1 for r in (min(rtts), sum(rtts) / len(rtts), max(rtts))))
client.close()
