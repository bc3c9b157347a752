# about: select with timeouts, empty lists and errors
import select, socket
select.select([], [], [], 0)
select.select([], [], [], 0.05)
select.select([1], [], [], 'x')
select.select([], [], [], -1)
select.select(1, [], [])
select.select(['a'], [], [], 0)
select.select([-1], [], [], 0)
s = socket.socket()
s.close()
select.select([s], [], [], 0)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
select.select([u], [u], [u], 0)[1] == [u]
select.select([u.fileno()], [], [], 0)
select.error is OSError
u.close()
select.select([], [])
