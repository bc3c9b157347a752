# select 聊天服务器: inputs/outputs 列表 + 每个连接一个 queue
import select, socket, queue, sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setblocking(False)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((sys.argv[1], int(sys.argv[2])))
server.listen(5)
inputs = [server]
outputs = []
message_queues = {}
names = {}
served = 0
print('listening', flush=True)
while inputs:
    readable, writable, exceptional = select.select(inputs, outputs, inputs)
    for s in readable:
        if s is server:
            connection, client_address = s.accept()
            print('新连接 来自', client_address[0])
            connection.setblocking(0)
            inputs.append(connection)
            message_queues[connection] = queue.Queue()
            served += 1
            if served == 2:
                inputs.remove(server)
        else:
            data = s.recv(1024)
            if data:
                text = data.decode()
                if s not in names:
                    names[s] = text
                    print('昵称:', text)
                    s.send('欢迎 {}'.format(text).encode())
                    continue
                print('收到 %r 来自 %s' % (text, names[s]))
                for other in message_queues:
                    if other is not s:
                        message_queues[other].put(('%s: %s' % (names[s], text)).encode())
                        if other not in outputs:
                            outputs.append(other)
            else:
                print('关闭', names.get(s))
                if s in outputs:
                    outputs.remove(s)
                inputs.remove(s)
                s.close()
                del message_queues[s]
    for s in writable:
        try:
            next_msg = message_queues[s].get_nowait()
        except queue.Empty:
            outputs.remove(s)
        except KeyError:
            pass
        else:
            s.send(next_msg)
    for s in exceptional:
        inputs.remove(s)
        s.close()
print('inputs', inputs, 'served', served)
server.close()
print(server)
