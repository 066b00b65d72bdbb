package relulab.core;

/**
 * {@link Gelu}'s forward and backward pass in NumPy and Octave: the same formulas in the same
 * order, without the extra digits the Java carries in the tail (the check allows rounding).
 * NumPy has no erf, so Python's {@code math.erfc} is applied element by element.
 */
final class GeluCode {

    static final ActivationCode EXACT = new ActivationCode("""
            # out = x P(x), P(x) = erfc(-x / sqrt(2)) / 2 the normal distribution function
            from math import erfc
            cdf = 0.5 * np.vectorize(erfc, otypes=[float])(-x / np.sqrt(2.0))
            out = np.where(np.abs(x) > 1e100, np.where(x > 0, x, -0.0), x * cdf)
            """, """
            # dx = (P(x) + x p(x)) dout, p(x) = e^(-x^2/2) / sqrt(2 pi); a zero slope blocks dout
            from math import erfc
            cdf = 0.5 * np.vectorize(erfc, otypes=[float])(-x / np.sqrt(2.0))
            pdf = np.exp(-0.5 * (x * x)) / np.sqrt(2.0 * np.pi)
            s = np.where(np.abs(x) > 1e100, np.where(x > 0, 1.0, 0.0), cdf + x * pdf)
            dx = np.where(s == 0, 0.0, s * dout)
            """, """
            % forward: out = x P(x), P(x) = erfc(-x / sqrt(2)) / 2 the normal distribution function
            out = x .* (0.5 * erfc(-x / sqrt(2)));
            huge = abs(x) > 1e100;
            out(huge & x > 0) = x(huge & x > 0);
            out(huge & x < 0) = -0;
            """, """
            % backward: dx = (P(x) + x p(x)) dout, p(x) = e^(-x^2/2) / sqrt(2 pi)
            s = 0.5 * erfc(-x / sqrt(2)) + x .* (exp(-0.5 * (x .* x)) / sqrt(2 * pi));
            huge = abs(x) > 1e100;
            s(huge & x > 0) = 1;
            s(huge & x < 0) = 0;
            dx = s .* dout;
            dx(s == 0) = 0;
            """, false);

    static final ActivationCode TANH = new ActivationCode("""
            # out = x (1 + tanh(u)) / 2 = x s(2u), u = sqrt(2/pi) (x + 0.044715 x^3), s(t) = 1 / (1 + e^-t)
            u2 = 2.0 * (0.7978845608028654 * (x + 0.044715 * (x * x * x)))
            e = np.exp(-np.abs(u2))
            h = np.where(u2 >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
            out = np.where(np.abs(x) > 1e100, np.where(x > 0, x, -0.0), x * h)
            """, """
            # dx = (s(2u) + x 2 s(2u) s(-2u) sqrt(2/pi) (1 + 3 0.044715 x^2)) dout; a zero slope blocks dout
            u2 = 2.0 * (0.7978845608028654 * (x + 0.044715 * (x * x * x)))
            e = np.exp(-np.abs(u2))
            h = np.where(u2 >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
            g = np.where(u2 >= 0, e / (1.0 + e), 1.0 / (1.0 + e))
            k = h + x * (2.0 * h * g) * (0.7978845608028654 * (1.0 + 3.0 * 0.044715 * (x * x)))
            s = np.where(np.abs(x) > 1e100, np.where(x > 0, 1.0, 0.0), k)
            dx = np.where(s == 0, 0.0, s * dout)
            """, """
            % forward: out = x (1 + tanh(u)) / 2 = x s(2u), u = sqrt(2/pi) (x + 0.044715 x^3)
            u2 = 2 * (0.7978845608028654 * (x + 0.044715 * (x .* x .* x)));
            e = exp(-abs(u2));
            h = e ./ (1 + e);
            h(u2 >= 0) = 1 ./ (1 + e(u2 >= 0));
            out = x .* h;
            huge = abs(x) > 1e100;
            out(huge & x > 0) = x(huge & x > 0);
            out(huge & x < 0) = -0;
            """, """
            % backward: dx = (s(2u) + x 2 s(2u) s(-2u) sqrt(2/pi) (1 + 3 0.044715 x^2)) dout
            u2 = 2 * (0.7978845608028654 * (x + 0.044715 * (x .* x .* x)));
            e = exp(-abs(u2));
            h = e ./ (1 + e);
            h(u2 >= 0) = 1 ./ (1 + e(u2 >= 0));
            g = 1 ./ (1 + e);
            g(u2 >= 0) = e(u2 >= 0) ./ (1 + e(u2 >= 0));
            s = h + x .* (2 * h .* g) .* (0.7978845608028654 * (1 + 3 * 0.044715 * (x .* x)));
            huge = abs(x) > 1e100;
            s(huge & x > 0) = 1;
            s(huge & x < 0) = 0;
            dx = s .* dout;
            dx(s == 0) = 0;
            """, false);

    private GeluCode() {}
}
