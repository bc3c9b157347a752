import socket
for a in [(2**40,), (2**31,), (socket.AF_INET, 2**31), (socket.AF_INET, 1, 2**31), (socket.AF_INET, socket.SOCK_STREAM, 2**40), (socket.AF_INET, socket.SOCK_STREAM, 255), (socket.AF_INET, socket.SOCK_STREAM, -5), ('a',)]:
    try:
        socket.socket(*a).close()
    except Exception as e:
        print(a, type(e).__name__, e)

