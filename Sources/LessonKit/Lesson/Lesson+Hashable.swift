/// Lessons compare by everything they hold, so a reloaded lesson can travel in an `Action`.
///
/// Written out because Swift synthesises conformances only in the type's own file. Hashing uses
/// the title, the language and the shape: cheap for a big lesson, and equal lessons agree on them.
extension Lesson: Hashable {
    public static func == (lhs: Lesson, rhs: Lesson) -> Bool {
        lhs.title == rhs.title && lhs.language == rhs.language && lhs.cost == rhs.cost
            && lhs.sections == rhs.sections && lhs.convolution == rhs.convolution
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(language)
        hasher.combine(convolution.shape)
    }
}
