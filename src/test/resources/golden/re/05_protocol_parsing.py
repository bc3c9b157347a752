import re
LINE = re.compile(r'^(?P<verb>GET|PUT|DEL)\s+(?P<key>[\w.-]+)(?:\s+(?P<value>.+))?$')
for line in ['GET name', 'PUT name alice smith', 'DEL x.y', 'POST z', 'PUT k']:
    m = LINE.match(line)
    print(line, '->', m and m.groupdict())

request = 'GET /index.html HTTP/1.0\r\nHost: localhost\r\nUser-Agent: socklab\r\n\r\n'
head, _, body = request.partition('\r\n\r\n')
first, *headers = head.split('\r\n')
print(re.match(r'(\w+) (\S+) HTTP/(\d)\.(\d)', first).groups())
print(dict(re.findall(r'^([\w-]+):\s*(.*)$', '\n'.join(headers), re.M)))
addr = re.compile(r'(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):(\d+)')
m = addr.search('connect to 127.0.0.1:8080 now')
print(m.groups(), [int(g) for g in m.groups()], m.span(), m.expand(r'\1.\2.\3.\4 port \5'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.split(r'[;,]\s*', 'a, b;c ,d'))
data = b'LEN 5\r\nhello'
m = re.match(rb'LEN (\d+)\r\n', data)
print(m, int(m.group(1)), data[m.end():m.end() + int(m.group(1))])
tokens = re.findall(r'"[^"]*"|\S+', 'say "hello world" to   everyone')
print(tokens)
print(re.sub(r'\b(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2).lower(), 'hELLO wORLD'))
print(re.fullmatch(r'[A-Za-z_]\w{0,15}', 'user_42') is not None, re.fullmatch(r'[A-Za-z_]\w{0,15}', '4user'))
print(re.findall(r'\d+(?:\.\d+)?', 'temps: 21.5, 19, 22.75'))
print(re.compile(r'(?P<h>\d\d):(?P<m>\d\d)').sub(r'\g<m>m past \g<h>', 'at 09:30 and 17:45'))
for m in re.finditer(r'(?P<n>\w+)=(?P<v>"[^"]*"|\S+)', 'a=1 name="x y" z=3'):
    print(m.start(), m['n'], m['v'].strip('"'))
