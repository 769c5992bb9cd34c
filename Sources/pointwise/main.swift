print("pointwise")
