// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.solidaire.client.model.ReadingMethod;
import org.solidaire.client.model.ReadingReason;

/** One well-formed row of a water export: one meter's reading for one day. */
record WaterRow(long line, String meterSerial, String servicePointId, LocalDate date, BigDecimal indexCubicMetres,
        BigDecimal litres, ReadingMethod method, ReadingReason reason) {

    YearMonth month() {
        return YearMonth.from(date);
    }

    /** Whether two rows state the same reading, as a line repeated in an export does. */
    boolean sameValues(WaterRow other) {
        return servicePointId.equals(other.servicePointId) && indexCubicMetres.compareTo(other.indexCubicMetres) == 0
                && litres.compareTo(other.litres) == 0 && method == other.method && reason == other.reason;
    }
}
