# An exit code too large for a C long leaves with status 255, as CPython takes it for -1.
import sys
print("leaving")
sys.exit(2**70)
