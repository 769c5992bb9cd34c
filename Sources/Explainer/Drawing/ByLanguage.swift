import LessonKit

/// One value for each interface language, made once when first asked for.
///
/// The screen's words (labels, the tutor's phrases, the views' texts) are read from the catalogue
/// and asked for on every frame; making them again for every key press was a few per cent of it.
struct ByLanguage<Value: Sendable>: Sendable {
    private let english: Value
    private let traditionalChinese: Value

    init(_ make: (InterfaceLanguage) -> Value) {
        english = make(.english)
        traditionalChinese = make(.traditionalChinese)
    }

    subscript(_ language: InterfaceLanguage) -> Value {
        switch language {
        case .english: english
        case .traditionalChinese: traditionalChinese
        }
    }
}
