# ThreadingTCPServer serving forever in a background thread until three requests are done.
import socketserver
import sys
import threading

done = threading.Semaphore(0)


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        print("handling", data, threading.current_thread() is not threading.main_thread(), flush=True)
        self.request.sendall(data * 2)
        done.release()


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = False


host, port = sys.argv[1], int(sys.argv[2])
server = Server((host, port), Handler)
runner = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
runner.start()
print("listening", flush=True)
for _ in range(3):
    done.acquire()
server.shutdown()
runner.join()
server.server_close()
print("shut down", runner.is_alive())
