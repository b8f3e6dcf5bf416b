package org.apirnet.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The languages content is written in: the region's, plus the ILO's working languages. Codes are ISO 639 codes. */
public final class Languages {

    /** Code to English name, in display order. */
    public static final Map<String, String> BY_CODE;

    static {
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("en", "English");
        languages.put("fr", "French");
        languages.put("es", "Spanish");
        languages.put("bn", "Bengali");
        languages.put("my", "Burmese");
        languages.put("zh", "Chinese");
        languages.put("fj", "Fijian");
        languages.put("fil", "Filipino");
        languages.put("hi", "Hindi");
        languages.put("id", "Indonesian");
        languages.put("ja", "Japanese");
        languages.put("km", "Khmer");
        languages.put("ko", "Korean");
        languages.put("lo", "Lao");
        languages.put("ms", "Malay");
        languages.put("mn", "Mongolian");
        languages.put("ne", "Nepali");
        languages.put("fa", "Persian");
        languages.put("ps", "Pashto");
        languages.put("si", "Sinhala");
        languages.put("sm", "Samoan");
        languages.put("ta", "Tamil");
        languages.put("tet", "Tetum");
        languages.put("th", "Thai");
        languages.put("to", "Tongan");
        languages.put("ur", "Urdu");
        languages.put("vi", "Vietnamese");
        languages.put("other", "Other");
        BY_CODE = Collections.unmodifiableMap(languages); // keeps the display order
    }

    private Languages() {
    }

    public static String name(String code) {
        return BY_CODE.getOrDefault(code, code);
    }

    public static boolean isKnown(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    /** For the HTML {@code lang} attribute: null where the language has no code of its own. */
    public static String htmlLang(String code) {
        return code == null || "other".equals(code) ? null : code;
    }
}
