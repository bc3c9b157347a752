# A CPU-bound workload of the shape learners write around sockets: loops, ints, strings, calls.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def checksum(data):
    total = 0
    for b in data:
        total = (total * 31 + b) % 1000003
    return total

def words(n):
    out = []
    for i in range(n):
        out.append('msg-%d' % i if i % 3 else f'item {i}')
    return len(' '.join(out).split())

print(fib(25))
print(checksum(b'0123456789abcdef' * 20000))
print(words(50000))
acc = 0
i = 0
while i < 1000000:
    acc += i & 7
    i += 1
print(acc)
