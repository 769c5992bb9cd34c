import Synchronization

/// A lesson's built-in section texts, each made from the catalogue when first asked for and kept.
///
/// The screen asks for the current section's text at every key press; making it again (the
/// catalogue entry filled with the layer's counts, then parsed into a template) was about
/// 130,000 instructions a press, some 7% of one. Everything a built-in text depends on — the
/// lesson's language and layer — is fixed for the lesson, and a lesson's copies share the memo.
final class BuiltInTemplates: Sendable, Equatable {
    private let made = Mutex<[SectionKind: Template]>([:])

    /// The template for a section, made with `make` the first time.
    func template(for section: SectionKind, make: () -> Template) -> Template {
        if let known = made.withLock({ $0[section] }) { return known }
        let template = make()
        made.withLock { $0[section] = template }
        return template
    }

    /// Always equal: what the memo holds follows from the lesson's own fields, which the lesson's
    /// equality compares.
    static func == (lhs: BuiltInTemplates, rhs: BuiltInTemplates) -> Bool { true }
}
