package al.tirana.sporteli.requests.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.catalog.entity.RequiredDocument;
import al.tirana.sporteli.platform.control.ServerData;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.control.AttachmentStore;
import al.tirana.sporteli.requests.control.FileTypes;
import al.tirana.sporteli.requests.entity.Attachment;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The documents handed in for a request. Whoever may read a request may add its documents and read
 * them; a document must be one the request's service asks for, of a type accepted for it as told by
 * its content, and at most {@value #MAX_BYTES} bytes.
 */
@Stateless
public class Attachments {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(Attachments.class.getName());

    /** A stored document and its bytes, checked against the recorded checksum. */
    public record Download(Attachment attachment, byte[] content) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceRequests requests;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private AttachmentStore store;

    /**
     * Stores a document for a request. The file is written before the row; if the transaction then
     * rolls back, the file is removed again, so that the store keeps no bytes that no row points to.
     */
    /** Who hands documents in: the desk that files a request and the staff who work it. */
    private static final Set<Role> HANDLE = EnumSet.of(Role.DESK_OFFICER, Role.UNIT_OFFICER, Role.DEPARTMENT_OFFICER,
            Role.DEPARTMENT_HEAD, Role.EMERGENCY_OPERATOR, Role.SYSTEM);

    public Attachment add(TrackingNumber number, String documentCode, String originalName, byte[] content, Caller caller) {
        ServiceRequest request = requests.byTrackingNumber(number, caller);
        if (!caller.hasAny(HANDLE)) {
            audit.record(caller, "request.attachment.add.denied", "request", number.toString(), null, null);
            throw new AccessDeniedException("Only the staff who handle a request add its documents");
        }
        if (!request.status().isOpen()) {
            throw new ConflictException("request-finished", "Request " + number + " is " + request.status());
        }
        if (documentCode == null || documentCode.isBlank()) {
            throw InvalidInputException.of("document", "field.required");
        }
        RequiredDocument document = request.service().documents().stream()
                .filter(d -> d.code().equals(documentCode.strip()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("document", "attachment.document.unknown"));
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "attachment.tooLarge");
        }
        String type = FileTypes.detect(content)
                .filter(document.allowedTypes()::contains)
                .orElseThrow(() -> InvalidInputException.of("file", "attachment.type"));
        AttachmentStore.Stored stored = write(content);
        Attachment attachment = new Attachment(request.id(), document.code(), originalName, FileTypes.mediaType(type),
                stored.size(), stored.sha256(), stored.storageName(), caller.name(), clock.instant());
        em.persist(attachment);
        audit.record(caller, "request.attachment.add", "request", number.toString(), null,
                document.code() + ";" + stored.sha256() + ";" + stored.size());
        return attachment;
    }

    /** The documents of a request, in the order they were handed in. */
    public List<Attachment> list(TrackingNumber number, Caller caller) {
        ServiceRequest request = requests.byTrackingNumber(number, caller);
        return em.createNamedQuery(Attachment.FIND_BY_REQUEST, Attachment.class)
                .setParameter("request", request.id())
                .getResultList();
    }

    /**
     * One document with its bytes. Each read is audited: these are identity papers and certificates.
     * A file whose checksum no longer matches is never served.
     */
    public Download read(TrackingNumber number, long attachmentId, Caller caller) {
        ServiceRequest request = requests.byTrackingNumber(number, caller);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        // an id of another request answers as an unknown one, so ids cannot be probed across requests
        if (attachment == null || attachment.requestId() != request.id()) {
            throw new NotFoundException("No document " + attachmentId + " on request " + number);
        }
        byte[] content;
        try {
            content = store().read(attachment.storageName(), attachment.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + attachmentId + " of request " + number + " cannot be served", e);
        }
        audit.record(caller, "request.attachment.read", "request", number.toString(), null,
                attachment.documentCode() + ";" + attachment.sha256());
        return new Download(attachment, content);
    }

    private AttachmentStore.Stored write(byte[] content) {
        AttachmentStore target = store();
        AttachmentStore.Stored stored;
        try {
            stored = target.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("An attachment could not be stored", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        target.delete(stored.storageName());
                    } catch (IOException | RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not remove the file of a rolled-back attachment: "
                                + stored.storageName(), e);
                    }
                }
            }
        });
        return stored;
    }

    /** Created on first use: the system property {@code sporteli.attachments}, else {@code attachments} in the server's data folder. */
    private AttachmentStore store() {
        if (store == null) {
            store = new AttachmentStore(ServerData.path("sporteli.attachments", "attachments"));
        }
        return store;
    }
}
