package dev.pql.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reading of dates, shared by the datetime split and date features. */
class DateTimesTest {
    private static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 5, 12, 30);
    private static final LocalDateTime DAY = LocalDateTime.of(2024, 3, 5, 0, 0);

    @Test
    void typesAndTheCommonTextForms() {
        assertEquals(NOON, DateTimes.parse(java.sql.Timestamp.valueOf(NOON), null));
        assertEquals(DAY, DateTimes.parse(java.sql.Date.valueOf(LocalDate.of(2024, 3, 5)), null));
        assertEquals(NOON, DateTimes.parse(OffsetDateTime.of(NOON, ZoneOffset.ofHours(2)), null));
        for (String text : List.of("2024-03-05T12:30", "2024-03-05 12:30", "2024-03-05 12:30:00", " 2024-03-05 12:30:00.000 ")) {
            assertEquals(NOON, DateTimes.parse(text, null), text);
        }
        for (String text : List.of("2024-03-05", "2024/03/05", "03/05/2024")) {
            assertEquals(DAY, DateTimes.parse(text, null), text);
        }
        assertEquals(DAY, DateTimes.parse("05.03.2024", "dd.MM.yyyy"));
        assertNull(DateTimes.parse("05.03.2024", null), "not a common form, and no format given");
        assertNull(DateTimes.parse("  ", null));
        assertNull(DateTimes.parse(null, null));
        assertNull(DateTimes.parse("soon", null));
    }

    @Test
    void theDatetimeSplitReadsDatesAsDateFeaturesDo() {
        // US-style dates: once left undated (all training rows), now in time order like a date feature reads them
        List<Object> column = new ArrayList<>();
        for (int day = 20; day >= 1; day--) {
            column.add(String.format("03/%02d/2024", day));
        }
        Split s = Split.create(new dev.pql.config.PreprocessingConfig.SplitConfig("datetime", List.of(0.8, 0.1, 0.1), "d",
                null), column, null, column.size(), 42);
        assertArrayEquals(new int[] {0, 1}, s.test(), "the two newest dates (listed first) are the test rows");
    }
}
