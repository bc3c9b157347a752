# about: string.Template: $name, ${name}, $$, safe_substitute, identifiers and its errors
from string import Template
Template
t = Template('$who likes ${what} $$5')
t.substitute(who='tim', what='pie')
t.substitute({'who': 'ann', 'what': 'tea'})
t.substitute({'who': 'ann', 'what': 'tea'}, who='bob')
t.safe_substitute(who='tim')
t.template
t.get_identifiers(), t.is_valid()
Template('Hello, $name!').substitute(name='World')
Template('$a$b').substitute(a=1, b=[2])
Template('${a}b').substitute(a='X')
Template('a $ b').safe_substitute(), Template('${a').safe_substitute(a=1)
Template('a $ b').is_valid()
Template.delimiter
Template('$who').substitute()
Template('a $ b').substitute()
Template('ab\ncd $').substitute()
Template('${a').substitute(a=1)
Template('$a').substitute(5)
Template('$a').substitute(1, 2)
Template()
