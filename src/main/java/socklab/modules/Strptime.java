package socklab.modules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socklab.runtime.ModuleSpec;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/**
 * The parser behind time.strptime and datetime.strptime, which CPython writes in Python
 * (_strptime.py) for the C locale: each directive becomes a pattern, whitespace matches any run of
 * whitespace, case is ignored. Its errors carry _strptime.py's frames, as CPython's tracebacks do.
 */
final class Strptime {
    private Strptime() {}

    private static final String FILE = ModuleSpec.LIBRARY + "_strptime.py";

    /** What a parse found: a complete date and time, plus the zone parts when the format had them. */
    record Parsed(int year, int mon, int mday, int hour, int min, int sec, int micro, int wday, int yday,
            int isdst, String zone, Long gmtoff, int gmtoffMicro) {}

    /** The frame of the public entry point (time.strptime or datetime.strptime) that calls _strptime. */
    enum Caller {
        TIME("_strptime_time", 562, "tt = _strptime(data_string, format)[0]", "_strptime(data_string, format)"),
        DATETIME("_strptime_datetime", 568, "tt, fraction, gmtoff_fraction = _strptime(data_string, format)",
                "_strptime(data_string, format)");

        final String function;
        final int line;
        final String text;
        final String carets;

        Caller(String function, int line, String text, String carets) {
            this.function = function;
            this.line = line;
            this.text = text;
            this.carets = carets;
        }
    }

    private static String pattern(char d) {
        return switch (d) {
            case 'd' -> "3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9]";
            case 'f' -> "[0-9]{1,6}";
            case 'H' -> "2[0-3]|[0-1]\\d|\\d";
            case 'I' -> "1[0-2]|0[1-9]|[1-9]";
            case 'G', 'Y' -> "\\d\\d\\d\\d";
            case 'j' -> "36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]";
            case 'm' -> "1[0-2]|0[1-9]|[1-9]";
            case 'M' -> "[0-5]\\d|\\d";
            case 'S' -> "6[0-1]|[0-5]\\d|\\d";
            case 'U', 'W' -> "5[0-3]|[0-4]\\d|\\d";
            case 'V' -> "5[0-3]|0[1-9]|[1-4]\\d|\\d";
            case 'w' -> "[0-6]";
            case 'u' -> "[1-7]";
            case 'y' -> "\\d\\d";
            case 'z' -> "[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)";
            case 'a' -> names(Strftime.DAYS, 3);
            case 'A' -> names(Strftime.DAYS, 0);
            case 'b' -> names(Strftime.MONTHS, 3);
            case 'B' -> names(Strftime.MONTHS, 0);
            case 'p' -> "am|pm";
            case 'Z' -> zonePattern();
            default -> null;
        };
    }

    private static String names(String[] all, int cut) {
        StringBuilder b = new StringBuilder();
        for (String n : all) {
            b.append(b.length() == 0 ? "" : "|").append(cut == 0 ? n : n.substring(0, cut));
        }
        return b.toString();
    }

    private static String zonePattern() {
        Set<String> names = new HashSet<>(Set.of("utc", "gmt"));
        for (String n : TimeModule.tzname()) {
            names.add(Pattern.quote(n.toLowerCase()));
        }
        return String.join("|", names);
    }

    private static String expand(char d) {
        return switch (d) {
            case 'c' -> "%a %b %d %H:%M:%S %Y";
            case 'x' -> "%m/%d/%y";
            case 'X' -> "%H:%M:%S";
            default -> null;
        };
    }

    static Parsed parse(String data, String format, Caller caller) {
        return parseArgs(new PyStr(data), new PyStr(format), caller);
    }

    /** time.strptime's entry: _strptime itself checks that both arguments are str. */
    static Parsed parseArgs(PyObject data, PyObject format, Caller caller) {
        try {
            return parsed(text(data, 0), text(format, 1));
        } catch (PyError e) {
            e.addFrame(new PyError.Frame(FILE, caller.line, caller.function, caller.text, caller.carets));
            throw e;
        }
    }

    private static String text(PyObject v, int index) {
        if (v instanceof PyStr s) {
            return s.value();
        }
        PyError e = Py.typeError("strptime() argument " + index + " must be str, not " + v.type().repr());
        e.addFrame(new PyError.Frame(FILE, 317, "_strptime", "raise TypeError(msg.format(index, type(arg)))", (String) null));
        throw e;
    }

    private static PyError raise(String message, int line, String text) {
        PyError e = Py.valueError(message);
        e.addFrame(new PyError.Frame(FILE, line, "_strptime", text, (String) null));
        return e;
    }

