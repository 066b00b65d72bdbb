package relulab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import relulab.core.Elu;
import relulab.core.Gelu;
import relulab.core.LeakyRelu;
import relulab.core.Relu;
import relulab.core.Sigmoid;
import relulab.core.Silu;
import relulab.core.Softplus;
import relulab.core.Tanh;

/**
 * Keeps the arrows pointing toward core: the engine, training, files and CLI know nothing of
 * JavaFX; no two packages depend on each other in a cycle; and the window's lessons meet only
 * through the shell's shared packages, never directly.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("relulab");

    /** The parts of the window every lesson may use; every other package under ui is a lesson. */
    private static final Set<String> SHARED_UI = Set.of("app", "lesson", "state", "task", "shared");

    @Test
    void coreTrainIoAndCliNeverUseJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "relulab.core..", "relulab.train..", "relulab.io..", "relulab.cli..", "relulab.cost..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(MAIN_CLASSES);
    }

    @Test
    void coreAndTrainDoNoInputOutput() {
        noClasses()
                .that()
                .resideInAnyPackage("relulab.core..", "relulab.train..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "relulab.io..", "relulab.cli..", "relulab.ui..")
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackages("relulab.cli..", "relulab")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(MAIN_CLASSES);
    }

    @Test
    void everyMainPackageHasItsPlaceInTheLayers() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("entry")
                .definedBy("relulab")
                .layer("ui")
                .definedBy("relulab.ui..")
                .layer("cli")
                .definedBy("relulab.cli..")
                .layer("io")
                .definedBy("relulab.io..")
                .layer("cost")
                .definedBy("relulab.cost..")
                .layer("train")
                .definedBy("relulab.train..")
                .layer("core")
                .definedBy("relulab.core..")
                .whereLayer("entry")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("ui")
                .mayOnlyBeAccessedByLayers("entry", "cli")
                .whereLayer("cli")
                .mayOnlyBeAccessedByLayers("entry")
                .whereLayer("io")
                .mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("cost")
                .mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("train")
                .mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("core")
                .mayOnlyBeAccessedByLayers("ui", "cli", "io", "cost", "train")
                .check(MAIN_CLASSES);
        for (JavaClass c : MAIN_CLASSES) {
            String pkg = c.getPackageName();
            assertTrue(
                    pkg.equals("relulab") || pkg.matches("relulab\\.(ui|cli|io|cost|train|core)(\\..*)?"),
                    c.getName() + " lies outside every layer");
        }
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("relulab.(**)").should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    @Test
    void lessonsNeverImportEachOther() {
        Set<String> lessons = lessonPackages();
        assertTrue(lessons.size() >= 7, "lesson packages found: " + lessons);
        for (String lesson : lessons) {
            String[] others = lessons.stream()
                    .filter(l -> !l.equals(lesson))
                    .map(l -> "relulab.ui." + l + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("relulab.ui." + lesson + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .orShould()
                    .dependOnClassesThat()
                    .resideInAPackage("relulab.ui.app..")
                    .because("lessons meet only through ui.state, ui.lesson, ui.task and ui.shared")
                    .check(MAIN_CLASSES);
        }
    }

    @Test
    void theShellNamesNoLessonButInTheCatalogue() {
        String[] lessonPackages =
                lessonPackages().stream().map(l -> "relulab.ui." + l + "..").toArray(String[]::new);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "relulab.ui.app..",
                        "relulab.ui.state..",
                        "relulab.ui.lesson..",
                        "relulab.ui.task..",
                        "relulab.ui.shared..",
                        "relulab.io..",
                        "relulab.cli..")
                .and()
                .doNotHaveFullyQualifiedName("relulab.ui.app.LessonCatalog")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(lessonPackages)
                .because("a lesson is known to the shell only through the Lesson contract and LessonCatalog")
                .check(MAIN_CLASSES);
    }

    @Test
    void noWindowClassNamesAConcreteActivation() {
        noClasses()
                .that()
                .resideInAPackage("relulab.ui..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(
                        Relu.class,
                        LeakyRelu.class,
                        Elu.class,
                        Gelu.class,
                        Silu.class,
                        Softplus.class,
                        Sigmoid.class,
                        Tanh.class)
                .because("lessons take the activation from the state or the catalogue (relulab.core.Activations)")
                .check(MAIN_CLASSES);
    }

    private static Set<String> lessonPackages() {
        Set<String> lessons = new TreeSet<>();
        for (JavaClass c : MAIN_CLASSES) {
            String pkg = c.getPackageName();
            if (pkg.startsWith("relulab.ui.")) {
                String top = pkg.substring("relulab.ui.".length()).split("\\.")[0];
                if (!SHARED_UI.contains(top)) {
                    lessons.add(top);
                }
            }
        }
        return lessons;
    }
}
