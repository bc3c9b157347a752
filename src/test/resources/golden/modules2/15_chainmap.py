# about: collections.ChainMap: lookups through several mappings, writes to the first, and dict() of any mapping
from collections import ChainMap
ChainMap
defaults = {'host': '0.0.0.0', 'port': 80, 'debug': False}
overrides = {'port': 8080}
cfg = ChainMap(overrides, defaults)
cfg
cfg['port'], cfg['host'], len(cfg), list(cfg), 'debug' in cfg, cfg.get('nope', 5)
cfg.maps
cfg.parents
cfg.new_child({'debug': True})['debug']
cfg.new_child(user='ann')
cfg.keys(), cfg.items()
list(cfg.items()), sorted(cfg.values(), key=str)
dict(cfg)
cfg == ChainMap(overrides, defaults), cfg == dict(cfg), bool(ChainMap()), ChainMap()
cfg['debug'] = True
overrides, defaults['debug']
del cfg['debug']
overrides
cfg.copy()
cfg | {'n': 1}
cfg.pop('port'), overrides
cfg.pop('port', 7)
cfg['missing']
del cfg['host']
cfg.pop('host')
ChainMap({}).popitem()
hash(cfg)
ChainMap(a=1)
class Keys:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k * 2

dict(Keys())
d = {}; d.update(Keys()); d
