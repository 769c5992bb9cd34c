import LessonKit
import PointwiseCore

/// Turning a saved progress record into a place to resume: the file format lives in LessonKit,
/// the resume offer is the explainer's.
extension ProgressRecord {
    /// Where to resume, when this record is for exactly this lesson and walk; nil otherwise.
    ///
    /// Only answers for output places the lesson has (`kernels` × `height` × `width`) are kept:
    /// a progress file is text anyone can edit, and an answer for a place that does not exist
    /// would count in the score without a question behind it.
    public func resumePoint(lesson: String, contentHash: String, stepCount: Int, outputShape: ConvolutionShape) -> ResumePoint? {
        guard self.lesson == lesson, self.contentHash == contentHash, self.stepCount == stepCount,
            position > 0, position <= stepCount
        else { return nil }
        let kept = answers.filter { place, _ in
            place.kernel < outputShape.outChannels && place.row < outputShape.height && place.column < outputShape.width
        }
        return ResumePoint(position: position, answers: kept)
    }
}
