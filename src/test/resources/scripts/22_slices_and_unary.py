# A zero slice step and a unary operator on the wrong type.
data = [1, 2, 3, 4]
print(data[::2], -data[0])
print(data[ 1 : 3 ])
step = 0
every = data[::step]
