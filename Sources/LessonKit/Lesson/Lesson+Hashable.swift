/// Lessons hash by their title, language and shape, so a reloaded lesson can travel in an `Action`.
///
/// Equality is synthesised in `Lesson.swift` and compares every field; hashing only the title,
/// the language and the shape is cheap for a big lesson, and equal lessons agree on them.
extension Lesson: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(language)
        hasher.combine(convolution.shape)
    }
}
