public enum BundledLessonFiles {}
