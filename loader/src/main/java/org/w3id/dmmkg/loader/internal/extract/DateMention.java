package org.w3id.dmmkg.loader.internal.extract;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A date or range of days as a letter writes it ({@code 14 en 15 februari jl.},
 * {@code 28-30 juni}, {@code op 11 en 12 juli 2023}), before its year is resolved.
 *
 * @param start     first character in the text searched
 * @param end       one past the last character
 * @param first     first day
 * @param last      last day (equal to {@code first} for a single day)
 * @param year      the year the text gives, or 0
 * @param direction -1 for {@code jl.} (past), +1 for {@code aanstaande} (coming), 0 if unsaid
 */
public record DateMention(int start, int end, MonthDay first, MonthDay last, int year, int direction) {

    /** The dates, with the year resolved against the letter's date; null when the year stays unknown. */
    public LocalDate[] resolve(LocalDate letterDate) {
        int y = year;
        if (y == 0) {
            if (letterDate == null) {
                return null;
            }
            y = nearestYear(letterDate);
        }
        LocalDate from = first.atYear(y);
        LocalDate to = last.atYear(last.isBefore(first) ? y + 1 : y);
        return new LocalDate[] {from, to};
    }

    private int nearestYear(LocalDate letterDate) {
        int best = letterDate.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = letterDate.getYear() - 1; y <= letterDate.getYear() + 1; y++) {
            LocalDate d = first.atYear(y);
            if (direction < 0 && d.isAfter(letterDate) || direction > 0 && d.isBefore(letterDate)) {
                continue;
            }
            long distance = Math.abs(d.toEpochDay() - letterDate.toEpochDay());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }
}
