// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.solidaire.client.model.ReadingMethod;
import org.solidaire.client.model.ReadingReason;

/**
 * The columns of a water export and how each value is written; the README's section "The water export format"
 * documents the same for the people who produce the files.
 */
final class WaterCsvFormat {

    static final String METER_SERIAL = "meter_serial";
    static final String SERVICE_POINT_ID = "service_point_id";
    static final String DATE = "date";
    static final String INDEX_M3 = "index_m3";
    static final String CONSUMPTION_L = "consumption_l";
    static final String READING_METHOD = "reading_method";
    static final String READING_REASON = "reading_reason";

    static final List<String> REQUIRED = List.of(METER_SERIAL, SERVICE_POINT_ID, DATE, INDEX_M3, CONSUMPTION_L,
            READING_METHOD);
    static final List<String> OPTIONAL = List.of(READING_REASON);

    private static final Pattern POINT_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?[0-9]+(,[0-9]+)?");

    private final Map<String, Integer> columns;
    private final char separator;

    private WaterCsvFormat(Map<String, Integer> columns, char separator) {
        this.columns = columns;
        this.separator = separator;
    }

    /** The separator of a file, from its header line: a semicolon when it has one, a comma otherwise. */
    static char separatorOf(String headerLine) {
        return headerLine.indexOf(';') >= 0 ? ';' : ',';
    }

    /** Reads the header, or says what is wrong with it. */
    static WaterCsvFormat fromHeader(CSVRecord header, char separator, List<RowProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(RowProblem.at(1, name, "Unknown column; the columns are " + REQUIRED
                        + ", optionally followed by " + OPTIONAL));
            } else if (columns.put(name, i) != null) {
                problems.add(RowProblem.at(1, name, "The column appears twice"));
            }
        }
        REQUIRED.stream().filter(name -> !columns.containsKey(name))
                .forEach(name -> problems.add(RowProblem.at(1, name, "Missing column")));
        return new WaterCsvFormat(columns, separator);
    }

    /** The name of the column at an index of a row, or null past the header's columns. */
    String columnAt(int index) {
        return columns.entrySet().stream().filter(column -> column.getValue() == index).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Reads a row, or adds what is wrong with it to the problems and returns nothing. */
    Optional<WaterRow> row(CSVRecord record, long line, List<RowProblem> problems) {
        if (record.size() != columns.size()) {
            problems.add(RowProblem.ofRow(line, "The row has " + record.size() + " values where the header names "
                    + columns.size() + " columns"));
            return Optional.empty();
        }
        List<RowProblem> found = new ArrayList<>();
        String meter = text(record, line, METER_SERIAL, found);
        String point = text(record, line, SERVICE_POINT_ID, found);
        LocalDate date = date(record, line, found);
        BigDecimal index = quantity(record, line, INDEX_M3, "index", found);
        BigDecimal litres = quantity(record, line, CONSUMPTION_L, "consumption", found);
        ReadingMethod method = method(record, line, found);
        ReadingReason reason = reason(record, line, found);
        problems.addAll(found);
        return found.isEmpty() ? Optional.of(new WaterRow(line, meter, point, date, index, litres, method, reason))
                : Optional.empty();
    }

    private String value(CSVRecord record, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : record.get(index).trim();
    }

    private String text(CSVRecord record, long line, String column, List<RowProblem> found) {
        String value = value(record, column);
        if (value.isEmpty()) {
            found.add(RowProblem.at(line, column, "Missing value"));
        }
        return value;
    }

    private LocalDate date(CSVRecord record, long line, List<RowProblem> found) {
        String value = text(record, line, DATE, found);
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            found.add(RowProblem.at(line, DATE, "\"" + value + "\" is not a date in the form 2024-06-01"));
            return null;
        }
    }

    private BigDecimal quantity(CSVRecord record, long line, String column, String what, List<RowProblem> found) {
        String value = text(record, line, column, found);
        if (value.isEmpty()) {
            return null;
        }
        boolean comma = separator == ';' && COMMA_DECIMAL.matcher(value).matches();
        if (!comma && !POINT_DECIMAL.matcher(value).matches()) {
            found.add(RowProblem.at(line, column, "\"" + value + "\" is not a number such as 1203.829"
                    + (separator == ';' ? " or 1203,829" : "") + ", without thousands separators or units"));
            return null;
        }
        BigDecimal number = new BigDecimal(comma ? value.replace(',', '.') : value);
        if (number.signum() < 0) {
            found.add(RowProblem.at(line, column, "The " + what + " is negative: " + value));
            return null;
        }
        return number;
    }

    private ReadingMethod method(CSVRecord record, long line, List<RowProblem> found) {
        String value = text(record, line, READING_METHOD, found);
        if (value.isEmpty()) {
            return null;
        }
        Optional<ReadingMethod> method = codeOf(ReadingMethod.class, value);
        if (method.isEmpty()) {
            found.add(RowProblem.at(line, READING_METHOD, "Unknown reading method \"" + value + "\"; the methods are "
                    + codes(ReadingMethod.class)));
        }
        return method.orElse(null);
    }

    private ReadingReason reason(CSVRecord record, long line, List<RowProblem> found) {
        String value = value(record, READING_REASON);
        if (value.isEmpty()) {
            return null;
        }
        Optional<ReadingReason> reason = codeOf(ReadingReason.class, value);
        if (reason.isEmpty()) {
            found.add(RowProblem.at(line, READING_REASON, "Unknown reading reason \"" + value + "\"; the reasons are "
                    + codes(ReadingReason.class)));
        }
        return reason.orElse(null);
    }

    /** The code of a constant in a file: its name in lower case with hyphens, such as {@code self-reported}. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> Optional<E> codeOf(Class<E> type, String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (code(constant).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E>> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WaterCsvFormat::code).toList();
    }
}
