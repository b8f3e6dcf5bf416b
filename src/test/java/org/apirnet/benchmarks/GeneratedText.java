package org.apirnet.benchmarks;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic text about industrial relations for the benchmark dataset: titles, summaries and document text of a
 * realistic length, mostly English, some in Thai, Vietnamese, Khmer and Chinese (the scripts search must segment or
 * fold). The same seed always gives the same words.
 */
final class GeneratedText {

    /** Languages of the generated documents, with the share of resources written in each (per mille). */
    enum Language {
        EN("en", 920), TH("th", 20), VI("vi", 25), KM("km", 15), ZH("zh", 20);

        final String code;
        final int perMille;

        Language(String code, int perMille) {
            this.code = code;
            this.perMille = perMille;
        }
    }

    private static final List<String> TOPICS = List.of(
            "minimum wage fixing", "collective bargaining coverage", "labour dispute resolution", "tripartite social dialogue",
            "trade union registration", "employers' organizations", "labour inspection", "migrant worker protection",
            "informal economy transition", "labour law reform", "freedom of association", "workplace cooperation",
            "conciliation and mediation", "labour courts", "wage policy", "platform work", "garment supply chains",
            "occupational safety committees", "severance pay", "fixed-term contracts", "strike procedures",
            "enterprise bargaining", "sectoral bargaining", "ratification of core conventions");

    private static final List<String> KINDS = List.of(
            "a comparative review", "lessons from practice", "an assessment", "policy options", "a practitioner's guide",
            "trends and challenges", "a training manual", "case studies", "a legal analysis", "survey findings");

    private static final List<String> NOUNS = List.of(
            "government", "union", "employer", "ministry", "tribunal", "council", "federation", "inspectorate", "agreement",
            "wage board", "conciliator", "arbitrator", "worker", "enterprise", "sector", "committee", "code", "regulation",
            "convention", "dispute", "grievance", "negotiation", "contract", "workforce", "productivity", "compliance");

    private static final List<String> VERBS = List.of(
            "negotiated", "reviewed", "strengthened", "reformed", "monitored", "ratified", "mediated", "adopted", "extended",
            "consulted on", "implemented", "evaluated", "registered", "settled", "revised", "enforced");

    private static final List<String> ADJECTIVES = List.of(
            "tripartite", "national", "sectoral", "provincial", "informal", "collective", "independent", "statutory",
            "voluntary", "binding", "regional", "comprehensive", "effective", "fair", "inclusive", "transparent");

    // Real phrases of the region's languages (minimum wage, collective bargaining, trade union, labour law, labour
    // dispute, labour relations, social dialogue), repeated in sentences the way reports repeat their key terms.
    private static final List<String> THAI = List.of("ค่าจ้างขั้นต่ำ", "การเจรจาต่อรองร่วม", "สหภาพแรงงาน", "กฎหมายแรงงาน",
            "ข้อพิพาทแรงงาน", "แรงงานสัมพันธ์", "การเจรจาทางสังคม", "คณะกรรมการค่าจ้าง", "ลูกจ้าง", "นายจ้าง");
    private static final List<String> VIETNAMESE = List.of("lương tối thiểu", "thương lượng tập thể", "công đoàn",
            "luật lao động", "tranh chấp lao động", "quan hệ lao động", "đối thoại xã hội", "hội đồng tiền lương quốc gia",
            "người lao động", "người sử dụng lao động");
    private static final List<String> KHMER = List.of("ប្រាក់ឈ្នួលអប្បបរមា", "ការចរចាសមូហភាព", "សហជីព", "ច្បាប់ការងារ",
            "វិវាទការងារ", "ទំនាក់ទំនងការងារ", "កិច្ចសន្ទនាសង្គម", "កម្មករ", "និយោជក");
    private static final List<String> CHINESE = List.of("最低工资", "集体谈判", "工会", "劳动法", "劳动争议", "劳动关系",
            "社会对话", "劳动合同", "用人单位", "劳动者");

