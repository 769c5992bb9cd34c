import Foundation
import LessonKit
import Testing

/// The Chinese teachers' guide stays in step with the English one.
///
/// Both guides must document the same things: every front-matter key, cost sub-key, generator
/// field, section, placeholder and question field that one guide's tables list, the other's list
/// too; and every section and placeholder the reader knows appears in both.
@Suite("The teachers' guide in English and Traditional Chinese")
struct GuideParityTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons")

    /// A guide's text, without the English guide's glossary (which has no Chinese twin table).
    static func guide(_ name: String) throws -> String {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.components(separatedBy: "## 繁體中文用詞表").first ?? text
    }

    /// The backticked names in the first column of every table row: the keys and names a guide documents.
    static func documentedNames(_ text: String) -> Set<String> {
        var names: Set<String> = []
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let firstCell = line.dropFirst().prefix { $0 != "|" }
            let pieces = firstCell.split(separator: "`", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() where index % 2 == 1 { names.insert(String(piece)) }
        }
        return names
    }

    @Test("both guides' tables list the same keys, fields, sections and placeholders")
    func sameNames() throws {
        let english = Self.documentedNames(try Self.guide("README.md"))
        let chinese = Self.documentedNames(try Self.guide("README.zh-TW.md"))
        #expect(english.count > 30)
        #expect(english.subtracting(chinese).isEmpty, "missing from README.zh-TW.md: \(english.subtracting(chinese).sorted())")
        #expect(chinese.subtracting(english).isEmpty, "missing from README.md: \(chinese.subtracting(english).sorted())")
    }

    @Test("every section and placeholder the reader knows is documented in both guides")
    func everySectionAndPlaceholder() throws {
        for file in ["README.md", "README.zh-TW.md"] {
            let names = Self.documentedNames(try Self.guide(file))
            for section in SectionKind.allCases {
                #expect(names.contains(section.rawValue), "\(file) does not document the section \(section.rawValue)")
            }
            for placeholder in Placeholder.allCases {
                #expect(names.contains("{\(placeholder.rawValue)}"), "\(file) does not document {\(placeholder.rawValue)}")
            }
        }
    }

    @Test("both guides have the same number of chapters")
    func sameChapters() throws {
        func chapters(_ text: String) -> Int { text.split(separator: "\n").filter { $0.hasPrefix("## ") }.count }
        #expect(chapters(try Self.guide("README.md")) == chapters(try Self.guide("README.zh-TW.md")))
    }
}
