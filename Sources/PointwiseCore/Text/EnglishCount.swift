/// A count with its noun in English singular or plural: `1 channel`, `3 channels`, `2,408,448 multiplications`.
///
/// Every count a learner reads goes through here, so "1 output values" cannot appear.
public enum EnglishCount {
    /// `count` (digits grouped in threes) and `singular` or `plural` after it.
    public static func format(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        GroupedDigits.format(count) + " " + noun(count, singular, plural)
    }

    /// The noun alone, singular for exactly 1 and plural (default `singular + "s"`) otherwise.
    public static func noun(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        count == 1 ? singular : plural ?? singular + "s"
    }
}
