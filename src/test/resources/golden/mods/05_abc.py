from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f'{type(self).__name__} of area {self.area()}'

sorted(Shape.__abstractmethods__)
Shape()
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

Square(2)
class Full(Square):
    def perimeter(self):
        return 4 * self.side

Full(3).describe(), Full.__abstractmethods__, isinstance(Full(1), Shape), issubclass(Full, Shape)
class Named(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...

Named()
class Handler(ABC):
    pass

class Plain:
    pass

isinstance(Plain(), Handler), issubclass(Plain, Handler)
Handler.register(Plain)
isinstance(Plain(), Handler), issubclass(Plain, Handler), isinstance(3, Handler)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Sized:
            return hasattr(other, '__len__')
        return NotImplemented

isinstance([], Sized), isinstance(3, Sized), issubclass(str, Sized)
Handler.register(3)
type(Handler), ABC.__abstractmethods__, Shape.area.__isabstractmethod__
