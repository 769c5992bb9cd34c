import LessonKit
import Testing

@testable import Explainer

/// The cost, matrix and picture views write their own key hints; each key they name must be one
/// the key table binds, so a hint never promises a key that does nothing.
@Suite("The views' key hints against the key table")
struct ViewHintTests {
    /// The key a hint writes as `token`: an arrow or one character.
    static func key(_ token: Substring) -> Key? {
        switch token {
        case "→": .right
        case "←": .left
        default: token.count == 1 ? token.first.map { Key.character($0) } : nil
        }
    }

    @Test("every key named in a view's hints is bound in the key table", arguments: InterfaceLanguage.allCases)
    func viewHintsAreBound(language: InterfaceLanguage) {
        let picture = PictureLabels.forLanguage(language)
        let views = [ExplainerView.cost, .matrix].map { ViewLabels.forLanguage(language, view: $0) }
        let hints = [picture.keyHints, picture.shortKeyHints] + views.flatMap { [$0.keyHints, $0.shortKeyHints] }
        for hint in hints {
            let pieces = hint.components(separatedBy: "  ").filter { !$0.isEmpty }
            #expect(pieces.count >= 2, "«\(hint)»")
            for piece in pieces {
                let tokens = piece.split(separator: " ")
                let keys = tokens.dropLast()
                #expect(!keys.isEmpty, "«\(piece)» in «\(hint)» names no key")
                for token in keys {
                    let bound = Self.key(token).flatMap { KeyTable.command(for: $0) }
                    #expect(bound != nil, "«\(token)» in «\(hint)» is not a key the table binds")
                }
            }
        }
    }
}
