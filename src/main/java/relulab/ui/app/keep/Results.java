package relulab.ui.app.keep;

import relulab.core.Activation;
import relulab.core.Mask;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabSnapshot;

/**
 * The layer's results as files hold them, computed from one snapshot the way
 * {@code relu-lab compute} writes them: {@code out} and {@code dx} in x's floating type
 * (float32 in, float32 out), the masks {@code gate = x > 0} and {@code zeroed = x < 0} as bool.
 */
enum Results {
    OUT("out"),
    GATE("gate"),
    ZEROED("zeroed"),
    DX("dx");

    private final String fileName;

    Results(String fileName) {
        this.fileName = fileName;
    }

    /** The usual file name without extension, as compute writes it. */
    String fileName() {
        return fileName;
    }

    /** What the menu says of it. */
    String label() {
        Messages words = Messages.of(Results.class);
        return words.format("result.item", words.get("result." + fileName + ".name"), words.get("result." + fileName));
    }

    /** This result of the layer in {@code s}; {@code xType} is how x was stored. */
    TensorData of(LabSnapshot s, DType xType) {
        DType values = xType == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        // A float32 result is NumPy's float32 arithmetic: Leaky ReLU's slope rounded to float32 first.
        Activation f = values == DType.FLOAT32 ? s.activation().forFloat32() : s.activation();
        return switch (this) {
            case OUT -> new TensorData(f.forward(s.x()), values, 3);
            case DX -> new TensorData(f.backward(s.x(), s.dout()), values, 3);
            case GATE -> new TensorData(asTensor(Mask.gate(s.x())), DType.BOOL, 3);
            case ZEROED -> new TensorData(asTensor(Mask.zeroed(s.x())), DType.BOOL, 3);
        };
    }

    private static Tensor3 asTensor(Mask m) {
        return Tensor3.generate(m.shape(), i -> m.get(i) ? 1.0 : 0.0);
    }
}
