import PointwiseCore

/// How far the learner has moved the panels' windows away from the cursor, in pages.
///
/// When a lesson is larger than the screen, each panel shows a window (a page of channels, rows,
/// columns or kernels) that follows the cursor: the page holding the current pixel, channel and
/// kernel. The scroll keys shift a window by whole pages from there, to look around; the next
/// move of the cursor sets every shift back to zero, so the current term is on screen again.
///
/// Shifts are in pages rather than items because a page's size depends on the terminal's size,
/// which only the renderer knows; the renderer clamps a shift to the pages that exist.
public struct ViewScroll: Hashable, Sendable {
    /// Input channels: the input panel's grids and the kernel panel's columns.
    public var channelPages = 0
    /// Kernels: the kernel panel's rows and the output panel's grids.
    public var kernelPages = 0
    /// Rows of the input and output grids.
    public var rowPages = 0
    /// Columns of the input and output grids.
    public var columnPages = 0

    public init() {}

    /// True when every window follows the cursor.
    public var isFollowingCursor: Bool { self == ViewScroll() }

    /// Bounds a shift so that holding a key cannot build up a count the renderer would ignore
    /// for longer than a lesson has items.
    static func clamp(_ pages: Int, items: Int) -> Int {
        min(max(pages, -items), items)
    }
}

extension ViewScroll {
    /// Applies a scroll command: one page back or forward in its dimension.
    mutating func shift(_ command: Command, shape: ConvolutionShape) {
        switch command {
        case .channelsBack: channelPages = Self.clamp(channelPages - 1, items: shape.inChannels)
        case .channelsForward: channelPages = Self.clamp(channelPages + 1, items: shape.inChannels)
        case .kernelsBack: kernelPages = Self.clamp(kernelPages - 1, items: shape.outChannels)
        case .kernelsForward: kernelPages = Self.clamp(kernelPages + 1, items: shape.outChannels)
        case .rowsUp: rowPages = Self.clamp(rowPages - 1, items: shape.height)
        case .rowsDown: rowPages = Self.clamp(rowPages + 1, items: shape.height)
        case .columnsLeft: columnPages = Self.clamp(columnPages - 1, items: shape.width)
        case .columnsRight: columnPages = Self.clamp(columnPages + 1, items: shape.width)
        default: break
        }
    }
}
