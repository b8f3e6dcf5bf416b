package org.apirnet.identity.accounts;

/** Limits shared by the identity module's forms. */
public final class FormRules {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;
    /**
     * The HTML living standard's e-mail syntax, with a dot required in the domain (Bean Validation's @Email accepts
     * "a@b"). Empty passes so that @NotBlank alone reports a missing address.
     */
    public static final String EMAIL_WITH_DOMAIN = "^$|^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

    /** A number chosen from a list, as sent by the browser: null when it is not one. */
    public static Short parseShort(String value) {
        try {
            return value == null || value.isBlank() ? null : Short.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Several numbers chosen from a list; a value that is not a number becomes null (and fails validation). */
    public static java.util.List<Short> parseShorts(java.util.List<String> values) {
        return values == null ? java.util.List.of() : values.stream().map(FormRules::parseShort).toList();
    }

    /** Forms strip what people paste around an address or a name. */
    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private FormRules() {
    }
}
