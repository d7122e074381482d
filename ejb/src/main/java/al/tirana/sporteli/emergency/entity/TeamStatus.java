package al.tirana.sporteli.emergency.entity;

public enum TeamStatus {
    AVAILABLE,
    DISPATCHED,
    ON_SCENE,
    OFF_DUTY
}
