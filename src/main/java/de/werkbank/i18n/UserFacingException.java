package de.werkbank.i18n;

/**
 * A failure the user can understand and act on: its message is a text of the resource bundle, shown
 * in the UI and printed by the command line in the UI language.
 */
public class UserFacingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        this(null, key, args);
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }


    /** The message's key in the resource bundles. */
    public String key() {
        return key;
    }

    @Override
    public String getLocalizedMessage() {
        return Messages.get().text(key, args);
    }

    @Override
    public String getMessage() {
        return getLocalizedMessage();
    }
}
