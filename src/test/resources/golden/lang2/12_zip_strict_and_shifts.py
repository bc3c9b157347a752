list(zip([1], [2, 3], strict=True))
list(zip([1, 2], [2], strict=True))
list(zip([1, 2], [2, 3], [4], strict=True))
list(zip([1], [2], [4, 5], strict=True))
list(zip([1], [2], [4], strict=True))
list(zip(strict=True))
1 << 2**70
1 << 2**40
0 << 2**70
-1 >> 2**70
print('alive')
