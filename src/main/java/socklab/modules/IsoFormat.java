package socklab.modules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyStr;

/**
 * The ISO 8601 readers behind date/time/datetime.fromisoformat, accepting what CPython 3.11 does:
 * extended and basic forms, week dates, any one separator between date and time, fractions of any length
 * (cut to microseconds), and offsets Z or ±HH[:MM[:SS[.ffffff]]].
 */
final class IsoFormat {
    private IsoFormat() {}

    static String argument(PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw Py.typeError("fromisoformat: argument must be str");
        }
        return s.value();
    }

    private static PyError invalid(String s) {
        return Py.valueError("Invalid isoformat string: " + new PyStr(s).repr());
    }

    /** The date part, s[0:end): YYYY-MM-DD or YYYYMMDD, as {year, month, day}; range errors come from date(). */
    static int[] date(String s, int end) {
        String d = s.substring(0, Math.min(end, s.length()));
        if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return new int[] {num(d, 0, 4), num(d, 5, 7), num(d, 8, 10)};
        }
        if (d.matches("\\d{8}")) {
            return new int[] {num(d, 0, 4), num(d, 4, 6), num(d, 6, 8)};
        }
        java.util.regex.Matcher w = WEEK_DATE.matcher(d);
        if (w.matches()) {
            LocalDate day;
            try {
                day = isoCalendarDate(Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)),
                        w.group(3) == null ? 1 : Integer.parseInt(w.group(3)));
            } catch (PyError e) {
                throw invalid(s);
            }
            return new int[] {day.getYear(), day.getMonthValue(), day.getDayOfMonth()};
        }
        throw invalid(s);
    }

    /** An ISO week date, extended (2024-W01-2) or basic (2024W012), the weekday optional. */
    private static final java.util.regex.Pattern WEEK_DATE = java.util.regex.Pattern.compile("(\\d{4})-?W(\\d{2})(?:-?(\\d))?");

    /** How long the date part of a datetime string is, found as CPython 3.11 finds it. */
    private static int dateLength(String s) {
        boolean extended = s.length() > 4 && s.charAt(4) == '-';
        if (extended) {
            return s.length() > 5 && s.charAt(5) == 'W' ? (s.length() > 8 && s.charAt(8) == '-' ? 10 : 8) : 10;
        }
        return s.length() > 4 && s.charAt(4) == 'W' ? (s.length() > 7 && Character.isDigit(s.charAt(7)) ? 8 : 7) : 8;
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    static PyDatetime datetime(String s) {
        int dateLen = dateLength(s);
        if (s.length() < dateLen) {
            throw invalid(s);
        }
        int[] d = date(s, dateLen);
        PyDate.checkDate(d[0], d[1], d[2]);
        if (s.length() == dateLen) {
            return PyDatetime.make(d[0], d[1], d[2], PyTimeOfDay.MIDNIGHT);
        }
        if (s.length() == dateLen + 1) {
            throw invalid(s);
        }
        return PyDatetime.make(d[0], d[1], d[2], clock(s.substring(dateLen + 1), s));
    }

    static PyTimeOfDay time(String s) {
        return clock(s.startsWith("T") ? s.substring(1) : s, s);
    }

    /** A time with an optional offset; whole is the caller's full string, for the error. */
    private static PyTimeOfDay clock(String t, String whole) {
        int tzAt = firstOf(t, "+-Z");
        String clock = tzAt < 0 ? t : t.substring(0, tzAt);
        PyObject tz = tzAt < 0 ? null : PyTimezone.make(PyTimedelta.ofMicros(offset(t.substring(tzAt), whole)), null);
        long[] f = fields(clock, whole);
        return PyTimeOfDay.make((int) f[0], (int) f[1], (int) f[2], (int) f[3], tz, 0);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** HH[:MM[:SS[.f]]] or HH[MM[SS[.f]]] as {hour, minute, second, microsecond}. */
    private static long[] fields(String c, String whole) {
        String frac = "";
        int dot = firstOf(c, ".,");
        if (dot >= 0) {
            frac = c.substring(dot + 1);
            c = c.substring(0, dot);
            if (!frac.matches("\\d+")) {
                throw invalid(whole);
            }
        }
        String digits;
        if (c.matches("\\d{2}(:\\d{2}(:\\d{2})?)?")) {
            digits = c.replace(":", "");
        } else if (c.matches("\\d{2}(\\d{2}(\\d{2})?)?")) {
            digits = c;
        } else {
            throw invalid(whole);
        }
        if (!frac.isEmpty() && digits.length() != 6) {
            throw invalid(whole);
        }
        long[] f = new long[4];
        for (int i = 0; i < digits.length() / 2; i++) {
            f[i] = num(digits, 2 * i, 2 * i + 2);
        }
        if (!frac.isEmpty()) {
            f[3] = Long.parseLong((frac + "00000").substring(0, 6));
        }
        return f;
    }

    /** An offset suffix in microseconds east of UTC. */
    private static long offset(String z, String whole) {
        if (z.equals("Z")) {
            return 0;
        }
        long[] f = fields(z.substring(1), whole);
        long us = ((f[0] * 60 + f[1]) * 60 + f[2]) * 1_000_000 + f[3];
        return z.charAt(0) == '-' ? -us : us;
    }

    /** date.fromisocalendar's day, with CPython's messages for a week or weekday out of range. */
    static LocalDate isoCalendarDate(int year, int week, int day) {
        if (year < 1 || year > 9999) {
            throw Py.valueError("Year is out of range: " + year);
        }
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw Py.valueError("Invalid week: " + week);
        }
        if (day < 1 || day > 7) {
            throw Py.valueError("Invalid day: " + day + " (range is [1, 7])");
        }
        return jan4.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1L).plusDays(day - 1L);
    }
}
