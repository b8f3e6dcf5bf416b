package org.apirnet.blog;

import jakarta.validation.Valid;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.IndexedKind;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PageDescription;
import org.apirnet.web.RequestValues;
import org.apirnet.web.RouteRules;
import org.apirnet.web.SharedPages;
import org.apirnet.web.SluggedAddress;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Browsing the blog, reading a post and commenting on it. */
@Controller
class BlogController {

    private final BlogBrowsePage browsePage;
    private final BlogService blog;
    private final BlogViews views;
    private final CurrentViewer viewer;

    BlogController(BlogBrowsePage browsePage, BlogService blog, BlogViews views, CurrentViewer viewer) {
        this.browsePage = browsePage;
        this.blog = blog;
        this.views = views;
        this.viewer = viewer;
    }

    @GetMapping("/blog")
    String browse(@RequestParam(name = "kind", required = false) String kind,
                  @RequestParam(name = "theme", required = false) String theme,
                  @RequestParam(name = "country", required = false) String country,
                  @RequestParam(name = "year", required = false) String year,
                  @RequestParam(name = "page", required = false) String page,
                  Model model) {
        model.addAttribute("view", browsePage.show(new BlogBrowsePage.Request(kind, theme, country, year,
                RequestValues.pageIndex(page)), viewer.isMember()));
        boolean mayWrite = viewer.isMember() && blog.viewerMayWrite();
        model.addAttribute("mayWrite", mayWrite);
        if (!mayWrite) {
            SharedPages.share();
        }
        return "blog/list";
    }

    /** One post at {@code /blog/{id}-{slug}}; an outdated slug redirects permanently to the current address. */
    @GetMapping("/blog/{reference}")
    Object read(@PathVariable String reference, Model model) {
        SluggedAddress.Asked asked = SluggedAddress.parse(reference).orElseThrow(() -> new NotFoundException("blog post"));
        BlogPost post = visiblePost(RequestValues.requiredId(asked.id()));
        if (!post.getSlug().equals(asked.slug())) {
            return SluggedAddress.movedTo(BlogViews.path(post.getId(), post.getSlug()));
        }
        show(post, new CommentForm(""), model);
        return "blog/detail";
    }

    /** Members comment; the comment waits for a moderator and the member is told so. */
    @PostMapping("/blog/{id}/comments")
    String comment(@PathVariable String id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        BlogPost post = visiblePost(RequestValues.requiredId(id));
        if (post.getStatus() != ContentStatus.PUBLISHED) {
            throw new NotFoundException("blog post");
        }
        if (errors.hasErrors()) {
            show(post, form, model);
            return "blog/detail";
        }
        blog.comment(post.getId(), viewer.accountId().orElseThrow(), form.body());
        redirect.addFlashAttribute("notice", "blog.comment.held");
        return "redirect:" + BlogViews.path(post.getId(), post.getSlug()) + "#comments";
    }

    private void show(BlogPost post, CommentForm form, Model model) {
        model.addAttribute("post", views.detail(post, viewer.isMember()));
        model.addAttribute("comments", views.comments(blog.publishedComments(post.getId())));
        model.addAttribute("commentForm", form);
        model.addAttribute("mayComment", viewer.isMember());
        boolean mayEdit = viewer.isMember() && blog.viewerMayEdit(post);
        model.addAttribute("mayEdit", mayEdit);
        PageDescription.describe(model, post.getSummary());
        if (!mayEdit) {
            SharedPages.share(); // the comment form's token is filled in for each member; only its author and editors see more
        }
    }

    /** Unpublished posts exist only for their author and editors; members-only ones send visitors to sign in. */
    private BlogPost visiblePost(long id) {
        BlogPost post = blog.find(id).orElseThrow(() -> new NotFoundException("blog post"));
        boolean author = viewer.accountId().filter(post::isAuthoredBy).isPresent();
        if (viewer.isEditor() || author || post.isVisibleTo(viewer.isMember())) {
            return post;
        }
        if (post.getStatus() == ContentStatus.PUBLISHED) {
            throw new AccessDeniedException("members only");
        }
        throw new NotFoundException("blog post");
    }

    @Bean
    static IndexedKind blogKind() {
        return new IndexedKind(BlogPost.KIND, BlogPost.class, "blog.kind", "/blog/");
    }

    @Bean
    static NavigationItem blogNavigation() {
        return new NavigationItem("/blog", "nav.blog", 24);
    }

    @Bean
    static RouteRules blogRoutes() {
        return routes -> routes
                .requestMatchers("/admin/blog/**").hasRole("ADMIN")
                .requestMatchers("/blog/comments", "/blog/comments/**").hasRole("MODERATOR")
                .requestMatchers("/blog/new", "/blog/*/edit", "/blog/*/comments").hasRole("MEMBER");
    }
}
