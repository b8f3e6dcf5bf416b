package org.apirnet.countries;

/**
 * Text for a CSV cell that a spreadsheet program will show as text: a cell starting with {@code = + - @} or a tab or
 * carriage return would be read as a formula (OWASP "CSV injection"), so it gets a leading apostrophe. Numbers the
 * portal formatted itself are left alone, so a negative figure stays a number.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        if (cell.matches("-?\\d+(\\.\\d+)?%?")) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
