# golden: run with -c
print("never runs")
x = (1 +
