package org.apirnet.blog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.apirnet.content.Languages;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing and changing posts: editors, moderators and allowed members; authors their own posts, editors any. */
@Controller
class BlogWriteController {

    record KindChoice(String value, String labelKey) {
    }

    private static final List<KindChoice> KINDS = Arrays.stream(BlogKind.values())
            .map(kind -> new KindChoice(kind.slug(), kind.labelKey())).toList();

    private final BlogService blog;
    private final CurrentViewer viewer;
    private final Taxonomy taxonomy;

    BlogWriteController(BlogService blog, CurrentViewer viewer, Taxonomy taxonomy) {
        this.blog = blog;
        this.viewer = viewer;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/blog/new")
    String newPost(Model model) {
        requireWriter();
        return form(BlogForm.empty(), null, model);
    }

    @PostMapping("/blog/new")
    String create(@Valid @ModelAttribute("form") BlogForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        requireWriter();
        Optional<BlogKind> kind = blog.check(form, errors);
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        long id = blog.create(form.toContent(kind.orElseThrow()), viewer.accountId().orElseThrow());
        redirect.addFlashAttribute("notice", "blog.published");
        return "redirect:/blog/" + id;
    }

    @GetMapping("/blog/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        BlogPost post = editable(id);
        return form(BlogForm.of(post), post.getId(), model);
    }

    @PostMapping("/blog/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") BlogForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        BlogPost post = editable(id);
        Optional<BlogKind> kind = blog.check(form, errors);
        if (errors.hasErrors()) {
            return form(form, post.getId(), model);
        }
        blog.update(post.getId(), form.toContent(kind.orElseThrow()), viewer.accountId().orElseThrow());
        redirect.addFlashAttribute("notice", "blog.saved");
        return "redirect:/blog/" + post.getId();
    }

    private void requireWriter() {
        if (!blog.viewerMayWrite()) {
            throw new AccessDeniedException("not a blog writer");
        }
    }

    private BlogPost editable(String id) {
        BlogPost post = blog.find(RequestValues.requiredId(id)).orElseThrow(() -> new NotFoundException("blog post"));
        if (!blog.viewerMayEdit(post)) {
            throw new AccessDeniedException("not this post's author");
        }
        return post;
    }

    private String form(BlogForm form, Long postId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("postId", postId);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        model.addAttribute("languages", Languages.BY_CODE);
        return "blog/form";
    }
}
