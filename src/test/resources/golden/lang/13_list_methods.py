# about: list methods: append/extend/insert/pop/remove/index/count/sort/reverse/copy/clear
a = [3, 1, 2]
a.append(4)
a
a.extend([5, 6])
a.insert(0, 0)
a
a.pop()
a.pop(0)
a
a.remove(1)
a.remove(99)
a.index(2)
a.index(99)
a.count(3)
a.sort()
a
a.sort(reverse=True)
a
words = ['bb', 'a', 'ccc', 'dd']
words.sort(key=len)
words
sorted(words, key=len, reverse=True)
words.reverse()
words
c = words.copy()
c is words, c == words
c.clear()
c
