package relulab.testsupport;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import relulab.ui.shared.text.UiLocale;

/**
 * The window's language as it was before each test, put back after it: a test may switch
 * languages ({@code UiLocale.set}, or a window's live switch) without the next test hearing it.
 * Register it with {@code @RegisterExtension final KeptLocale language = new KeptLocale();}.
 */
public final class KeptLocale implements BeforeEachCallback, AfterEachCallback {

    private Locale before;

    /** The language the test began in. */
    public Locale before() {
        return before;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        before = UiLocale.current();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        UiLocale.set(before);
    }
}
