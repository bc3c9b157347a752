import io, os, shutil
with open('received.bin', 'wb') as f:
    f.write(bytes(range(256)) * 300)

shutil.copyfile('received.bin', 'copy.bin'), os.path.getsize('copy.bin')
os.makedirs('inbox')
shutil.copy('copy.bin', 'inbox'), sorted(os.listdir('inbox'))
src = io.BytesIO(b'x' * 100000)
with open('streamed.bin', 'wb') as out:
    shutil.copyfileobj(src, out, 4096)

os.path.getsize('streamed.bin')
text = io.StringIO()
shutil.copyfileobj(io.StringIO('hello\n' * 3), text)
text.getvalue()
shutil.move('streamed.bin', 'inbox'), sorted(os.listdir('inbox'))
shutil.move('inbox/streamed.bin', 'renamed.bin'), os.path.exists('renamed.bin')
os.makedirs('tree/a/b')
with open('tree/a/b/f.txt', 'w') as f:
    f.write('x')

shutil.rmtree('tree')
os.path.exists('tree'), sorted(os.listdir('.'))
try:
    shutil.copyfile('copy.bin', 'copy.bin')
except shutil.SameFileError as e:
    print(type(e).__name__, e, isinstance(e, OSError))

try:
    shutil.copyfile('missing.bin', 'x.bin')
except FileNotFoundError as e:
    print(type(e).__name__, e)

try:
    shutil.rmtree('nothere')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)

shutil.rmtree('nothere', ignore_errors=True)
shutil.get_terminal_size((100, 30)).columns > 0, shutil.which('ls') is None or True
