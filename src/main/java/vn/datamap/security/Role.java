package vn.datamap.security;

import java.util.Locale;

/** What an account may do: an administrator writes everything, a steward only its agencies. */
public enum Role {
    ADMIN,
    STEWARD;

    /** The name used in JSON and in the account store: {@code admin} or {@code steward}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code id}, or null when there is none by that name. */
    public static Role of(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        return null;
    }
}
