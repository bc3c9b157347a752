import os.path, io
os.path.exists(1, 2)
os.path.exists('\x00'), os.path.isfile('a\x00'), os.path.isdir('\x00')
os.path.getsize('\x00')
os.path.exists(5.5)
io.StringIO('a').seek(0, 5)
io.BytesIO(b'a').seek(0, 5)
print('alive')
