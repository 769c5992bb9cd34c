import LessonKit
import Synchronization

/// One value for each interface language, made when first asked for in that language and kept.
///
/// The screen's words (labels, the tutor's phrases, the views' texts) are read from the catalogue
/// and asked for on every frame; making them again for every key press was a few per cent of it.
/// A language never shown is never made: an English lesson's first frame does not build the
/// Chinese words (nor the Chinese catalogue behind them).
final class ByLanguage<Value: Sendable>: Sendable {
    private let make: @Sendable (InterfaceLanguage) -> Value
    /// English's value, then Traditional Chinese's, each made when first asked for.
    private let made = Mutex<[Value?]>([nil, nil])

    init(_ make: @escaping @Sendable (InterfaceLanguage) -> Value) {
        self.make = make
    }

    subscript(_ language: InterfaceLanguage) -> Value {
        let slot =
            switch language {
            case .english: 0
            case .traditionalChinese: 1
            }
        return made.withLock { made in
            if let value = made[slot] { return value }
            let value = make(language)
            made[slot] = value
            return value
        }
    }
}
