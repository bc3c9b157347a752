# Markers stay under what they mark when wide (Chinese) characters come before them.
greeting = "你好"
print(greeting + "，世界")
message = "问候：" + greeting + 1
