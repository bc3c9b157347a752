import os.path
os.path.relpath("a/b", "a/c"), os.path.relpath("/x", "/a/b"), os.path.relpath(".")
os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b")
os.path.relpath("")
os.path.relpath(5)
os.path.commonpath(["a/b/c", "a/b/d"]), os.path.commonpath(["/a"]), os.path.commonpath(["/a/", "/a"])
os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["./a/b", "a/c"])
os.path.commonpath([])
os.path.commonpath(["/a", "b"])
