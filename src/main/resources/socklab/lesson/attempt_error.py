# The error of a learner's attempt as a lesson's check sees it: equal to its type's name, so a
# check can say error == 'OSError', with the type, errno and message beside it.


class AttemptError(str):
    def __new__(cls, type, errno, message):
        self = str.__new__(cls, type)
        self.type = type
        self.errno = errno
        self.message = message
        return self
