package relulab.ui.lesson;

/**
 * The stable ids of the window's lessons. Sessions store them ({@code selected_tab}), the help
 * pages and the lesson path open lessons by them, and a tab's node id is {@code id + "-tab"}.
 * They live here, not in the lessons, because lessons never import each other.
 */
public final class LessonIds {

    public static final String PATH = "path";
    public static final String WORKBENCH = "workbench";
    public static final String PREDICT = "predict";
    public static final String DYING = "dying";
    public static final String COST = "cost";
    public static final String VANISHING = "vanishing";
    public static final String CODE = "code";
    public static final String GRADIENT_CHECK = "gradcheck";
    public static final String GRADIENT_AT_ZERO = "gradzero";

    private LessonIds() {}
}
