import LessonKit
import Synchronization

/// One value for each interface language, made when first asked for in that language and kept.
///
/// The screen's words (labels, the tutor's phrases, the views' texts) are read from the catalogue
/// and asked for on every frame; making them again for every key press was a few per cent of it.
/// A language never shown is never made: an English lesson's first frame does not build the
/// Chinese words (nor the Chinese catalogue behind them).
final class ByLanguage<Value: Sendable>: Sendable {
    private struct Made {
        var english: Value?
        var traditionalChinese: Value?
    }

    private let make: @Sendable (InterfaceLanguage) -> Value
    private let made = Mutex(Made())

    init(_ make: @escaping @Sendable (InterfaceLanguage) -> Value) {
        self.make = make
    }

    subscript(_ language: InterfaceLanguage) -> Value {
        made.withLock { made in
            switch language {
            case .english:
                if let value = made.english { return value }
                let value = make(language)
                made.english = value
                return value
            case .traditionalChinese:
                if let value = made.traditionalChinese { return value }
                let value = make(language)
                made.traditionalChinese = value
                return value
            }
        }
    }
}
