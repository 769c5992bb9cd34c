import Testing

/// A large hostile test input with a short name, so a test's report names it in a few words.
///
/// Swift Testing prints each argument of a parameterised test; printed whole, a megabyte of
/// hostile text made the CI log hundreds of thousands of lines long.
struct HostileText: Sendable, CustomTestStringConvertible {
    /// What the input is, in words: this is what the test report shows.
    let name: String
    /// The input itself.
    let text: String

    init(_ name: String, _ text: String) {
        self.name = name
        self.text = text
    }

    var testDescription: String { name }
}
