package socklab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import socklab.lang.Lexer;
import socklab.lang.Parser;
import socklab.lang.Token;
import socklab.lang.ast.Stmt;

/**
 * The lexer and the parser on a large module (about 6,000 lines of the statements and expressions
 * socket programs use), so a change that makes either superlinear or allocation-heavy shows up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FrontEndBench {
    /** One block of a typical socket program; $n makes each copy's names its own. */
    private static final String BLOCK = """
            class Handler$n(object):
                '''Serves one client: framed messages, a reply per request.'''
                timeout = 5.0

                def __init__(self, conn, addr, *, name='h$n'):
                    self.conn, self.addr = conn, addr
                    self.buf = b''
                    self.stats = {'in': 0, 'out': 0, 'errors': []}

                def handle(self, data: bytes) -> int:
                    for i, b in enumerate(data):
                        if b == 10 and i > 0 or not self.buf:
                            self.stats['in'] += 1
                        elif b in (13, 0):
                            continue
                        else:
                            self.buf += bytes([b])
                    while len(self.buf) >= 4:
                        n = int.from_bytes(self.buf[:4], 'big')
                        msg, self.buf = self.buf[4:4 + n], self.buf[4 + n:]
                        try:
                            reply = f'{self.addr[0]}:{self.addr[1]} {msg!r:>20} {n * 2 ** 3 % 7}'
                            self.conn.sendall(reply.encode('utf-8'))
                        except (OSError, ValueError) as e:
                            self.stats['errors'].append(str(e))
                        finally:
                            self.stats['out'] = sum(x for x in range(n) if x % 2 == 0)
                    return [k for k, v in self.stats.items() if v][-1:] and len(self.buf)

            def serve$n(port=$n, backlog=5):
                with open_server(('127.0.0.1', port)) as sk:
                    sk.listen(backlog)
                    handlers = {fd: Handler$n(c, a) for fd, (c, a) in enumerate([sk.accept()])}
                    return lambda x, y=2: x + y if handlers else None

            """;
    private static final int BLOCKS = 150;

    private String source;

    @Setup
    public void build() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < BLOCKS; i++) {
            sb.append(BLOCK.replace("$n", Integer.toString(i)));
        }
        source = sb.toString();
    }

    /** Tokens only, indentation and f-strings included. */
    @Benchmark
    public List<Token> lex() {
        return Lexer.tokenize(source);
    }

    /** Tokens and the syntax tree: what every script and every import pays before it runs. */
    @Benchmark
    public List<Stmt> lexAndParse() {
        return Parser.parseModule(source);
    }
}
