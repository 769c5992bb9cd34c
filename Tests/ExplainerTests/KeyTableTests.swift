import Explainer
import Foundation
import LessonKit
import Testing

/// The key table is the one source of the key bindings and of every place that lists them.
@Suite("The key table")
struct KeyTableTests {
    /// Every key a row binds, with its command.
    static var bindings: [(Key, Command)] {
        KeyTable.rows.flatMap { row in row.commands.flatMap { entry in entry.keys.map { ($0, entry.command) } } }
    }

    @Test("every command has a key, and no key runs two commands")
    func everyCommandOnce() {
        let commands = Set(Self.bindings.map(\.1))
        for command in Command.allCases { #expect(commands.contains(command), "\(command) has no key") }
        var seen: [Key: Command] = [:]
        for (key, command) in Self.bindings {
            if let earlier = seen[key] { Issue.record("\(key) runs both \(earlier) and \(command)") }
            seen[key] = command
        }
    }

    @Test("the update runs the table's command for each of its keys")
    func updateFollowsTheTable() {
        for (key, command) in Self.bindings { #expect(Command(key: key) == command, "\(key)") }
        #expect(Command(key: .character("Z")) == nil)
    }

    @Test("the help overlay lists every row in the lesson's language", arguments: InterfaceLanguage.allCases)
    func helpOverlay(language: InterfaceLanguage) throws {
        let lesson = try sourceNoteLesson(language: language.rawValue)
        let screen = text(state(lesson, keys: [.character("?")]), 120, 40)
        for row in KeyTable.rows where row.places.contains(.helpOverlay) {
            #expect(screen.contains(row.help(language)), "help overlay lacks «\(row.help(language))»\n\(screen)")
        }
    }

    @Test("the status line shows the table's hints", arguments: InterfaceLanguage.allCases)
    func statusLine(language: InterfaceLanguage) throws {
        let lesson = try sourceNoteLesson(language: language.rawValue)
        let wide = ExplainerRenderer.render(state(lesson, keys: [.right]), width: 120, height: 30).lines().last ?? ""
        #expect(wide.contains(KeyTable.statusHints(language, .wide)), "\(wide)")
        let narrow = ExplainerRenderer.render(state(lesson, keys: [.right]), width: 80, height: 30).lines().last ?? ""
        #expect(
            narrow.contains(KeyTable.statusHints(language, .normal)) || narrow.contains(KeyTable.statusHints(language, .short)), "\(narrow)"
        )
        #expect(KeyTable.statusHints(language, .short).count < KeyTable.statusHints(language, .normal).count)
        #expect(KeyTable.statusHints(language, .normal).count < KeyTable.statusHints(language, .wide).count)
    }

    /// The first column of the README's key table.
    static func readmeKeyColumn(filePath: String = #filePath) throws -> [String] {
        let readme = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### Keys").dropFirst().first)
        return section.split(separator: "\n").prefix { !$0.hasPrefix("**") }.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| key") }
            .map { String($0.dropFirst(2).prefix { $0 != "|" }) }
    }

    /// The README's key table: each row's keys (split at spaces, backticks and slashes) and its
    /// action with the backticks taken out.
    static func readmeKeyRows(filePath: String = #filePath) throws -> [(keys: Set<String>, action: String)] {
        let readme = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### Keys").dropFirst().first)
        return section.split(separator: "\n").prefix { !$0.hasPrefix("**") }.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| key") }
            .compactMap { line in
                let cells = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
                guard cells.count == 3 else { return nil }
                let keys = Set(cells[1].split(whereSeparator: { $0 == " " || $0 == "`" || $0 == "/" }).map(String.init))
                let action = cells[2].filter { $0 != "`" }.trimmingCharacters(in: .whitespaces)
                return (keys, action.hasSuffix("|") ? String(action.dropLast()).trimmingCharacters(in: .whitespaces) : action)
            }
    }

    @Test("each row of the README's key table opens with the help's own English words for its keys")
    func readmeWording() throws {
        let rows = try Self.readmeKeyRows()
        for binding in KeyTable.rows where binding.places.contains(.helpOverlay) {
            let keys = binding.label.english.split(separator: " ").map(String.init).filter { $0 != "/" }
            let matching = rows.filter { row in keys.allSatisfy(row.keys.contains) }
            // A help line that binds nothing (the partial-sum legend) needs no README row; one that does, does.
            if binding.commands.isEmpty && matching.isEmpty { continue }
            #expect(!matching.isEmpty, "README's key table has no row for \(binding.label.english)")
            // A row for two keys (`g` Home / `G` End) says the second key's words after " / ".
            #expect(
                matching.contains { $0.action.hasPrefix(binding.help.english) || $0.action.contains(" / " + binding.help.english) },
                "README's row for \(binding.label.english) does not say «\(binding.help.english)»: \(matching.map(\.action))")
        }
    }

    @Test("the help overlay pairs each key with its help on one line, in the lesson's language", arguments: InterfaceLanguage.allCases)
    func helpOverlayPairs(language: InterfaceLanguage) throws {
        let lesson = try sourceNoteLesson(language: language.rawValue)
        let lines = text(state(lesson, keys: [.character("?")]), 120, 40).split(separator: "\n")
        for binding in KeyTable.rows where binding.places.contains(.helpOverlay) {
            let label = binding.label(language), help = binding.help(language)
            #expect(
                lines.contains { line in
                    guard let labelAt = line.range(of: label), let helpAt = line.range(of: help) else { return false }
                    return labelAt.upperBound <= helpAt.lowerBound
                }, "no line of the \(language.rawValue) help shows «\(label)» then «\(help)»")
        }
    }

    @Test("the README's key table lists every key of the help, and only keys that are bound")
    func readme() throws {
        let column = try Self.readmeKeyColumn().joined(separator: " ")
        let words = Set(column.split(whereSeparator: { $0 == " " || $0 == "`" || $0 == "/" }).map(String.init))
        for row in KeyTable.rows where row.places.contains(.helpOverlay) && !row.commands.isEmpty {
            for token in row.label.english.split(separator: " ") where token != "/" {
                #expect(words.contains(String(token)), "README's key table lacks \(token) (\(row.help.english))")
            }
        }
        let bound = Set(
            Self.bindings.compactMap { key, _ -> String? in
                if case .character(let character) = key { return String(character) }
                return nil
            })
        for piece in column.split(separator: "`").enumerated().filter({ $0.offset % 2 == 1 }).map({ String($0.element) })
        where piece.count == 1 {
            #expect(bound.contains(piece), "README's key table lists \(piece), which no row binds")
        }
    }
}
