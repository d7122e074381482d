package al.tirana.sporteli.web.view.office;

import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.boundary.Tasks.QueueEntry;
import al.tirana.sporteli.workflow.boundary.Tasks.QueueFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The work queue for a lazy PrimeFaces table, paged by key: each page starts after the last task id of
 * the page before, remembered as the user moves on, so a deep page costs what the first one does. The
 * paginator offers only the previous and next pages for that reason.
 */
public class QueuePages extends LazyDataModel<QueueEntry> {

    private static final long serialVersionUID = 1L;

    private final transient Tasks tasks;
    private final transient Supplier<Caller> caller;
    private final String queue;
    private final QueueFilter filter;
    /** Page index to the task id it starts after. */
    private final Map<Integer, Long> starts = new HashMap<>(Map.of(0, 0L));

    QueuePages(Tasks tasks, Supplier<Caller> caller, String queue, QueueFilter filter) {
        this.tasks = tasks;
        this.caller = caller;
        this.queue = queue;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) tasks.counts(queue, filter, caller.get()).tasks();
    }

    @Override
    public List<QueueEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int page = first / pageSize;
        long after = starts.getOrDefault(page, starts.get(0));
        List<QueueEntry> entries = tasks.queue(queue, filter, after, pageSize, caller.get());
        if (!entries.isEmpty()) {
            starts.put(page + 1, entries.get(entries.size() - 1).task().id());
        }
        return entries;
    }

    @Override
    public String getRowKey(QueueEntry entry) {
        return String.valueOf(entry.task().id());
    }
}
