#!/usr/bin/env python3
"""Trains the small network behind the `digits` lesson and writes its 1×1 layer as .npy files.

The data is scikit-learn's bundled 8×8 handwritten digits (`sklearn.datasets.load_digits`:
1,797 images, pixel values 0–16, shipped inside the package, no download). The network, on the
CPU with PyTorch:

    8×8 digit (1 channel)
      → 3×3 convolution, 8 kernels, no padding, ReLU   → 6×6×8   the feature maps entering …
      → 1×1 convolution, 8 → 4 channels, bias, ReLU     → 6×6×4   … the layer the lesson walks
      → flatten (144 values) → fully connected → 10 classes (the digits 0–9)

Everything is seeded (Python, NumPy, PyTorch; one thread; deterministic algorithms), so the same
versions give the same numbers on every run. A quarter of the images (stratified, seed 0) are held
out; the script prints the accuracy on them after training.

It writes into Lessons/ (float32, the network's own values; the lesson rounds them):
    digits-input.npy    [8, 6, 6]     the feature maps of one test digit entering the 1×1 layer
    digits-weights.npy  [4, 8, 1, 1]  the 1×1 layer's weights, PyTorch's Conv2d layout
    digits-bias.npy     [4]           its bias
    digits-image.npy    [1, 8, 8]     that digit itself, pixel values 0–16 (uint8)

Usage: scripts/train-digits.py [--out Lessons]
"""
import argparse
import os
import random

import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

SEED = 0
EPOCHS = 40
DIGIT_SHOWN = 3  # the lesson shows the first test image of this class


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.features = torch.nn.Conv2d(1, 8, kernel_size=3)
        self.pointwise = torch.nn.Conv2d(8, 4, kernel_size=1)
        self.classifier = torch.nn.Linear(4 * 6 * 6, 10)

    def forward(self, x):
        maps = torch.relu(self.features(x))
        mixed = torch.relu(self.pointwise(maps))
        return self.classifier(mixed.flatten(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "Lessons")))
    args = parser.parse_args()

    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)

    digits = load_digits()
    images = digits.images.astype(np.float32) / 16.0  # 0–16 → 0–1 for training
    x_train, x_test, y_train, y_test, raw_train, raw_test = train_test_split(
        images, digits.target, digits.images, test_size=0.25, random_state=SEED, stratify=digits.target)
    x_train = torch.from_numpy(x_train).unsqueeze(1)
    x_test = torch.from_numpy(x_test).unsqueeze(1)
    y_train = torch.from_numpy(y_train).long()
    y_test = torch.from_numpy(y_test).long()

    net = Net()
    optimiser = torch.optim.Adam(net.parameters(), lr=0.01)
    generator = torch.Generator().manual_seed(SEED)
    for _ in range(EPOCHS):
        net.train()
        order = torch.randperm(len(x_train), generator=generator)
        for start in range(0, len(order), 64):
            batch = order[start:start + 64]
            optimiser.zero_grad()
            loss = torch.nn.functional.cross_entropy(net(x_train[batch]), y_train[batch])
            loss.backward()
            optimiser.step()

    net.eval()
    with torch.no_grad():
        predicted = net(x_test).argmax(1)
        correct = int((predicted == y_test).sum())
        accuracy = correct / len(y_test)
        index = int(np.flatnonzero(y_test.numpy() == DIGIT_SHOWN)[0])
        digit = x_test[index:index + 1]
        maps = torch.relu(net.features(digit))[0]
        mixed = torch.relu(net.pointwise(maps.unsqueeze(0)))[0]
        guess = int(predicted[index])

    weights = net.pointwise.weight.detach().numpy().astype(np.float32)
    bias = net.pointwise.bias.detach().numpy().astype(np.float32)
    maps = maps.numpy().astype(np.float32)
    os.makedirs(args.out, exist_ok=True)
    np.save(os.path.join(args.out, "digits-input.npy"), maps)
    np.save(os.path.join(args.out, "digits-weights.npy"), weights)
    np.save(os.path.join(args.out, "digits-bias.npy"), bias)
    np.save(os.path.join(args.out, "digits-image.npy"), raw_test[index].astype(np.uint8)[None])

    # What the lesson computes: the same layer on the values rounded to 2 decimal places.
    rounded = np.maximum(0, np.einsum("oc,chw->ohw", np.round(weights[:, :, 0, 0], 2), np.round(maps, 2))
                         + np.round(bias, 2)[:, None, None])
    print(f"torch {torch.__version__}, {len(x_train)} training and {len(x_test)} test images, {EPOCHS} epochs")
    print(f"test accuracy: {correct} of {len(y_test)} = {accuracy:.1%}")
    print(f"the lesson's digit: test image {index}, a {DIGIT_SHOWN}, classified as {guess}")
    print(f"feature maps entering the 1×1 layer: {list(maps.shape)}, values {maps.min():.3f} to {maps.max():.3f}")
    print(f"1×1 weights {list(weights.shape)}, bias {list(bias.shape)}")
    print(f"largest difference between the layer's float output and the output from values rounded to "
          f"2 places: {np.abs(rounded - mixed.numpy()).max():.4f}")


if __name__ == "__main__":
    main()