    private static Pattern compile(String format, Set<Character> seen) {
        StringBuilder re = new StringBuilder();
        String fmt = format;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                re.append(Character.isWhitespace(c) ? "\\s+" : Pattern.quote(String.valueOf(c)));
                while (Character.isWhitespace(c) && i + 1 < fmt.length() && Character.isWhitespace(fmt.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            if (i + 1 >= fmt.length()) {
                throw raise("stray % in format '" + format + "'", 345,
                        "raise ValueError(\"stray %% in format '%s'\" % format) from None");
            }
            char d = fmt.charAt(++i);
            if (d == '%') {
                re.append('%');
                continue;
            }
            String sub = expand(d);
            if (sub != null) {
                fmt = fmt.substring(0, i - 1) + sub + fmt.substring(i + 1);
                i -= 2;
                continue;
            }
            String p = pattern(d);
            if (p == null) {
                throw raise("'" + d + "' is a bad directive in format '" + format + "'", 341,
                        "raise ValueError(\"'%s' is a bad directive in format '%s'\" %");
            }
            re.append(seen.add(d) ? "(?<g" + groupName(d) + ">" + p + ")" : "(?:" + p + ")");
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Java group names are letters only and case-sensitive, so a lower-case directive gets a mark. */
    private static String groupName(char d) {
        return Character.isUpperCase(d) ? String.valueOf(d) : "x" + d;
    }

    private static String group(Matcher m, Set<Character> seen, char d) {
        return seen.contains(d) ? m.group("g" + groupName(d)) : null;
    }

    private static Parsed parsed(String data, String format) {
        Set<Character> seen = new HashSet<>();
        Matcher m = compile(format, seen).matcher(data);
        if (!m.lookingAt()) {
            throw raise("time data " + new PyStr(data).repr() + " does not match format " + new PyStr(format).repr(), 349,
                    "raise ValueError(\"time data %r does not match format %r\" %");
        }
        if (m.end() != data.length()) {
            throw raise("unconverted data remains: " + data.substring(m.end()), 352,
                    "raise ValueError(\"unconverted data remains: %s\" %");
        }
        int year = 1900;
        boolean yearGiven = true;
        String v;
        if ((v = group(m, seen, 'Y')) != null) {
            year = Integer.parseInt(v);
        } else if ((v = group(m, seen, 'y')) != null) {
            int y = Integer.parseInt(v);
            year = y <= 68 ? 2000 + y : 1900 + y;
        } else {
            yearGiven = false;
        }
        int mon = 1;
        if ((v = group(m, seen, 'm')) != null) {
            mon = Integer.parseInt(v);
        } else if ((v = firstOf(m, seen, 'B', 'b')) != null) {
            mon = monthIndex(v) + 1;
        }
        int mday = (v = group(m, seen, 'd')) != null ? Integer.parseInt(v.trim()) : 1;
        int hour = 0;
        if ((v = group(m, seen, 'H')) != null) {
            hour = Integer.parseInt(v);
        } else if ((v = group(m, seen, 'I')) != null) {
            hour = Integer.parseInt(v) % 12;
            String ampm = group(m, seen, 'p');
            if (ampm != null && ampm.equalsIgnoreCase("pm")) {
                hour += 12;
            }
        }
        int min = (v = group(m, seen, 'M')) != null ? Integer.parseInt(v) : 0;
        int sec = (v = group(m, seen, 'S')) != null ? Integer.parseInt(v) : 0;
        int micro = (v = group(m, seen, 'f')) != null ? Integer.parseInt((v + "00000").substring(0, 6)) : 0;
        Long gmtoff = null;
        int gmtoffMicro = 0;
        if ((v = group(m, seen, 'z')) != null) {
            long[] off = offset(v);
            gmtoff = off[0];
            gmtoffMicro = (int) off[1];
        }
        String zone = group(m, seen, 'Z');
        int isdst = -1;
        if (zone != null) {
            String lower = zone.toLowerCase();
            String[] local = TimeModule.tzname();
            if (lower.equals("utc") || lower.equals("gmt")) {
                isdst = 0;
            } else if (!local[0].equalsIgnoreCase(local[1])) {
                isdst = lower.equals(local[1].toLowerCase()) ? 1 : 0;
            }
        }
        // Without a year, 29 February is read in the leap year 1904 and reported as 1900, as _strptime does.
        boolean leapDay = !yearGiven && mon == 2 && mday == 29;
        if (leapDay) {
            year = 1904;
        }
        LocalDate date;
        String julian = group(m, seen, 'j');
        if (julian != null) {
            date = LocalDate.ofYearDay(year, 1).plusDays(Integer.parseInt(julian) - 1L);
        } else {
            boolean badYear = year < 1;
            if (badYear || mday > LocalDate.of(year, mon, 1).lengthOfMonth()) {
                PyError e = Py.valueError(badYear ? "year " + year + " is out of range" : "day is out of range for month");
                e.addFrame(new PyError.Frame(FILE, 534, "_strptime", "julian = datetime_date(year, month, day).toordinal() - \\",
                        "datetime_date(year, month, day)"));
                throw e;
            }
            date = LocalDate.of(year, mon, mday);
        }
        return new Parsed(leapDay ? 1900 : date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, min, sec, micro,
                date.getDayOfWeek().getValue() - 1, julian != null ? Integer.parseInt(julian) : date.getDayOfYear(), isdst, zone,
                gmtoff, gmtoffMicro);
    }

    private static String firstOf(Matcher m, Set<Character> seen, char a, char b) {
        String v = group(m, seen, a);
        return v != null ? v : group(m, seen, b);
    }

    private static int monthIndex(String name) {
        for (int i = 0; i < 12; i++) {
            if (Strftime.MONTHS[i].regionMatches(true, 0, name, 0, name.length())) {
                return i;
            }
        }
        return 0;
    }

    /** A %z match as seconds and microseconds east of UTC ("Z" is zero). */
    private static long[] offset(String z) {
        if (z.equals("Z")) {
            return new long[] {0, 0};
        }
        String digits = z.substring(1).replace(":", "");
        long secs = Long.parseLong(digits.substring(0, 2)) * 3600 + Long.parseLong(digits.substring(2, 4)) * 60;
        long micro = 0;
        if (digits.length() > 4) {
            secs += Long.parseLong(digits.substring(4, 6));
            if (digits.length() > 7) {
                micro = Long.parseLong((digits.substring(7) + "00000").substring(0, 6));
            }
        }
        int sign = z.charAt(0) == '-' ? -1 : 1;
        return new long[] {sign * secs, sign * micro};
    }
}
