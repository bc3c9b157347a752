import time
time.strptime("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S")
time.strptime("Tue Nov 14 22:13:20 2023")
time.strptime("10:30 pm", "%I:%M %p")
time.strptime("12:00 AM", "%I:%M %p")
time.strptime("2023 318", "%Y %j")
time.strptime("14/11/23", "%d/%m/%y")
time.strptime("14/11/69", "%d/%m/%y").tm_year
time.strptime("14/11/68", "%d/%m/%y").tm_year
time.strptime("november 5 2024", "%B %d %Y")
time.strptime("Tue, 14 Nov 2023 22:13:20 +0100", "%a, %d %b %Y %H:%M:%S %z")
time.strptime("Tue, 14 Nov 2023 22:13:20 +0100", "%a, %d %b %Y %H:%M:%S %z").tm_gmtoff
time.strptime("22:13:20 -05:30", "%H:%M:%S %z").tm_gmtoff
time.strptime("12 UTC", "%H %Z")
time.strptime("12 UTC", "%H %Z").tm_zone
time.strptime("100%", "%S%%")
time.strptime("  2024", " %Y")
time.strptime("02-29", "%m-%d")
time.strptime("06/01/24 10:00:00", "%x %X")
time.strptime("Sat Jun  1 12:00:00 2024", "%c")
time.strptime("1:2:3", "%H:%M:%S")
time.strptime("ABC", "abc"), time.strptime("", "")
time.strftime("%Z|%z|%H", time.strptime("2024 +0130", "%Y %z"))
time.strptime("x", "%Y")
time.strptime("a.c", "abc")
time.strptime("2024-02-30", "%Y-%m-%d")
time.strptime("2024x", "%Y")
time.strptime("2024", "%Q")
time.strptime("2024", "%Y%")
time.strptime("2023-02-30", "%Y-%m-%d")
time.strptime(2024, "%Y")
time.strptime("2024", 5)
