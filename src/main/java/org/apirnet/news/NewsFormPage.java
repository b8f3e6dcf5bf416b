package org.apirnet.news;

import java.util.List;
import java.util.Optional;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.Languages;
import org.apirnet.platform.AttachmentIntake;
import org.apirnet.platform.FileStore;
import org.apirnet.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one news form, for editors (create, edit) and members (submit, change their submission): its options, and
 * saving it with its image all or nothing. The image is judged and its renditions stored before the transaction;
 * they are deleted again if the save fails, and the renditions an edit replaced are deleted after it committed.
 */
@Component
class NewsFormPage {

    enum Mode { CREATE, EDIT, SUBMIT }

    /** A refused image, as the form shows it beside the file input: a message key and its arguments. */
    public record ImageError(String key, Object[] arguments) {
    }

    /** The current image of an item being edited, as the form previews it. */
    public record CurrentImage(String src, String alt, int width, int height) {
    }

    /** A file the item carries, as the form offers to remove it. */
    public record CurrentFile(String key, String name, String size) {
    }

    /** A choice of a select: its value and the message key of its label. */
    public record Option(String value, String labelKey) {
    }

    private static final List<Option> KINDS = List.of(NewsKind.values()).stream()
            .map(kind -> new Option(kind.slug(), kind.labelKey())).toList();

    private final NewsService news;
    private final NewsImages images;
    private final FileStore files;
    private final Taxonomy taxonomy;
    private final NewsProperties properties;
    private final NewsFileReferences references;
    private final AttachmentIntake intake;
    private final ContentTags tags;

    NewsFormPage(NewsService news, NewsImages images, FileStore files, Taxonomy taxonomy, NewsProperties properties,
                 NewsFileReferences references, AttachmentIntake intake, ContentTags tags) {
        this.tags = tags;
        this.references = references;
        this.intake = intake;
        this.news = news;
        this.images = images;
        this.files = files;
        this.taxonomy = taxonomy;
        this.properties = properties;
    }

    String show(Model model, NewsForm form, Mode mode, NewsItem existing) {
        model.addAttribute("form", form);
        model.addAttribute("mode", mode.name());
        model.addAttribute("newsId", existing == null ? null : existing.getId());
        model.addAttribute("currentImage", existing == null || !existing.hasImage() ? null
                : new CurrentImage(NewsViews.imagePath(existing.getId(), existing.getImageCardKey()), existing.getImageAlt(),
                existing.getImageCardWidth(), existing.getImageCardHeight()));
        model.addAttribute("currentFiles", existing == null ? List.of() : existing.getAttachments().stream()
                .map(a -> new CurrentFile(a.getStorageKey(), a.getOriginalName(), org.apirnet.web.FileDownloads.humanSize(a.getSizeBytes()))).toList());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        model.addAttribute("languages", Languages.BY_CODE);
        model.addAttribute("projectChoices", tags.projectChoices(existing == null ? null : existing.getProjectId()));
        model.addAttribute("maxImageMegabytes", properties.maxImageSize().toMegabytes());
        model.addAttribute("maxFileMegabytes", properties.maxAttachmentSize().toMegabytes());
        model.addAttribute("maxFiles", properties.maxAttachments());
        return "news/form";
    }

    /**
     * Checks the form, the image and the attached files and saves (creating with {@code status}, or editing
     * {@code existing}); returns the item's id, or null when the form must be shown again with its messages (then
     * nothing was kept).
     */
    Long save(NewsForm form, BindingResult errors, MultipartFile upload, List<MultipartFile> uploads, NewsItem existing,
              ContentStatus status, long actorId, Model model) {
        Optional<NewsKind> kind = news.check(form, existing == null ? null : existing.getProjectId(), errors);
        boolean newImage = NewsImages.chosen(upload);
        boolean keepsImage = existing != null && existing.hasImage() && !form.removesImage();
        if ((newImage || keepsImage) && form.altText() == null && !errors.hasFieldErrors("imageAlt")) {
            errors.rejectValue("imageAlt", "news.image.altRequired");
        }
        if (existing != null && !Long.toString(existing.getVersion()).equals(form.version())) {
            errors.rejectValue("version", "news.changedMeanwhile");
        }
        List<MultipartFile> chosenFiles = AttachmentIntake.chosen(uploads);
        long keptFiles = existing == null ? 0 : existing.getAttachments().stream()
                .filter(a -> !form.removeAttachmentsOrEmpty().contains(a.getStorageKey())).count();
        int roomForFiles = (int) Math.max(0, properties.maxAttachments() - keptFiles);
        if (errors.hasErrors() || kind.isEmpty()) {
            model.addAttribute("imageLost", newImage);
            model.addAttribute("filesLost", !chosenFiles.isEmpty());
            return null;
        }
        List<AttachmentIntake.Accepted> accepted = intake.acceptAll(uploads, roomForFiles,
                properties.maxAttachmentSize().toBytes(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("imageLost", newImage);
            model.addAttribute("filesLost", chosenFiles.size() > 1);
            return null;
        }
        NewsImages.Stored stored = null;
        if (newImage) {
            try {
                stored = images.accept(upload);
            } catch (NewsImages.Refused refused) {
                intake.discard(accepted);
                errors.reject("news.image.refused");
                model.addAttribute("imageError", new ImageError(refused.messageKey, refused.arguments));
                model.addAttribute("filesLost", !chosenFiles.isEmpty());
                return null;
            }
        }
        List<String> newKeys = new java.util.ArrayList<>(accepted.stream().map(file -> file.stored().key()).toList());
        if (stored != null) {
            newKeys.addAll(stored.keys());
        }
        NewsService.ImageChange image = new NewsService.ImageChange(stored, form.removesImage(), form.altText());
        NewsItem.Content content = form.toContent(kind.get());
        try {
            if (existing == null) {
                return news.create(content, image, accepted, status, actorId);
            }
            news.update(existing.getId(), content, image, accepted, form.removeAttachmentsOrEmpty(), actorId)
                    .forEach(files::delete);
            return existing.getId();
        } catch (RuntimeException e) {
            files.discardUnlessReferenced(newKeys, references);
            throw e;
        }
    }
}
