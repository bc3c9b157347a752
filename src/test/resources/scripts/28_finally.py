# An error in finally while another passes through: the first is the context of the second.
def close_all(conns):
    try:
        for c in conns:
            c.close()
    finally:
        print("closed", len(conns))


def cleanup(state):
    try:
        return state["conn"]
    finally:
        state["log"].append("cleanup")


close_all([])
try:
    close_all([None])
except AttributeError as e:
    print("AttributeError:", e)
cleanup({"conn": 1, "log": []})
cleanup({})
