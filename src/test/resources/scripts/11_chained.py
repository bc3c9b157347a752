# Chained exceptions: an explicit cause, then an error while handling another.
class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("missing setting " + key) from e


def load_or_default(settings, key):
    try:
        return load(settings, key)
    except ConfigError:
        return settings["defaults"][key]


print(load({"port": 80}, "port"))
load_or_default({"port": 80}, "host")
