import LessonKit
import Testing

/// The YAML subset reader's and the UTF-8 check's problems come from the catalogue, so they read
/// in Chinese too; every one of their entries is something a real file can produce.
@Suite("Syntax errors from the catalogue")
struct SyntaxCatalogueTests {
    /// Front matters with every syntax problem the reader reports, a few per text.
    static let brokenFrontMatters: [String] = [
        "a: &x 1\nb: *x\nc: !t 1\nd: |\ne: @1\nf: `1\ng: %1\n? h\ni: [1, - 2]\nj: ]\nk: ,1\n",
        "m: {a: 1 b: 2}\nn: [a: 1]\no: \"\\q\"\np: \"\\u12\"\nq: \"\\uD800\"\nr: 'abc\ns: \"abc\n",
        "input: 1\ninput: 2\nweights: [[1]] x\nt: [1, 2\nu: 3\n  v: 4\n- w\nx y\n{a: 1}: 2\n",
        "z: {a: 1, , b: 2}\nzz: [1, , 2]\nzy: {[1]: 2}\nzx: {a 1}\nzw: a: b\nzv: - 1\nzu: {a: 1\n%YAML 1.2\n",
        "a: {b: 1} c\nd: e:f\ng: {h:i}\nj: 1#k\nl: [1#m]\nn: {o: 1#p}\nq: \"\u{7}\"\n\tr: 1\n---\ns: 1\n",
        "a: \"b\" c\nd: \"e\"#f\ng: : 1\nh: [1, \"b\" c]\ni:\n  - [1]: 2\n",
        "  a: 1\nb: 2\n",
        "- 1\n- 2\nx: 1\n",
        "a: " + String(repeating: "[", count: 40) + "1" + String(repeating: "]", count: 40) + "\n",
        String(repeating: "a: &x 1\n", count: 60),
        String(repeating: "#", count: 8 * 1024 * 1024 + 1),
    ]

    /// Entries no small text reaches: more than a million values (a bound `HostileLessonTests` tests).
    static let unreached: Set<TextKey> = [.yamlTooManyValues, .yamlTooManyValuesNote]

    @Test("every syntax problem is a catalogue entry, message and notes alike")
    func everyProblemIsAnEntry() {
        for text in Self.brokenFrontMatters {
            let (_, diagnostics) = YAMLParser.parse(text, firstLine: 2)
            #expect(!diagnostics.isEmpty, "\(text.prefix(60))")
            for diagnostic in diagnostics {
                #expect(diagnostic.catalogueText != nil, "English only: \(diagnostic.message)")
                #expect(diagnostic.catalogueNotes?.count == diagnostic.notes.count, "English-only notes: \(diagnostic.notes)")
            }
        }
    }

    @Test("every syntax entry of the catalogue is reported for some text")
    func everyEntryIsReached() {
        var reached: Set<TextKey> = []
        for text in Self.brokenFrontMatters {
            for diagnostic in YAMLParser.parse(text, firstLine: 2).1 {
                for part in [diagnostic.catalogueText].compactMap({ $0 }) + (diagnostic.catalogueNotes ?? []) {
                    reached.insert(part.key)
                    reached.formUnion(part.nested.values.map(\.key))
                }
            }
        }
        let (_, utf8) = UTF8Decoding.decode(Array("a: \"".utf8) + [0xFF, 0x22, 0x0A, 0xC3])
        for diagnostic in utf8 {
            reached.formUnion([diagnostic.catalogueText?.key].compactMap { $0 } + (diagnostic.catalogueNotes ?? []).map(\.key))
        }
        let syntaxKeys = TextKey.allCases.filter { $0.rawValue.hasPrefix("yaml.") || $0.rawValue.hasPrefix("utf8.") }
        let missing = syntaxKeys.filter { !reached.contains($0) && !Self.unreached.contains($0) }.map(\.rawValue)
        #expect(missing.isEmpty, "never reported: \(missing)")
    }

    @Test("a syntax error reads in Chinese with the same location, and its English is unchanged")
    func chineseAndEnglish() throws {
        let (_, diagnostics) = YAMLParser.parse("input: 1\ninput: 2\n", firstLine: 2)
        let duplicate = try #require(diagnostics.first)
        #expect(duplicate.location == SourceLocation(line: 3, column: 1))
        #expect(duplicate.message == "duplicate key 'input'; first defined at line 2")
        #expect(duplicate.message(.traditionalChinese) == "重複的鍵「input」；第一次出現在第 2 行")
        #expect(duplicate.notes(.traditionalChinese) == ["同一個對應表裡，每個鍵只能出現一次；這一個被略過了"])
        let (_, utf8) = UTF8Decoding.decode([0x61, 0xFF, 0xFE])
        let invalid = try #require(utf8.first)
        #expect(invalid.message == "the file is not valid UTF-8: the byte sequence 0xFF here is not a character")
        #expect(invalid.message(.traditionalChinese) == "這個檔案不是有效的 UTF-8：這裡的位元組序列 0xFF 不是一個字元")
        #expect(invalid.notes(.traditionalChinese) == ["請用 UTF-8 編碼儲存檔案", "整個檔案共有 2 個無效的位元組序列"])
    }
}
