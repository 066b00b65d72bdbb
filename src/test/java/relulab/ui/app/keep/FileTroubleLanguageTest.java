package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Tensor3;
import relulab.io.TensorFileException;
import relulab.io.TensorFiles;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.shared.text.UiLocale;

/**
 * A file the window cannot open is refused in the window's language, reason and all, while
 * the same refusal's message, which the command line prints, stays English word for word.
 */
class FileTroubleLanguageTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @TempDir
    Path dir;

    /** A .npy file whose header says complex numbers: a refusal built of three parts. */
    private Path complexNpy() throws Exception {
        String dict = "{'descr': '<c16', 'fortran_order': False, 'shape': (2,), }";
        String header = dict + " ".repeat(128 - 10 - dict.length() - 1) + "\n";
        byte[] prefix = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length(), 0};
        Path file = dir.resolve("complex.npy");
        Files.write(file, prefix);
        Files.write(file, header.getBytes(StandardCharsets.ISO_8859_1), java.nio.file.StandardOpenOption.APPEND);
        return file;
    }

    @Test
    void aMalformedNpyIsRefusedInPortugueseAndItsMessageStaysEnglish() throws Exception {
        Path file = complexNpy();
        TensorFileException refusal = assertThrows(TensorFileException.class, () -> TensorFiles.read(file));

        UiLocale.set(Locale.forLanguageTag("pt-BR"));
        assertEquals(
                "'complex.npy': dtype '<c16' não suportado (números complexos); esperava-se float64, float32, int32,"
                        + " int64, uint8 ou bool (<f8 <f4 >f8 >f4 <i4 <i8 |u1 |b1)",
                FileTrouble.of(file, refusal));
        assertEquals(
                "'complex.npy': unsupported dtype '<c16' (complex numbers); expected float64, float32, int32, int64,"
                        + " uint8 or bool (<f8 <f4 >f8 >f4 <i4 <i8 |u1 |b1)",
                refusal.getMessage(),
                "the command line's words");
    }

    @Test
    void aHeaderThatCannotBeParsedSaysEveryPartInPortuguese() throws Exception {
        Path file = dir.resolve("cut.npy");
        Files.write(
                file, new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 6, 0, '{', '\'', 'd', '\'', ':', ' '});
        TensorFileException refusal = assertThrows(TensorFileException.class, () -> TensorFiles.read(file));

        UiLocale.set(Locale.forLanguageTag("pt-BR"));
        assertEquals(
                "'cut.npy': o cabeçalho não pode ser lido no byte 16: o texto termina onde se esperava um valor",
                FileTrouble.of(file, refusal));
        assertEquals(
                "'cut.npy': the header cannot be read at byte 16: the text ends where a value was expected",
                refusal.getMessage());
    }

    @Test
    void everyPartOfACsvRefusalIsTranslatedNotOnlyTheOutside() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "1,2,3\n4,5;6\n");
        TensorFileException refusal = assertThrows(TensorFileException.class, () -> TensorFiles.read(file));

        UiLocale.set(Locale.forLanguageTag("es"));
        assertEquals(
                "'bad.csv': línea 2, columna 3: '5;6' no es un número (los números deben ir separados por comas)",
                FileTrouble.of(file, refusal));
        UiLocale.set(UiLocale.PSEUDO);
        String pseudo = FileTrouble.of(file, refusal);
        assertTrue(pseudo.contains("'bad.csv'") && pseudo.contains("'5;6'"), pseudo);
        assertFalse(pseudo.contains("line") || pseudo.contains("not a number") || pseudo.contains("commas"), pseudo);
        assertEquals(
                "'bad.csv': line 2, column 3: '5;6' is not a number (numbers must be separated by commas)",
                refusal.getMessage());
    }

    @Test
    void aMissingFileIsSaidInChinese() {
        Path gone = dir.resolve("gone.npy");
        TensorFileException refusal = assertThrows(TensorFileException.class, () -> TensorFiles.read(gone));

        UiLocale.set(Locale.forLanguageTag("zh-CN"));
        assertEquals("'gone.npy'：无法读取：没有这个文件或文件夹", FileTrouble.of(gone, refusal));
        assertEquals(
                "'gone.npy'：没有这个文件或文件夹",
                FileTrouble.of(gone, new NoSuchFileException(gone.toString())),
                "a bare failure of the file system, named by the window");
        assertEquals("'gone.npy': cannot be read: no such file or folder", refusal.getMessage());
    }

    @Test
    void theWorkbenchsOpenRefusesAnEmptyNpyInPortuguese() throws Exception {
        MainWindow window = windows.openMain();
        LabWindows.interact(() -> window.openLesson("workbench"));
        KeepWindow keep = window.keep();
        Tensor3 x = window.state().x();
        Path empty = Files.createFile(dir.resolve("vazio.npy"));

        UiLocale.set(Locale.forLanguageTag("pt-BR"));
        Task<?> task = LabWindows.onFx(() -> keep.open(empty, LessonFiles.Slot.X));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                "'vazio.npy': o arquivo está vazio (0 bytes); esperava-se um arquivo .npy do NumPy; nada mudou",
                keep.messageProperty().get());
        assertSame(x, window.state().x(), "x is as it was");
    }
}
