# Two chat users in one script; a daemon thread per user collects what the room sends.
import queue
import socket
import sys
import threading

address = (sys.argv[1], int(sys.argv[2]))


class User:
    def __init__(self, nick):
        self.nick = nick
        self.sock = socket.create_connection(address)
        self.inbox = queue.Queue()
        self.reader = threading.Thread(target=self.read, name='reader-' + nick, daemon=True)
        self.reader.start()
        self.say(nick)

    def read(self):
        with self.sock.makefile('r', encoding='utf-8') as f:
            for line in f:
                self.inbox.put(line.rstrip('\n'))
        self.inbox.put(None)

    def say(self, text):
        self.sock.sendall((text + '\n').encode('utf-8'))

    def expect(self):
        line = self.inbox.get(timeout=10)
        print(f'{self.nick} sees: {line}')
        return line


alice = User('alice')
alice.expect()
bob = User('bob')
bob.expect()
alice.expect()
alice.say('hi bob 👋')
bob.expect()
bob.say('/who')
bob.expect()
bob.say('hello alice')
alice.expect()
alice.say('/quit')
bob.expect()
alice.expect()
print(alice.expect())
bob.say('/quit')
bob.expect()
print(bob.expect())
for user in (alice, bob):
    user.reader.join()
    user.sock.close()
print(threading.active_count(), [t.name for t in threading.enumerate()])
