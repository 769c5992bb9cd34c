import Foundation
import PointwiseCore
import TestSupport
import Testing

@testable import LessonKit

/// NumPy writes a file of every element type, byte order, memory order and format version; the
/// reader's values must equal NumPy's reading of the same file, rounded exactly by Python's
/// `decimal` module (an independent computation, not ours).
@Suite("Reading .npy files")
struct NumpyReaderTests {
    /// Writes the files and prints, per file, its name, its shape and its values in C order,
    /// rounded half to even to 3 places by `decimal` (integers exactly).
    static let writer = #"""
        import itertools, json, sys
        from decimal import Decimal, ROUND_HALF_EVEN
        import numpy as np
        rng = np.random.default_rng(7)
        out = []
        types = ["?", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8", "f2", "f4", "f8"]
        for code, endian, order, version in itertools.product(types, "<>", "CF", [(1, 0), (2, 0), (3, 0)]):
            shape = (2, 3, 4)
            if code == "?":
                values = rng.integers(0, 2, shape).astype(bool)
            elif code[0] == "i":
                bits = int(code[1]) * 8
                values = rng.integers(-(2 ** (bits - 1)), 2 ** (bits - 1) - 1, shape, dtype=np.int64, endpoint=True)
            elif code[0] == "u":
                bits = int(code[1]) * 8
                top = 2 ** 63 - 1 if bits == 64 else 2 ** bits - 1
                values = rng.integers(0, top, shape, dtype=np.uint64, endpoint=True)
            else:
                values = rng.normal(0, 40, shape)
                values.flat[0] = 0.125   # a true tie: 0.12
                values.flat[1] = 2.675   # really 2.67499…: 2.67
                values.flat[2] = -0.0005 # a tie below zero: -0.000 → 0
            dtype = np.dtype(code).newbyteorder(endian) if code != "?" else np.dtype("?")
            array = np.asarray(values).astype(dtype)
            array = np.asfortranarray(array) if order == "F" else np.ascontiguousarray(array)
            name = f"{code}-{'le' if endian == '<' else 'be'}-{order}-v{version[0]}.npy"
            with open(name, "wb") as f:
                np.lib.format.write_array(f, array, version=version)
            back = np.load(name, allow_pickle=False)
            assert back.flags.f_contiguous == (order == "F") or back.ndim < 2
            def exact(x):
                if back.dtype.kind == "f":
                    d = Decimal(float(x)).quantize(Decimal("0.001"), rounding=ROUND_HALF_EVEN)
                else:
                    d = Decimal(int(x))
                return "0" if d == 0 else format(d.normalize(), "f")
            out.append({"name": name, "shape": list(back.shape), "fortran": bool(back.flags.f_contiguous and not back.flags.c_contiguous),
                        "values": [exact(x) for x in back.reshape(-1, order="C")]})
        print(json.dumps(out))
        """#

    struct Expected: Decodable {
        let name: String
        let shape: [Int]
        let fortran: Bool
        let values: [String]
    }

    @Test("every dtype, byte order, memory order and version reads as NumPy reads it")
    func everyKindOfFile() throws {
        let folder = try TemporaryFolder(prefix: "pointwise-data-")
        let output = try PythonRun.run(Self.writer, in: folder.path)
        let expected = try JSONDecoder().decode([Expected].self, from: Data(output.utf8))
        #expect(expected.count == 12 * 2 * 2 * 3)
        for file in expected {
            let bytes = try folder.bytes(file.name)
            let array = try NumpyReader.read(bytes).get()
            #expect(array.shape == file.shape, "\(file.name)")
            #expect(array.isFortranOrder == file.fortran, "\(file.name)")
            let values = try DataFileValues.read(array, decimals: 3, fileName: file.name).get()
            let read = values.units.map { ExactDecimal(units: Int128($0), scale: values.scale).description }
            #expect(read == file.values, "\(file.name)")
        }
    }

    @Test("float files of whole numbers need no decimals; others must say how to round")
    func decimalsRequiredForFractions() throws {
        let folder = try TemporaryFolder(prefix: "pointwise-data-")
        _ = try PythonRun.run(
            """
            import numpy as np
            np.save("whole.npy", np.array([[1.0, -2.0], [3.0, 40.0]], dtype=np.float32))
            np.save("fraction.npy", np.array([[1.0, 0.5]], dtype=np.float64))
            """, in: folder.path)
        let whole = try NumpyReader.read(try folder.bytes("whole.npy")).get()
        let values = try DataFileValues.read(whole, decimals: nil, fileName: "whole.npy").get()
        #expect(values.units == [1, -2, 3, 40] && values.scale == 0 && !values.wereRounded)
        let fraction = try NumpyReader.read(try folder.bytes("fraction.npy")).get()
        guard case .failure(let problem) = DataFileValues.read(fraction, decimals: nil, fileName: "fraction.npy") else {
            Issue.record("a fraction without decimals was accepted")
            return
        }
        #expect(problem.message.contains("not whole numbers"))
        #expect(problem.notes.contains { $0.contains("decimals: N") })
        // 0.5 kept exactly with 3 places asked: not rounded, and shown as 0.5.
        let kept = try DataFileValues.read(fraction, decimals: 3, fileName: "fraction.npy").get()
        #expect(kept.units == [10, 5] && kept.scale == 1 && !kept.wereRounded)
    }

    @Test("infinities, NaN and values too large to keep are refused, naming the position")
    func nonFinite() throws {
        let folder = try TemporaryFolder(prefix: "pointwise-data-")
        _ = try PythonRun.run(
            """
            import numpy as np
            np.save("inf.npy", np.array([[1.0, np.inf]]))
            np.save("nan.npy", np.array([1.0, 2.0, np.nan], dtype=np.float16))
            np.save("huge.npy", np.array([1e300]))
            np.save("u64.npy", np.array([2**64 - 1], dtype=np.uint64))
            """, in: folder.path)
        for (name, words) in [
            ("inf.npy", "[0, 1] is not a finite"), ("nan.npy", "[2] is not a finite"),
            ("huge.npy", "too large"), ("u64.npy", "too large"),
        ] {
            let array = try NumpyReader.read(try folder.bytes(name)).get()
            guard case .failure(let problem) = DataFileValues.read(array, decimals: 2, fileName: name) else {
                Issue.record("\(name) was accepted")
                continue
            }
            #expect(problem.message.contains(words), "\(name): \(problem.message)")
        }
    }

    @Test("malformed, truncated, pickled and oversized files are refused with what is wrong")
    func refusals() throws {
        let folder = try TemporaryFolder(prefix: "pointwise-data-")
        _ = try PythonRun.run(
            """
            import numpy as np
            np.save("good.npy", np.arange(24, dtype=np.int16).reshape(2, 3, 4))
            np.save("objects.npy", np.array([1, "two", None], dtype=object), allow_pickle=True)
            np.save("complex.npy", np.array([1 + 2j]))
            np.save("text.npy", np.array(["a", "b"]))
            np.save("records.npy", np.zeros(2, dtype=[("x", "<f4"), ("y", "<i4")]))
            np.lib.format.write_array(open("big.npy", "wb"), np.zeros((1,), dtype=np.uint8))
            """, in: folder.path)
        let good = try folder.bytes("good.npy")
        func problem(_ bytes: [UInt8], maximumValues: Int = DataFileLimits.maximumValues) -> DataFileProblem? {
            if case .failure(let problem) = NumpyReader.read(bytes, maximumValues: maximumValues) { return problem }
            return nil
        }
        #expect(problem(good) == nil)
        #expect(problem(Array(good.dropLast(3)))?.message.contains("truncated") == true)
        #expect(problem(good + [0])?.message.contains("after the data") == true)
        #expect(problem(Array(good.prefix(20)))?.message.contains("ends inside its header") == true)
        #expect(problem(Array("not numpy at all".utf8))?.message.contains("not a NumPy") == true)
        #expect(problem(try folder.bytes("objects.npy"))?.message.contains("never loaded") == true)
        #expect(problem(try folder.bytes("complex.npy"))?.message.contains("data type") == true)
        #expect(problem(try folder.bytes("text.npy"))?.message.contains("data type") == true)
        #expect(problem(try folder.bytes("records.npy"))?.message.contains("structured") == true)
        // Oversized: refused from the header's shape alone, before any value is decoded.
        #expect(problem(good, maximumValues: 23)?.message.contains("more than 23 values") == true)
        var version = good
        version[6] = 4
        #expect(problem(version)?.message.contains("version 4.0") == true)

        // The header is parsed as the literal it is: anything else is refused, at its byte.
        func withHeader(_ header: String) -> [UInt8] {
            var text = header
            while (10 + text.utf8.count + 1) % 64 != 0 { text += " " }
            text += "\n"
            let length = text.utf8.count
            return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(text.utf8) + [1, 2, 3, 4]
        }
        #expect(problem(withHeader("{'descr': '|u1', 'fortran_order': False, 'shape': (4,), }")) == nil)
        #expect(problem(withHeader("{\"descr\": \"|u1\", \"fortran_order\": False, \"shape\": (2, 2)}")) == nil)
        let bad = [
            "{'descr': '|u1', 'fortran_order': False, 'shape': (4), }",
            "{'descr': '|u1', 'fortran_order': 0, 'shape': (4,), }",
            "{'descr': '|u1', 'shape': (4,), }",
            "{'descr': '|u1', 'fortran_order': False, 'shape': (4,), 'extra': 1}",
            "{'descr': '|u1', 'descr': '|u1', 'fortran_order': False, 'shape': (4,)}",
            "{'descr': '|u1', 'fortran_order': False, 'shape': (-4,), }",
            "{'descr': '|u1', 'fortran_order': __import__('os'), 'shape': (4,), }",
            "{'descr': '<u2', 'fortran_order': False, 'shape': (2,), } trailing",
            "['descr', '|u1']",
        ]
        for header in bad {
            let refusal = problem(withHeader(header))
            #expect(refusal?.message.hasPrefix("its header is not a valid .npy header") == true, "\(header)")
            #expect(refusal?.offset != nil, "\(header)")
        }
    }

    @Test("rounding is exact and ties go to even")
    func halfEven() {
        #expect(HalfEvenRounding.units(of: 0.125, decimals: 2) == 12)
        #expect(HalfEvenRounding.units(of: 0.375, decimals: 2) == 38)
        #expect(HalfEvenRounding.units(of: 2.675, decimals: 2) == 267)
        #expect(HalfEvenRounding.units(of: -2.5, decimals: 0) == -2)
        #expect(HalfEvenRounding.units(of: 1e-300, decimals: 18) == 0)
        #expect(HalfEvenRounding.units(of: 9.2e18, decimals: 0) == 9_200_000_000_000_000_000)
        #expect(HalfEvenRounding.units(of: 1e19, decimals: 0) == nil)
        #expect(NumpyElementType.halfToDouble(0x3C00) == 1)
        #expect(NumpyElementType.halfToDouble(0x0001) == 0x1p-24)
        #expect(NumpyElementType.halfToDouble(0xC000) == -2)
    }
}
