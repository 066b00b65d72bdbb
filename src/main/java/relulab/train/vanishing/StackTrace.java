package relulab.train.vanishing;

/**
 * What one forward and backward pass through a {@link DeepStack} leaves behind, layer 1 (next
 * to the input) first: {@code norms[l] = ‖∂L/∂h_l‖₂}, the norm of the gradient with respect to
 * layer l+1's input, and {@code slopes[l][u] = f′(z_{l+1,u})}, the slope each unit of layer l+1
 * multiplied the gradient by.
 */
record StackTrace(double[] norms, double[][] slopes) {}
