package al.tirana.sporteli.platform.entity;

/** Where a request or an action came from. */
public enum Channel {
    DESK,
    PORTAL,
    MOBILE,
    SYSTEM
}
