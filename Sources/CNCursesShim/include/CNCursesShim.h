void pointwise_shim_placeholder(void);
