# about: base64 tracebacks through the standard_, urlsafe_, altchars, map01, b16 and decodebytes paths
import base64
base64.standard_b64encode('x')
base64.standard_b64decode('abc')
base64.urlsafe_b64encode('x')
base64.urlsafe_b64decode('abc')
base64.urlsafe_b64decode(5)
base64.b64decode('abc', altchars=5)
base64.b64decode('abc', altchars=[1,2])
base64.b32decode('ME======', map01=5)
base64.b32decode(5)
base64.decodebytes(b'abc')
base64.b16decode('é')
base64.b16encode(5)
