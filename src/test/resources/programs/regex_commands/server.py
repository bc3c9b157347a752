# A line-command server whose grammar is a table of regular expressions, as chat bots and
# text protocols parse their input: one connection, one reply line per command line.
import re
import socket
import sys

COMMANDS = [
    (re.compile(r'^NICK\s+(?P<nick>[A-Za-z_]\w{0,15})$'), 'nick'),
    (re.compile(r'^MSG\s+(?P<to>#?\w+)\s+:(?P<text>.+)$'), 'msg'),
    (re.compile(r'^ADD\s+(?P<a>-?\d+)\s+(?P<b>-?\d+)$'), 'add'),
    (re.compile(r'^FIND\s+/(?P<pattern>.+)/(?P<flags>[imsx]*)\s+(?P<text>.*)$'), 'find'),
    (re.compile(r'^QUIT$', re.I), 'quit'),
]
FLAGS = {'i': re.I, 'm': re.M, 's': re.S, 'x': re.X}


def reply(kind, m, state):
    if kind == 'nick':
        state['nick'] = m['nick']
        return 'OK you are ' + m['nick']
    if kind == 'msg':
        words = re.findall(r'\w+', m['text'])
        return 'SENT to %s (%d words) from %s' % (m['to'], len(words), state.get('nick', '?'))
    if kind == 'add':
        return 'SUM %d' % (int(m['a']) + int(m['b']))
    if kind == 'find':
        flags = 0
        for f in m['flags']:
            flags |= FLAGS[f]
        try:
            found = re.compile(m['pattern'], flags).findall(m['text'])
        except re.error as e:
            return 'ERR bad pattern: %s' % e
        return 'FOUND %r' % (found,)
    return 'BYE'


host, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind((host, port))
srv.listen()
print('listening', flush=True)
conn, _ = srv.accept()
state = {}
with conn, conn.makefile('rw', encoding='utf-8', newline='\n') as f:
    for line in f:
        line = line.rstrip('\n')
        for pattern, kind in COMMANDS:
            m = pattern.match(line)
            if m:
                answer = reply(kind, m, state)
                break
        else:
            answer = 'ERR unknown command ' + re.sub(r'\s+', ' ', line).strip()[:20]
        print(repr(line), '->', answer)
        f.write(answer + '\n')
        f.flush()
        if answer == 'BYE':
            break
srv.close()
print('done')
