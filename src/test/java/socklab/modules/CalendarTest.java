package socklab.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import org.junit.jupiter.api.Test;

/**
 * The calendar arithmetic strftime does by hand (ISO weeks from day of year and weekday, as glibc)
 * agrees with java.time's for every day of four decades, and zone abbreviations are tzdata's.
 */
class CalendarTest {
    private static Strftime.Fields fieldsOf(LocalDate d) {
        return new Strftime.Fields(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 0, 0, 0,
                d.getDayOfWeek().getValue() - 1, d.getDayOfYear(), 0, "UTC", 0);
    }

    @Test
    void isoWeeksAndWeekNumbersMatchJavaTime() {
        for (LocalDate d = LocalDate.of(1995, 1, 1); d.getYear() < 2035; d = d.plusDays(1)) {
            Strftime.Fields f = fieldsOf(d);
            String iso = String.format("%d-%02d-%d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), d.getDayOfWeek().getValue());
            assertEquals(iso, Strftime.format("%G-%V-%u", f), d.toString());
            int sundayWeek = d.get(WeekFields.of(DayOfWeek.SUNDAY, 7).weekOfYear());
            int mondayWeek = d.get(WeekFields.of(DayOfWeek.MONDAY, 7).weekOfYear());
            assertEquals(String.format("%02d %02d", sundayWeek, mondayWeek), Strftime.format("%U %W", f), d.toString());
        }
    }

    @Test
    void isoCalendarDatesRoundTrip() {
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() < 2030; d = d.plusDays(1)) {
            LocalDate back = IsoFormat.isoCalendarDate(d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), d.getDayOfWeek().getValue());
            assertEquals(d, back);
        }
    }

    @Test
    void abbreviationsAreTheTzDatabaseOnesWhereJavaTimeDiffers() {
        ZonedDateTime winter = ZonedDateTime.of(2024, 1, 15, 12, 0, 0, 0, ZoneId.of("America/Sao_Paulo"));
        String expected = java.nio.file.Files.exists(java.nio.file.Path.of("/usr/share/zoneinfo/America/Sao_Paulo"))
                ? "-03" : "BRT";
        assertEquals(expected, ZoneNames.of(winter));
        ZonedDateTime summer = ZonedDateTime.of(2024, 7, 15, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));
        assertEquals("CEST", ZoneNames.of(summer));
    }
}
