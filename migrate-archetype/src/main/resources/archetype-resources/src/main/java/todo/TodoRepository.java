package ${package}.todo;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The todos table. This extends the bare {@link Repository} rather than {@code JpaRepository} on purpose: the
 * inherited {@code findById} and {@code findAll} would return soft-deleted rows too. Every read here says whether
 * it wants live rows or deleted ones, so a deleted todo cannot leak out by accident.
 */
public interface TodoRepository extends Repository<Todo, Long> {

    Todo save(Todo todo);

    @Query("select t from Todo t where t.deletedAt is null")
    Page<Todo> findLive(Pageable pageable);

    @Query("select t from Todo t where t.deletedAt is null and t.completed = :completed")
    Page<Todo> findLiveByCompleted(@Param("completed") boolean completed, Pageable pageable);

    @Query("select t from Todo t where t.id = :id and t.deletedAt is null")
    Optional<Todo> findLiveById(@Param("id") long id);

    @Query("select t from Todo t where t.id = :id and t.deletedAt is not null")
    Optional<Todo> findDeletedById(@Param("id") long id);

    /**
     * Removes, for good, the todos deleted before {@code cutoff}; returns how many. A bulk delete bypasses the
     * persistence context, so pending changes are flushed first and the context is cleared afterwards.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Todo t where t.deletedAt < :cutoff")
    int purgeDeletedBefore(@Param("cutoff") Instant cutoff);
}
