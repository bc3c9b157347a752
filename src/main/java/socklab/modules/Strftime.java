package socklab.modules;


/**
 * glibc's strftime in the C locale, shared by time.strftime and datetime's strftime: the
 * directives, the flags (- _ 0 ^ #) and widths; an unknown directive is copied as glibc does.
 */
final class Strftime {
    private Strftime() {}

    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /**
     * A broken-down time as C's struct tm holds it; wday counts from Monday = 0, yday from 1. As in
     * glibc, an unknown isdst (-1) leaves %Z and %z empty.
     */
    record Fields(int year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst,
            String zone, long gmtoff) {}

    static String format(String fmt, Fields t) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%' || i >= fmt.length()) {
                out.append(c);
                continue;
            }
            int start = i - 1;
            char flag = 0;
            while (i < fmt.length() && "-_0^#".indexOf(fmt.charAt(i)) >= 0) {
                flag = fmt.charAt(i++);
            }
            int width = -1;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                width = Math.max(width, 0) * 10 + fmt.charAt(i++) - '0';
            }
            if (i >= fmt.length()) {
                out.append(fmt, start, fmt.length());
                break;
            }
            if (i + 1 < fmt.length() && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
                i++;
            }
            char d = fmt.charAt(i++);
            String s = directive(d, flag, width, t);
            out.append(s == null ? fmt.substring(start, i) : s);
        }
        return out.toString();
    }

    private static String directive(char d, char flag, int width, Fields t) {
        int sunday = (t.wday + 1) % 7;
        int yday0 = t.yday - 1;
        int hour12 = t.hour % 12 == 0 ? 12 : t.hour % 12;
        return switch (d) {
            case 'a' -> text(DAYS[t.wday].substring(0, 3), flag, width, false);
            case 'A' -> text(DAYS[t.wday], flag, width, false);
            case 'b', 'h' -> text(MONTHS[t.mon - 1].substring(0, 3), flag, width, false);
            case 'B' -> text(MONTHS[t.mon - 1], flag, width, false);
            case 'p' -> text(t.hour < 12 ? "AM" : "PM", flag, width, true);
            case 'P' -> text(t.hour < 12 ? "am" : "pm", flag, width, false);
            case 'Z' -> text(t.zone == null || t.isdst < 0 ? "" : t.zone, flag, width, true);
            case 'c' -> text(format("%a %b %e %H:%M:%S %Y", t), flag, width, false);
            case 'x', 'D' -> text(format("%m/%d/%y", t), flag, width, false);
            case 'X', 'T' -> text(format("%H:%M:%S", t), flag, width, false);
            case 'F' -> text(format("%Y-%m-%d", t), flag, width, false);
            case 'r' -> text(format("%I:%M:%S %p", t), flag, width, false);
            case 'R' -> text(format("%H:%M", t), flag, width, false);
            case 'n' -> text("\n", flag, width, false);
            case 't' -> text("\t", flag, width, false);
            case '%' -> text("%", flag, width, false);
            case 'Y' -> number(t.year, 1, '0', flag, width);
            case 'C' -> number(Math.floorDiv(t.year, 100), 2, '0', flag, width);
            case 'y' -> number(Math.floorMod(t.year, 100), 2, '0', flag, width);
            case 'm' -> number(t.mon, 2, '0', flag, width);
            case 'd' -> number(t.mday, 2, '0', flag, width);
            case 'e' -> number(t.mday, 2, ' ', flag, width);
            case 'H' -> number(t.hour, 2, '0', flag, width);
            case 'k' -> number(t.hour, 2, ' ', flag, width);
            case 'I' -> number(hour12, 2, '0', flag, width);
            case 'l' -> number(hour12, 2, ' ', flag, width);
            case 'M' -> number(t.min, 2, '0', flag, width);
            case 'S' -> number(t.sec, 2, '0', flag, width);
            case 'j' -> number(t.yday, 3, '0', flag, width);
            case 'u' -> number(t.wday + 1, 1, '0', flag, width);
            case 'w' -> number(sunday, 1, '0', flag, width);
            case 'U' -> number((yday0 + 7 - sunday) / 7, 2, '0', flag, width);
            case 'W' -> number((yday0 + 7 - t.wday) / 7, 2, '0', flag, width);
            case 'V' -> number(isoWeek(t)[1], 2, '0', flag, width);
            case 'G' -> number(isoWeek(t)[0], 1, '0', flag, width);
            case 'g' -> number(Math.floorMod(isoWeek(t)[0], 100), 2, '0', flag, width);
            case 's' -> number(TimeModule.localSeconds(t), 1, '0', flag, width);
            case 'z' -> t.isdst < 0 ? "" : zone(t.gmtoff, flag, width);
            default -> null;
        };
    }

    private static String text(String s, char flag, int width, boolean swapLowers) {
        if (flag == '^' || (flag == '#' && !swapLowers)) {
            s = s.toUpperCase();
        } else if (flag == '#') {
            s = s.toLowerCase();
        }
        return width > s.length() ? (flag == '0' ? "0" : " ").repeat(width - s.length()) + s : s;
    }

    /**
     * A number padded to its natural width (or the explicit one) with its natural pad, which the
     * flags change: - no padding (spaces when a width is given), _ spaces, 0 zeros.
     */
    private static String number(long v, int natural, char pad, char flag, int explicit) {
        String digits = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        if (flag == '-' && explicit < 0) {
            return sign + digits;
        }
        int width = explicit < 0 ? natural : explicit;
        char p = flag == '_' || flag == '-' ? ' ' : flag == '0' ? '0' : pad;
        int fill = width - digits.length() - sign.length();
        if (fill <= 0) {
            return sign + digits;
        }
        return p == '0' ? sign + "0".repeat(fill) + digits : " ".repeat(fill) + sign + digits;
    }

    private static String zone(long gmtoff, char flag, int width) {
        long a = Math.abs(gmtoff) / 60;
        String s = (gmtoff < 0 ? "-" : "+") + String.format("%02d%02d", a / 60, a % 60);
        return width > s.length() ? s.charAt(0) + "0".repeat(width - s.length()) + s.substring(1) : s;
    }

    /** The ISO year and week, from the year, day of year and weekday alone, as glibc computes them. */
    private static int[] isoWeek(Fields t) {
        int sunday = (t.wday + 1) % 7;
        int yday = t.yday - 1;
        int year = t.year;
        int days = isoWeekDays(yday, sunday);
        if (days < 0) {
            year--;
            days = isoWeekDays(yday + daysInYear(year), sunday);
        } else {
            int next = isoWeekDays(yday - daysInYear(year), sunday);
            if (next >= 0) {
                year++;
                days = next;
            }
        }
        return new int[] {year, days / 7 + 1};
    }

    /** Days since the Monday of the week holding the year's first Thursday. */
    private static int isoWeekDays(int yday, int sunday) {
        return yday - (yday - sunday + 4 + 378) % 7 + 3;
    }

    static int daysInYear(int year) {
        return isLeap(year) ? 366 : 365;
    }

    static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
