import Foundation
import LessonKit
import Testing

/// In the Chinese texts a row is 列, a column 欄 and a line of a file 行, one word each.
///
/// Taiwanese usage also writes a matrix's column as 行 (橫列直行), but the same messages name a
/// line of the lesson file as 行 (「第 3 行第 5 欄」), so a learner could not tell "column 3" from
/// "line 3". The glossary in Lessons/README.md records the choice; this holds every catalogue
/// entry to it, against its English text.
@Suite("列, 欄 and 行: a row, a column and a line, one Chinese word each")
struct RowColumnLineTests {
    /// Every form of a message: its text, or both plural forms.
    static func forms(_ message: Message) -> [String] {
        switch message {
        case .text(let text): [text]
        case .plural(_, let one, let other): [one, other]
        }
    }

    /// Words where 行 means doing or going, not a line.
    static let otherMeanings = ["執行", "進行", "行為", "可行", "運行", "並行", "行不通", "行動"]

    /// Texts whose English leaves the line unsaid: "a tab is used for indentation" (on this line).
    static let linesUnsaid: Set<TextKey> = [.yamlTabIndent]

    /// The words of a text, its `{placeholders}` left out, in lower case.
    static func words(_ text: String) -> Set<String> {
        let prose = text.replacingOccurrences(of: "\\{[^}]*\\}", with: " ", options: .regularExpression)
        return Set(prose.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    static let pairs: [(key: TextKey, english: [String], chinese: [String])] = {
        let english = Catalogue.messages(.english)
        let chinese = Catalogue.messages(.traditionalChinese)
        return TextKey.allCases.compactMap { key in
            guard let en = english[key], let zh = chinese[key] else { return nil }
            return (key, forms(en), forms(zh))
        }
    }()

    @Test("行 in a Chinese text is always a line: its English text speaks of lines")
    func lineIsHang() {
        var checked = 0
        for (key, english, chinese) in Self.pairs {
            let zh = Self.otherMeanings.reduce(chinese.joined(separator: " ")) { $0.replacingOccurrences(of: $1, with: "") }
            guard zh.contains("行"), !Self.linesUnsaid.contains(key) else { continue }
            checked += 1
            let en = english.map(Self.words).reduce(Set()) { $0.union($1) }
            let speaksOfLines = !en.isDisjoint(with: ["line", "lines", "newline", "newlines"]) || english.joined().contains("\\n")
            #expect(speaksOfLines, "\(key.rawValue): «\(zh)» uses 行, but its English «\(english[0])» has no line")
        }
        #expect(checked >= 10)
    }

    @Test("a column in an English text is 欄 in Chinese, and a row 列")
    func columnIsLan() {
        var columns = 0
        var rows = 0
        for (key, english, chinese) in Self.pairs {
            let en = english.map(Self.words).reduce(Set()) { $0.union($1) }
            let zh = chinese.joined(separator: " ")
            if !en.isDisjoint(with: ["column", "columns"]) {
                columns += 1
                #expect(zh.contains("欄"), "\(key.rawValue): «\(english[0])» has a column, «\(zh)» no 欄")
            }
            if !en.isDisjoint(with: ["row", "rows"]) {
                rows += 1
                #expect(zh.contains("列"), "\(key.rawValue): «\(english[0])» has a row, «\(zh)» no 列")
            }
        }
        #expect(columns >= 3 && rows >= 3)
    }
}