    private static final List<String> GIVEN_NAMES = List.of("Anh", "Siriporn", "Farhan", "Mele", "Ji-woo", "Dara", "Ayesha",
            "Rahul", "Sione", "Hiroshi", "Mei", "Kofi", "Maria", "Tevita", "Nurul", "Bayarmaa", "Arjun", "Linh", "Somchai", "Ana");
    private static final List<String> FAMILY_NAMES = List.of("Nguyen", "Kittisak", "Ahmed", "Tuilagi", "Kim", "Sok", "Rashid",
            "Mehta", "Fifita", "Tanaka", "Chen", "Mensah", "Santos", "Vake", "Hassan", "Batbayar", "Rao", "Tran", "Wong", "Cruz");

    private final SplittableRandom random;

    GeneratedText(SplittableRandom random) {
        this.random = random;
    }

    Language language() {
        int roll = random.nextInt(1000);
        for (Language language : Language.values()) {
            roll -= language.perMille;
            if (roll < 0) {
                return language;
            }
        }
        return Language.EN;
    }

    String topic() {
        return pick(TOPICS);
    }

    String title(String topic, String countryName, Language language) {
        String english = capitalize(topic) + (countryName == null ? " in Asia and the Pacific" : " in " + countryName)
                + ": " + pick(KINDS);
        return switch (language) {
            case EN -> english;
            case TH -> phrase(THAI, 2, "") + " – " + english;
            case VI -> capitalize(phrase(VIETNAMESE, 2, " ")) + " – " + english;
            case KM -> phrase(KHMER, 2, "") + " – " + english;
            case ZH -> phrase(CHINESE, 2, "") + " – " + english;
        };
    }

    String summary(String topic, String countryName) {
        return "This " + pick(KINDS).replaceFirst("^an? ", "") + " looks at " + topic
                + (countryName == null ? " across the region" : " in " + countryName) + ". " + sentence() + " " + sentence();
    }

    /** Markdown body of a few paragraphs. */
    String body(String topic) {
        StringBuilder body = new StringBuilder("## Background\n\n");
        body.append(paragraph(3)).append("\n\n## Findings on ").append(topic).append("\n\n");
        body.append("- ").append(sentence()).append("\n- ").append(sentence()).append("\n- ").append(sentence()).append("\n\n");
        return body.append(paragraph(2)).toString();
    }

    /** The text of an attachment: a few KB in the document's language. */
    String document(Language language, int minBytes, int maxBytes) {
        int target = minBytes + random.nextInt(maxBytes - minBytes);
        StringBuilder text = new StringBuilder(target + 200);
        while (text.length() < target / (language == Language.EN ? 1 : 2)) {
            text.append(switch (language) {
                case EN -> paragraph(4);
                case TH -> phrase(THAI, 12, "") + " " + phrase(THAI, 10, "");
                case VI -> capitalize(phrase(VIETNAMESE, 10, " ")) + ". " + capitalize(phrase(VIETNAMESE, 8, " ")) + ".";
                case KM -> phrase(KHMER, 12, "") + "។ " + phrase(KHMER, 10, "") + "។";
                case ZH -> phrase(CHINESE, 14, "") + "。" + phrase(CHINESE, 12, "") + "。";
            }).append("\n\n");
            if (language != Language.EN && random.nextInt(3) == 0) {
                text.append(paragraph(2)).append("\n\n"); // reports in the region's languages quote English sources
            }
        }
        return text.toString();
    }

    String authors() {
        int count = 1 + random.nextInt(3);
        StringBuilder authors = new StringBuilder();
        for (int i = 0; i < count; i++) {
            authors.append(i == 0 ? "" : "; ").append(pick(FAMILY_NAMES)).append(", ").append(pick(GIVEN_NAMES));
        }
        return authors.toString();
    }

    String personName() {
        return pick(GIVEN_NAMES) + " " + pick(FAMILY_NAMES);
    }

    String keywords(String topic) {
        return topic + ", " + pick(NOUNS) + ", " + pick(ADJECTIVES) + " " + pick(NOUNS);
    }

    String paragraph(int sentences) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            paragraph.append(i == 0 ? "" : " ").append(sentence());
        }
        return paragraph.toString();
    }

    String sentence() {
        return capitalize("the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(VERBS) + " the " + pick(TOPICS)
                + " of the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " with the " + pick(NOUNS) + ".");
    }

    private String phrase(List<String> words, int count, String separator) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < count; i++) {
            phrase.append(i == 0 ? "" : separator).append(pick(words));
        }
        return phrase.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
