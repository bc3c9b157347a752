# about: formatting output tables and reports: f-string alignment and specs, % formatting, str.format, padding
rows = [("web", 80, 0.5), ("dns", 53, 12.25), ("ssh", 22, 100.0)]
print(f"{'name':<6}|{'port':>6}|{'load':^8}|")
print("-" * 23)
for name, port, load in rows:
    print(f"{name:<6}|{port:>6}|{load:^8.2f}|")

for name, port, load in rows:
    print("%-6s|%6d|%8.1f|" % (name, port, load))

for i, (name, port, load) in enumerate(rows):
    print("{0:>2}. {1:.<10}{2:0>5} {3:+.1e}".format(i, name, port, load))

width = 10
f"{'x':>{width}}|", f"{3.14159:{width}.3f}|", f"{42:^{width}}|"
f"{1234567:,}", f"{1234567.891:,.2f}", f"{0.256:.1%}", f"{255:#x}", f"{255:08b}", f"{255:o}", f"{-5:05d}"
f"{'abc'!r:>8}", f"{3 + 4 = }", f"{'nested {braces}'}", f"{{literal}}"
"%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345)
"%r %s" % ("q", "q"), "%x %X %o %e" % (255, 255, 8, 12345.678), "%05.1f|%-5d|%+d" % (3.14159, 42, 7)
"%(host)s:%(port)d" % {"host": "localhost", "port": 8080}
"%d" % "x"
"%s %s" % ("only one",)
"{} and {}".format("a")
"{:d}".format(1.5)
f"{1.5:d}"
"{name} is {age}".format(name="Bo", age=7), "{0}{1}{0}".format("ab", "cd"), "{:*^11}".format("mid")
"{:>8.3}".format("truncate"), "{:.3}".format(3.14159), "{:g}".format(1e-5), "{:g}".format(123456789.0)
format(3.5, ".0f"), format(4.5, ".0f"), round(2.675, 2), round(0.5), round(1.5), round(-2.5)
str(1e16), str(1.0e-4), repr(0.1 + 0.2), 1 / 3, 2 / 3, 10 / 4, 7 // 2, -7 // 2, -7 % 3, 7 % -3
table = {"alice": [90, 85], "bob": [70, 95, 80]}
for who, scores in sorted(table.items()):
    avg = sum(scores) / len(scores)
    print(f"{who.title():8}{len(scores):3} scores  avg={avg:6.2f}  best={max(scores)}")

print("Total:", sum(len(s) for s in table.values()), sep="\t")
print("a", "b", "c", sep=", ", end=".\n")
print()
print(*range(5))
print(*["x", "y"], sep="")
