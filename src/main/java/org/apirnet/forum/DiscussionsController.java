package org.apirnet.forum;

import java.nio.file.Path;

import org.apirnet.content.IndexedKind;
import org.apirnet.platform.AttachedFile;
import org.apirnet.platform.FileStore;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.FileDownloads;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;
import org.apirnet.web.SharedPages;

import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing discussions and reading one: what everyone does. */
@Controller
class DiscussionsController {

    static final int DRAFTS_SHOWN = 20;

    private final DiscussionsBrowsePage browsePage;
    private final DiscussionPage page;
    private final DiscussionService discussions;
    private final CurrentViewer viewer;
    private final FileStore files;

    DiscussionsController(DiscussionsBrowsePage browsePage, DiscussionPage page, DiscussionService discussions, CurrentViewer viewer,
                          FileStore files) {
        this.files = files;
        this.browsePage = browsePage;
        this.page = page;
        this.discussions = discussions;
        this.viewer = viewer;
    }

    @GetMapping("/discussions")
    String browse(@RequestParam(name = "theme", required = false) String theme,
                  @RequestParam(name = "country", required = false) String country,
                  @RequestParam(name = "year", required = false) String year,
                  @RequestParam(name = "page", required = false) String pageNumber,
                  Model model) {
        model.addAttribute("view", browsePage.show(new DiscussionsBrowsePage.Request(theme, country, year,
                RequestValues.pageIndex(pageNumber)), viewer.isMember(), discussions.now()));
        if (viewer.isEditor()) {
            model.addAttribute("drafts", discussions.drafts(DRAFTS_SHOWN).stream()
                    .map(d -> new Draft(d.getId(), d.getTitle())).toList());
        }
        SharedPages.share();
        return "forum/list";
    }

    /** A draft as the editors' list shows it. */
    public record Draft(long id, String title) {
    }

    @GetMapping("/discussions/{id}")
    String discussion(@PathVariable String id, Model model) {
        return page.show(model, page.readable(id), null);
    }

    /**
     * A reply's file, to exactly those who may see the reply (a waiting or rejected one's only to its author and the
     * discussion's moderators); everyone else gets the 404 of a file that does not exist.
     */
    @GetMapping("/discussions/{id}/replies/{replyId}/file")
    ResponseEntity<FileSystemResource> file(@PathVariable String id, @PathVariable String replyId) {
        Discussion discussion = page.readable(id);
        Reply reply = page.shownReplyOf(discussion, replyId);
        AttachedFile file = reply.getFile();
        if (file == null) {
            throw new NotFoundException("file");
        }
        Path path = files.find(file.getStorageKey()).orElseThrow(() -> new NotFoundException("file"));
        return FileDownloads.of(path, file.getOriginalName(), file.getMediaType(), file.getSizeBytes(), page.isPublic(discussion, reply));
    }

    @Bean
    static IndexedKind discussionKind() {
        return new IndexedKind(Discussion.KIND, Discussion.class, "forum.kind", "/discussions/");
    }

    @Bean
    static NavigationItem discussionsNavigation() {
        return new NavigationItem("/discussions", "forum.title", 35);
    }
}
