package relulab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the arrows pointing toward core: the engine, training, files and CLI know nothing of JavaFX. */
class ArchitectureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("relulab");

    @Test
    void coreTrainIoAndCliNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage("relulab.core..", "relulab.train..", "relulab.io..", "relulab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(MAIN_CLASSES);
    }

    @Test
    void coreAndTrainDoNoInputOutput() {
        noClasses().that().resideInAnyPackage("relulab.core..", "relulab.train..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "relulab.io..", "relulab.cli..", "relulab.ui..")
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackages("relulab.cli..", "relulab")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(MAIN_CLASSES);
    }
}
