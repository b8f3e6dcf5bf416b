package org.apirnet.notify;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a mail from its two templates: {@code templates/mail/<name>.html} through the application's template
 * engine and {@code templates/mail/<name>.txt} through a private text engine. Subject and wording come from the
 * application's messages ({@code i18n/notify.properties}).
 */
@Component
class MailTemplates {

    /** Mail goes out in English until members can choose a language. */
    static final Locale MAIL_LOCALE = Locale.ENGLISH;

    private final SpringTemplateEngine htmlEngine;
    private final SpringTemplateEngine textEngine;
    private final MessageSource messages;

    MailTemplates(SpringTemplateEngine htmlEngine, MessageSource messages) {
        this.htmlEngine = htmlEngine;
        this.messages = messages;
        this.textEngine = textEngine(messages);
    }

    /**
     * Built here rather than declared as a bean: Spring Boot adds every {@code ITemplateResolver} bean to its own
     * engine, and a text resolver there would answer for web views too.
     */
    private static SpringTemplateEngine textEngine(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /**
     * @param template   the templates' name under {@code templates/mail/}
     * @param subjectKey the message key of the subject, which the HTML template also gets as {@code subject}
     * @param variables  the templates' variables; values may be null
     */
    ComposedMail compose(String recipient, String template, String subjectKey, Map<String, Object> variables) {
        return compose(recipient, template, subjectKey, null, variables);
    }

    /** The same, with arguments for the subject's message (a title in the subject line). */
    ComposedMail compose(String recipient, String template, String subjectKey, Object[] subjectArguments, Map<String, Object> variables) {
        String subject = messages.getMessage(subjectKey, subjectArguments, MAIL_LOCALE);
        Map<String, Object> model = new HashMap<>(variables);
        model.put("subject", subject);
        Context context = new Context(MAIL_LOCALE, model);
        String text = textEngine.process(template, context).stripTrailing() + "\n";
        String html = htmlEngine.process("mail/" + template, context);
        return new ComposedMail(recipient, subject, text, html);
    }
}
