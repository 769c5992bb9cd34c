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

    /// Bounds a shift to the items that exist on either side of the cursor's item, so holding
    /// a key at the end of a dimension builds up little the renderer would ignore.
    static func clamp(_ pages: Int, focus: Int, items: Int) -> Int {
        min(max(pages, -focus), max(0, items - 1 - focus))
    }
}

extension ViewScroll {
    /// Applies a scroll command: one page back or forward in its dimension.
    mutating func shift(_ command: Command, walk: Walk) {
        let shape = walk.shape
        let step = walk.step
        var channel = shape.inChannels - 1
        if let step, case .term(let inputChannel) = step.kind { channel = inputChannel }
        if step == nil { channel = 0 }
        let kernel = step?.kernel ?? 0
        let row = step?.row ?? 0
        let column = step?.column ?? 0
        switch command {
        case .channelsBack: channelPages = Self.clamp(channelPages - 1, focus: channel, items: shape.inChannels)
        case .channelsForward: channelPages = Self.clamp(channelPages + 1, focus: channel, items: shape.inChannels)
        case .kernelsBack: kernelPages = Self.clamp(kernelPages - 1, focus: kernel, items: shape.outChannels)
        case .kernelsForward: kernelPages = Self.clamp(kernelPages + 1, focus: kernel, items: shape.outChannels)
        case .rowsUp: rowPages = Self.clamp(rowPages - 1, focus: row, items: shape.height)
        case .rowsDown: rowPages = Self.clamp(rowPages + 1, focus: row, items: shape.height)
        case .columnsLeft: columnPages = Self.clamp(columnPages - 1, focus: column, items: shape.width)
        case .columnsRight: columnPages = Self.clamp(columnPages + 1, focus: column, items: shape.width)
        default: break
        }
    }
}
