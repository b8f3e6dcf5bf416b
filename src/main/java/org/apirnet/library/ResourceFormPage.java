package org.apirnet.library;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.Languages;
import java.util.List;

import org.apirnet.platform.AttachmentIntake;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.RequestValues;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** The one resource form, shared by editors (create, edit) and members (submit): its options and its saving. */
@Component
class ResourceFormPage {

    enum Mode { CREATE, EDIT, SUBMIT }

    private final LibraryService library;
    private final ResourceWorkflow workflow;
    private final Taxonomy taxonomy;
    private final LibraryProperties properties;

    private final ContentTags tags;

    ResourceFormPage(LibraryService library, ResourceWorkflow workflow, Taxonomy taxonomy, LibraryProperties properties,
                     ContentTags tags) {
        this.tags = tags;
        this.library = library;
        this.workflow = workflow;
        this.taxonomy = taxonomy;
        this.properties = properties;
    }

    String show(Model model, ResourceForm form, Mode mode, Resource existing) {
        model.addAttribute("form", form);
        model.addAttribute("mode", mode.name());
        model.addAttribute("existing", existing);
        model.addAttribute("types", taxonomy.resourceTypes());
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        model.addAttribute("languages", Languages.BY_CODE);
        model.addAttribute("projectChoices", tags.projectChoices(existing == null ? null : existing.getProjectId()));
        model.addAttribute("maxMegabytes", properties.maxAttachmentSize().toMegabytes());
        model.addAttribute("maxFiles", properties.maxAttachmentsPerUpload());
        return "library/form";
    }

    /**
     * Validates the form and the files and saves; returns the resource id, or null when the form must be shown again
     * with its messages (nothing has been kept in that case).
     */
    Long save(ResourceForm form, BindingResult errors, List<MultipartFile> uploads, Resource existing, ContentStatus status,
              long actorId, Model model) {
        var typeId = library.check(form, existing == null ? null : existing.getProjectId(), errors);
        List<Long> removeIds = form.removeAttachmentsOrEmpty().stream().map(RequestValues::id)
                .flatMap(java.util.Optional::stream).toList();
        long keptAttachments = existing == null ? 0
                : existing.getAttachments().stream().filter(a -> !removeIds.contains(a.getId())).count();
        boolean hasLink = form.externalUrl() != null && !form.externalUrl().isBlank();
        if (!hasLink && keptAttachments == 0 && ResourceWorkflow.chosen(uploads).isEmpty()) {
            errors.reject("library.fileOrLink.required");
        }
        if (existing != null && !Long.toString(existing.getVersion()).equals(form.version())) {
            errors.reject("library.changedMeanwhile");
        }
        if (status == ContentStatus.PENDING) {
            workflow.withinDailyQuota(actorId, uploads, errors); // members' submissions; editors are trusted
        }
        if (errors.hasErrors()) {
            model.addAttribute("filesLost", !ResourceWorkflow.chosen(uploads).isEmpty());
            return null;
        }
        List<AttachmentIntake.Accepted> accepted = workflow.accept(uploads, errors);
        if (errors.hasErrors()) {
            model.addAttribute("filesLost", ResourceWorkflow.chosen(uploads).size() > 1);
            return null;
        }
        Resource.Content content = form.toContent(typeId.orElseThrow());
        if (existing == null) {
            return workflow.create(content, accepted, status, actorId);
        }
        workflow.update(existing.getId(), content, accepted, removeIds, actorId);
        return existing.getId();
    }
}
