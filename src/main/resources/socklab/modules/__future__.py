"""socklab's __future__: the feature names exist; socklab already behaves as Python 3.11 does with them."""

all_feature_names = ['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
                     'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']


class _Feature:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '_Feature(%r)' % (self.name,)


for _name in all_feature_names:
    globals()[_name] = _Feature(_name)
del _name
