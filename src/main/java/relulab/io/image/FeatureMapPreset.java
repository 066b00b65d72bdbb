package relulab.io.image;

import java.io.IOException;
import relulab.core.EdgeFilters;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Preset;
import relulab.core.text.Explained;
import relulab.core.text.Reason;
import relulab.io.IoReason;

/**
 * Real pre-activations: the program's sample picture (a house, a tree and the sun, drawn by
 * the project itself) filtered by the eight oriented edge detectors of {@link EdgeFilters}.
 *
 * <p>Slice {@code i} is the response to edges at {@code i · 22.5°}: positive where brightness
 * rises in that direction, negative where it falls, exactly 0 on flat areas. ReLU keeps one
 * side of every edge and zeroes the other, which is what a CNN's first ReLU does to its
 * feature maps. The picture is read on first use and the maps are kept (tensors are
 * immutable), so applying the preset again costs nothing.
 */
public final class FeatureMapPreset implements Preset {

    /** The sample picture inside the program's jar (from {@code assets/images/sample.png}). */
    public static final String SAMPLE_RESOURCE = "/relulab/assets/images/sample.png";

    /** The largest picture accepted, so the maps fit the workbench (at most 128×128). */
    public static final int MAX_SIDE = 128;

    private final String resource;
    private Tensor3 maps;

    /**
     * Feature maps that cannot be made because their picture cannot be used; the window says
     * the picture's reason ({@link Explained}).
     */
    public static final class Unavailable extends IllegalStateException implements Explained {
        private static final long serialVersionUID = 1L;

        Unavailable(PictureException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public Reason reason() {
            return ((PictureException) getCause()).reason();
        }
    }

    /** The preset of the program's sample picture. */
    public FeatureMapPreset() {
        this(SAMPLE_RESOURCE);
    }

    /** The preset of another picture on the classpath. */
    public FeatureMapPreset(String resource) {
        this.resource = resource;
    }

    /** {@code feature-maps}. */
    @Override
    public String id() {
        return "feature-maps";
    }

    /**
     * The feature maps, of shape (8, height, width) of the picture; ignores both arguments.
     *
     * @throws IllegalStateException when the picture is missing, damaged or too big
     */
    @Override
    public synchronized Tensor3 create(Shape current, long seed) {
        if (maps == null) {
            maps = compute();
        }
        return maps;
    }

    @Override
    public boolean keepsShape() {
        return false;
    }

    private Tensor3 compute() {
        GrayImage image;
        try {
            image = GrayImage.readResource(resource);
        } catch (PictureException e) {
            throw new Unavailable(e);
        } catch (IOException e) {
            throw new Unavailable(new PictureException(IoReason.reason(e), e));
        }
        if (image.height() > MAX_SIDE || image.width() > MAX_SIDE) {
            throw new Unavailable(new PictureException(
                    Reason.of(
                            FeatureMapPreset.class,
                            "picture.tooBig",
                            resource,
                            String.valueOf(image.height()),
                            String.valueOf(image.width()),
                            String.valueOf(MAX_SIDE)),
                    null));
        }
        return EdgeFilters.featureMaps(image.values(), image.height(), image.width());
    }
}
