print('ready', flush=True)
try:
    input()
finally:
    print('finally ran')
