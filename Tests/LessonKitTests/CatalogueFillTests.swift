import LessonKit
import Testing

/// Parameters filled into Chinese and English texts: every `{name}` with an argument replaced
/// once, values never read again, the rest of the text kept byte for byte.
@Suite("Filling the catalogue's parameters")
struct CatalogueFillTests {
    @Test("Chinese and English texts get their values, and nothing else changes")
    func filled() {
        #expect(Catalogue.text(.hiddenRows, .traditionalChinese, ["range": "3–7", "total": "28"]) == "列 3–7（共 28）")
        #expect(Catalogue.text(.hiddenRows, .english, ["range": "3–7", "total": "28"]) == "rows 3–7 of 28")
    }

    @Test("a value that looks like a parameter is shown as it is, and a missing one stays written")
    func valuesAreNotReread() {
        #expect(Catalogue.text(.hiddenRows, .english, ["range": "{total}", "total": "28"]) == "rows {total} of 28")
        #expect(Catalogue.text(.hiddenRows, .traditionalChinese, ["range": "é{", "total": "}"]) == "列 é{（共 }）")
        #expect(Catalogue.text(.hiddenRows, .english, ["range": "1–2"]) == "rows 1–2 of {total}")
    }
}
