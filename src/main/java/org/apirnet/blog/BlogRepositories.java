package org.apirnet.blog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

// Rows by id and the moderation queue, each backed by an index; lists of posts come from the search index.

interface BlogPostRepository extends Repository<BlogPost, Long> {

    BlogPost save(BlogPost post);

    Optional<BlogPost> findById(long id);

    boolean existsByIdNotNull();
}

interface BlogCommentRepository extends Repository<BlogComment, Long> {

    BlogComment save(BlogComment comment);

    Optional<BlogComment> findById(long id);

    List<BlogComment> findByBlogPostIdAndStatusOrderByCreatedAtAsc(long blogPostId, BlogComment.Status status, Pageable page);

    List<BlogComment> findByStatusOrderByCreatedAtAsc(BlogComment.Status status, Pageable page);

    long countByStatus(BlogComment.Status status);
}

interface BlogWriterRepository extends Repository<BlogWriter, Long> {

    BlogWriter save(BlogWriter writer);

    boolean existsById(Long accountId);

    void deleteById(Long accountId);

    List<BlogWriter> findAllByOrderByGrantedAtDesc();
}
