package al.tirana.sporteli.workflow.control;

/** What people do to a request. Each is one transition of the status machine. */
public enum Action {
    CLAIM,
    ASSIGN,
    COMPLETE_STEP,
    RETURN_TO_STEP,
    REQUEST_DOCUMENTS,
    CITIZEN_RESPONDED,
    SUBMIT_FOR_APPROVAL,
    APPROVE,
    REJECT,
    RETURN,
    DELIVER,
    CLOSE,
    CANCEL,
    REOPEN,
    EXTEND_DEADLINE,
    RELOCATE,
    /** The legal deadline passed under a law where silence is approval. */
    TACIT_APPROVAL,
    /** The legal deadline passed under a law where silence is refusal. */
    TACIT_REFUSAL
}
